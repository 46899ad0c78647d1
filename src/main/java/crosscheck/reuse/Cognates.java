package crosscheck.reuse;

/**
 * Cognates: words spelt alike in English and Spanish once their regular differences are undone
 * ("cooperación" ~ "cooperation", "estrategia" ~ "strategy"). They pair the content words the
 * bilingual lexicon does not list, so that the lexicon need not hold every learned word.
 *
 * <p>{@link #form} rewrites Spanish endings to their English counterparts and drops plurals on both
 * sides; {@link #close} then accepts a shared long prefix or a small edit distance.
 */
final class Cognates {
  private Cognates() {}

  /** Spanish endings rewritten to their English counterparts, plurals dropped on both sides. */
  static String form(boolean spanish, String folded) {
    String w = folded;
    if (!spanish) {
      if (w.endsWith("ies") && w.length() > 5) {
        return englishSpelling(w.substring(0, w.length() - 3) + "y");
      }
      if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 4) {
        return englishSpelling(w.substring(0, w.length() - 1));
      }
      return englishSpelling(w);
    }
    if (w.endsWith("ciones")) {
      w = w.substring(0, w.length() - 6) + "tion";
    } else if (w.endsWith("cion")) {
      w = w.substring(0, w.length() - 4) + "tion";
    } else if (w.endsWith("siones")) {
      w = w.substring(0, w.length() - 6) + "sion";
    } else if (w.endsWith("dades") || w.endsWith("dad")) {
      w = w.substring(0, w.lastIndexOf("dad")) + "ty";
    } else if (w.endsWith("mente")) {
      w = w.substring(0, w.length() - 5) + "ly";
    } else if (w.endsWith("es") && w.length() > 5 && "lnr".indexOf(w.charAt(w.length() - 3)) >= 0) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ico") || w.endsWith("ica")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("ivo") || w.endsWith("iva")) {
      w = w.substring(0, w.length() - 1) + "e";
    } else if (w.endsWith("ario") || w.endsWith("aria")) {
      w = w.substring(0, w.length() - 3) + "ry";
    } else if (w.endsWith("oso") || w.endsWith("osa")) {
      w = w.substring(0, w.length() - 3) + "ous";
    } else if (w.endsWith("encia")) {
      w = w.substring(0, w.length() - 5) + "ence";
    } else if (w.endsWith("ancia")) {
      w = w.substring(0, w.length() - 5) + "ance";
    } else if (w.endsWith("ismo")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("ista")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("ia") && w.length() > 5) {
      w = w.substring(0, w.length() - 2) + "y";
    }
    // "estrategia" ~ "strategy", "especial" ~ "special": Spanish adds an e before s + consonant.
    if (w.length() > 4 && w.startsWith("es") && "aeiou".indexOf(w.charAt(2)) < 0) {
      w = w.substring(1);
    }
    return englishSpelling(w);
  }

  /** Spellings that differ regularly between the two languages: "hydro"/"hidro", "ph"/"f". */
  private static String englishSpelling(String w) {
    return w.replace("ph", "f").replace("th", "t").replace('y', 'i');
  }

  /** Whether two cognate forms ({@link #form}) are close enough to be the same word. */
  static boolean close(String en, String es) {
    int shorter = Math.min(en.length(), es.length());
    // Cognates keep their first letter once spellings are aligned; this spares most distances.
    if (shorter < 4 || en.charAt(0) != es.charAt(0)) {
      return false;
    }
    int prefix = 0;
    while (prefix < shorter && en.charAt(prefix) == es.charAt(prefix)) {
      prefix++;
    }
    if (prefix >= 6 || (prefix == shorter && shorter >= 4)) {
      return true;
    }
    if (shorter < 5 || Math.abs(en.length() - es.length()) > 3) {
      return false;
    }
    int distance = levenshtein(en, es);
    return distance <= Math.max(1, Math.max(en.length(), es.length()) / 4);
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
