package crosscheck.reuse;

import crosscheck.model.Token;
import crosscheck.text.StopWords;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of the two candidate indexes. Copy index: hashes of word n-grams of normalised tokens,
 * numbers included (passim and TextPAIR drop digits, and so miss the changed number inside a copied
 * passage). Paraphrase index: content words, i.e. tokens that are neither function words nor short.
 */
public final class IndexKeys {
  private IndexKeys() {}

  /** Distinct 64-bit hashes of the n-grams of a token sequence (FNV-1a over the norms). */
  public static Set<Long> shingles(List<Token> tokens, int n) {
    Set<Long> out = new LinkedHashSet<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < i + n; j++) {
        h = fnv(h, tokens.get(j).norm());
        h = (h ^ 0x1f) * 0x100000001b3L; // word separator
      }
      out.add(h);
    }
    return out;
  }

  /**
   * Content words (folded norms) of a sentence: what a paraphrase keeps when it rewords the rest.
   */
  public static Set<String> contentTerms(List<Token> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      String w = t.norm();
      boolean number = !w.isEmpty() && Character.isDigit(w.charAt(0));
      if (number || (w.length() >= 3 && !StopWords.any(w))) out.add(stem(w));
    }
    return out;
  }

  /** A crude shared stem so "signed" and "signing", "drones" and "drone" meet in the index. */
  static String stem(String w) {
    if (w.length() <= 4 || Character.isDigit(w.charAt(0))) return w;
    return w.substring(0, Math.min(w.length(), Math.max(4, w.length() - 3)));
  }

  public static long hash(String s) {
    return fnv(0xcbf29ce484222325L, s);
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
