package crosscheck.facts;

import crosscheck.facts.Actors.Word;
import crosscheck.text.StopWords;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence's words as {@link ClaimStance} reads them: folded, with an English "n't" split off as
 * "not" ("didn't" reads "did not", "won't" reads "will not"), each token keeping its word's index,
 * offsets and whether punctuation stands before it; and the word lists of the stance rules.
 * Immutable, thread-safe.
 */
final class StanceTokens {

  /**
   * One token.
   *
   * @param word the index of the word it comes from
   * @param boundary punctuation separates it from the token before
   * @param capitalised written with a capital, not opening the sentence (a name's word)
   */
  record Token(String norm, int word, int start, int end, boolean boundary, boolean capitalised) {}

  static final Set<String> DENIAL_VERBS = WordLists.set("facts/stance-denial-verbs.txt");
  static final Set<String> BRIDGES = bothLanguages("stance-bridges");
  static final List<String[]> UNCONFIRMED_BEFORE = phrases("facts/stance-unconfirmed-before.txt");
  static final List<String[]> UNCONFIRMED_AFTER = phrases("facts/stance-unconfirmed-after.txt");
  static final Set<String> LINKS_AFTER = WordLists.set("facts/stance-links-after.txt");
  static final Set<String> AUXILIARIES_EN = WordLists.set("facts/stance-auxiliaries-en.txt");
  static final Set<String> AUXILIARIES_ES = WordLists.set("facts/stance-auxiliaries-es.txt");
  static final Set<String> NEGATORS = WordLists.set("facts/stance-negators.txt");
  static final Set<String> EXCEPTIONS = WordLists.set("facts/stance-negation-exceptions.txt");
  static final List<String> NONFINITE_ENDINGS_ES =
      WordLists.list("facts/stance-nonfinite-endings-es.txt");
  static final Set<String> NON_ASSERTIVE = WordLists.set("facts/stance-non-assertive-before.txt");
  static final Set<String> CONDITIONS = WordLists.set("facts/stance-conditions.txt");
  static final Set<String> ALTERNATIVES = WordLists.set("facts/stance-alternatives.txt");
  static final Set<String> ADVERBS = WordLists.set("facts/adverbs-after-auxiliary.txt");

  /**
   * Titles and determiners of the event's own name after it ("the resignation of the minister").
   */
  static final Set<String> NAME_WORDS = nameWords();

  private static final Map<String, String> CONTRACTIONS =
      WordLists.map("facts/stance-contractions-en.tsv");

  private StanceTokens() {}

  /** The tokens of a sentence's words. */
  static List<Token> of(List<Word> words) {
    List<Token> out = new ArrayList<>(words.size() + 4);
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      boolean capitalised = w.capitalised() && !w.initial();
      String norm = w.norm();
      if (norm.endsWith("n't") && norm.length() > 3) {
        String auxiliary = CONTRACTIONS.getOrDefault(norm, norm.substring(0, norm.length() - 3));
        out.add(new Token(auxiliary, i, w.start(), w.end(), w.boundary(), false));
        out.add(new Token("not", i, w.start(), w.end(), false, false));
      } else {
        out.add(new Token(norm, i, w.start(), w.end(), w.boundary(), capitalised));
      }
    }
    return out;
  }

  /** For each of {@code words} words, the index of its first token (-1 for none). */
  static int[] firstTokens(List<Token> tokens, int words) {
    int[] first = new int[words];
    java.util.Arrays.fill(first, -1);
    for (int k = tokens.size() - 1; k >= 0; k--) first[tokens.get(k).word()] = k;
    return first;
  }

  /** The length of a phrase of {@code phrases} that ends at token {@code last}, or 0. */
  static int phraseEndingAt(List<Token> t, int last, List<String[]> phrases) {
    for (String[] p : phrases) {
      int first = last - p.length + 1;
      if (first >= 0 && matches(t, first, p)) return p.length;
    }
    return 0;
  }

  /** The length of a phrase of {@code phrases} that starts at token {@code first}, or 0. */
  static int phraseStartingAt(List<Token> t, int first, List<String[]> phrases) {
    int best = 0;
    for (String[] p : phrases) {
      if (first + p.length <= t.size() && matches(t, first, p)) best = Math.max(best, p.length);
    }
    return best;
  }

  /**
   * Whether the sentence reads as Spanish: more of its words are Spanish stop words only than
   * English ones only. English "no" is a determiner ("no launch date"), Spanish "no" negates a
   * verb.
   */
  static boolean spanish(List<Token> tokens) {
    int es = 0;
    int en = 0;
    for (Token t : tokens) {
      boolean english = StopWords.english(t.norm());
      boolean spanish = StopWords.spanish(t.norm());
      if (spanish && !english) es++;
      if (english && !spanish) en++;
    }
    return es > en;
  }

  /** Whether a Spanish verb form states no past or present event ("firmará", "firmar"). */
  static boolean nonfiniteSpanish(String norm) {
    for (String ending : NONFINITE_ENDINGS_ES) {
      if (norm.length() > ending.length() + 2 && norm.endsWith(ending)) return true;
    }
    return false;
  }

  private static boolean matches(List<Token> t, int first, String[] p) {
    for (int k = 0; k < p.length; k++) {
      Token token = t.get(first + k);
      if (!token.norm().equals(p[k]) || (k > 0 && token.boundary())) return false;
    }
    return true;
  }

  private static List<String[]> phrases(String resource) {
    List<String[]> out = new ArrayList<>();
    for (String line : WordLists.list(resource)) out.add(line.split(" "));
    return List.copyOf(out);
  }

  private static Set<String> nameWords() {
    Set<String> words = new java.util.HashSet<>(WordLists.set("facts/titles.txt"));
    words.addAll(TriggerLexicon.DETERMINERS);
    return Set.copyOf(words);
  }

  private static Set<String> bothLanguages(String name) {
    return TriggerLexicon.bothLanguages(name);
  }
}
