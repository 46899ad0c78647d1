package crosscheck.reuse;

import crosscheck.text.Folding;
import java.util.Locale;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Folded Snowball stems of English and Spanish words: the translation matcher and its lexicon
 * compare stems, so that one lexicon entry stands for a word's inflections ("firmar" for
 * "firmaron"). A stemmer keeps state between calls, so each thread has its own.
 */
final class SnowballStems {
  private static final ThreadLocal<SnowballStemmer> SPANISH =
      ThreadLocal.withInitial(SpanishStemmer::new);
  private static final ThreadLocal<SnowballStemmer> ENGLISH =
      ThreadLocal.withInitial(EnglishStemmer::new);

  private SnowballStems() {}

  /**
   * Snowball stem, folded. Spanish is stemmed before folding: its stemmer reads the accents that
   * mark verb endings ("subió" and "subir" both give "sub", "subio" would not).
   */
  static String stem(boolean spanish, String word) {
    SnowballStemmer stemmer = (spanish ? SPANISH : ENGLISH).get();
    stemmer.setCurrent(spanish ? word.toLowerCase(Locale.ROOT) : Folding.fold(word));
    stemmer.stem();
    return Folding.fold(stemmer.getCurrent());
  }
}
