package crosscheck.reuse;

import crosscheck.reuse.SentenceProfile.Item;
import crosscheck.reuse.SentenceProfile.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The content words of an English and a Spanish profile paired one to one, greedily and best links
 * first: the same spelling (numbers by value, months by number, names and words spelt alike), then
 * a {@link BilingualLexicon} translation, then a pair from the wordnets, then a {@link Cognates}
 * pair; so a cognate never steals a word the lexicon pairs exactly. Among equal candidates the word
 * at the same relative place in its sentence wins.
 */
final class WordPairing {

  /** How two words may be paired, best first. */
  enum Link {
    SAME,
    LEXICON,
    WORDNET,
    COGNATE
  }

  /** What a cognate pair counts for; a pair by spelling or lexicon counts 1. */
  private static final double COGNATE_QUALITY = 0.85;

  /** What a pair by the wordnet pairs counts for: one sense among several may not be the one. */
  private static final double WORDNET_QUALITY = 0.85;

  private static final BilingualLexicon LEXICON = BilingualLexicon.SPANISH_ENGLISH;

  private final SentenceProfile en;
  private final SentenceProfile es;

  /** For each English item, the index of its Spanish partner, or -1. */
  private final int[] partner;

  private final double[] englishQuality;
  private final double[] spanishQuality;

  private WordPairing(SentenceProfile en, SentenceProfile es) {
    this.en = en;
    this.es = es;
    this.partner = new int[en.items().size()];
    this.englishQuality = new double[en.items().size()];
    this.spanishQuality = new double[es.items().size()];
    Arrays.fill(partner, -1);
  }

  /** The pairing of an English profile's words with a Spanish profile's. */
  static WordPairing of(SentenceProfile en, SentenceProfile es) {
    WordPairing pairing = new WordPairing(en, es);
    List<Item> english = en.items();
    List<Item> spanish = es.items();
    int n = english.size();
    int m = spanish.size();
    boolean[] taken = new boolean[m];
    for (Link link : Link.values()) {
      for (int i = 0; i < n; i++) {
        if (pairing.partner[i] >= 0) {
          continue;
        }
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int j = 0; j < m; j++) {
          if (taken[j] || !links(english.get(i), spanish.get(j), link)) {
            continue;
          }
          double distance = Math.abs((double) i / n - (double) j / m);
          if (distance < bestDistance) {
            bestDistance = distance;
            best = j;
          }
        }
        if (best >= 0) {
          pairing.partner[i] = best;
          taken[best] = true;
          pairing.englishQuality[i] =
              switch (link) {
                case COGNATE -> COGNATE_QUALITY;
                case WORDNET -> WORDNET_QUALITY;
                default -> 1.0;
              };
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (pairing.partner[i] >= 0) {
        pairing.spanishQuality[pairing.partner[i]] = pairing.englishQuality[i];
      }
    }
    return pairing;
  }

  /** How well item {@code index} of one side is paired: 0 when unpaired. */
  double quality(boolean spanishSide, int index) {
    return spanishSide ? spanishQuality[index] : englishQuality[index];
  }

  /** The indexes of the paired Spanish items in the order of their English partners. */
  List<Integer> spanishOrder() {
    List<Integer> order = new ArrayList<>();
    for (int p : partner) {
      if (p >= 0) {
        order.add(p);
      }
    }
    return order;
  }

  /** Whether {@code link} pairs two items: numbers and months only by the same value. */
  private static boolean links(Item en, Item es, Link link) {
    boolean numeric = en.kind() == Kind.NUMBER || es.kind() == Kind.NUMBER;
    if (numeric) {
      return link == Link.SAME && en.kind() == es.kind() && en.norm().equals(es.norm());
    }
    if (en.kind() == Kind.MONTH || es.kind() == Kind.MONTH) {
      return link == Link.SAME && en.kind() == es.kind() && en.stem().equals(es.stem());
    }
    return switch (link) {
      case SAME -> en.norm().equals(es.norm());
      case LEXICON ->
          LEXICON.translates(es.stem(), en.stem())
              || LEXICON.translates(es.singularStem(), en.stem());
      case WORDNET ->
          LEXICON.wordnetTranslates(es.stem(), en.stem())
              || LEXICON.wordnetTranslates(es.singularStem(), en.stem());
      case COGNATE -> Cognates.close(en.cognate(), es.cognate());
    };
  }

  /**
   * Each English word with its partner, then the unpaired Spanish words: to see why a pair scored.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("\n");
    for (int i = 0; i < partner.length; i++) {
      Item item = en.items().get(i);
      out.append(item.kind()).append(' ').append(item.norm()).append(" = ");
      out.append(partner[i] >= 0 ? es.items().get(partner[i]).norm() : "-").append('\n');
    }
    for (int j = 0; j < spanishQuality.length; j++) {
      if (spanishQuality[j] == 0) {
        Item item = es.items().get(j);
        out.append("  unpaired ").append(item.kind()).append(' ').append(item.norm()).append('\n');
      }
    }
    return out.toString();
  }
}
