package crosscheck.reuse;

import crosscheck.reuse.SentenceProfile.Item;
import java.util.Set;
import java.util.TreeSet;

/**
 * Language-independent keys of a sentence, for finding candidate translations without scoring every
 * pair: numbers ("n:2023"), months ("m:7"), names folded and shortened ("p:boliv" for "Bolivia",
 * "Bolivian" and "boliviano"), and concepts of content words ("c:cooper" for "cooperation" and
 * "cooperación"): the English stem, of a Spanish word through the lexicon, else a cognate prefix.
 * Two translations usually share two or more; unrelated sentences rarely do. Concepts common in a
 * corpus are no keys ({@code reuse.max_term_sentences}), so the frequent words of a story do not
 * make every pair a candidate.
 */
final class TranslationAnchors {
  private static final BilingualLexicon LEXICON = BilingualLexicon.SPANISH_ENGLISH;

  private TranslationAnchors() {}

  /** The anchors of a sentence, sorted. */
  static Set<String> of(SentenceText s) {
    SentenceProfile profile = SentenceProfile.of(s);
    Set<String> keys = new TreeSet<>();
    for (Item item : profile.items()) {
      switch (item.kind()) {
        case NUMBER -> keys.add("n:" + item.norm());
        case MONTH -> keys.add("m:" + item.stem());
        case NAME -> keys.add("p:" + nameKey(profile.spanish(), item.norm()));
        case WORD -> {
          if (isConceptWord(item.norm())) {
            keys.add("c:" + conceptKey(profile.spanish(), item.norm()));
          }
        }
      }
    }
    return keys;
  }

  /** Whether a folded word is long enough and no function word, so worth a key. */
  private static boolean isConceptWord(String folded) {
    return folded.length() >= 5 && !SentenceProfile.isFunctionWord(folded);
  }

  /** A name's key: a Spanish name with a lexicon translation ("España") takes the English one. */
  private static String nameKey(boolean spanish, String norm) {
    String canonical = norm;
    if (spanish && LEXICON.isName(norm)) {
      canonical = LEXICON.englishSurface(norm);
    }
    String light = canonical.replace("h", "").replace("y", "i");
    StringBuilder collapsed = new StringBuilder();
    for (int i = 0; i < light.length(); i++) {
      if (i == 0 || light.charAt(i) != light.charAt(i - 1)) {
        collapsed.append(light.charAt(i));
      }
    }
    return collapsed.length() <= 5 ? collapsed.toString() : collapsed.substring(0, 5);
  }

  /** A word's language-independent key: the English stem of its translation, else a prefix. */
  private static String conceptKey(boolean spanish, String folded) {
    String stem = SnowballStems.stem(spanish, folded);
    if (spanish) {
      String english = LEXICON.primaryEnglishOf(stem);
      if (english != null) {
        return english;
      }
      String cognate = Cognates.form(true, folded);
      return cognate.length() <= 6 ? cognate : cognate.substring(0, 6);
    }
    String cognate = Cognates.form(false, folded);
    if (LEXICON.knows(false, stem)) {
      return stem;
    }
    return cognate.length() <= 6 ? cognate : cognate.substring(0, 6);
  }
}
