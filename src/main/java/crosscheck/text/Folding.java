package crosscheck.text;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The one accent folding of the project: lower case, marks removed (NFKD), then Lucene's {@link
 * ASCIIFoldingFilter#foldToASCII}: "Irán" and "Irán" spelt with a combining accent both give
 * "iran", "Straße" gives "strasse", the typographic apostrophe gives "'". Every word list is
 * matched in this form.
 */
public final class Folding {
  private Folding() {}

  /**
   * Lower-cased and accent-folded, without surrounding white space ("Fjörd Pöst " and "fjord post"
   * are one name); {@code null} stays {@code null}.
   */
  public static String fold(String text) {
    if (text == null) return null;
    text = text.strip();
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 0x80;
    if (ascii) return text.toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder unmarked = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) unmarked.append(c);
    }
    char[] in = unmarked.toString().toLowerCase(Locale.ROOT).toCharArray();
    char[] out = new char[in.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, length);
  }

  /**
   * Folded one character for one character, so that an index into the result is an index into the
   * original text; a character whose folding is longer than one is only lower-cased.
   */
  public static String foldKeepingLength(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        b.append(Character.toLowerCase(c));
      } else {
        String f = fold(String.valueOf(c));
        b.append(f.length() == 1 ? f.charAt(0) : Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /**
   * A regular expression that matches the word with or without its accents ("miércoles" gives
   * "mi[ée]rcoles"); letters are quoted, so the word may hold any character.
   */
  public static String accentTolerant(String word) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      String c = String.valueOf(word.charAt(i));
      String f = fold(c);
      if (f.length() == 1 && !f.equals(c.toLowerCase(Locale.ROOT))) {
        b.append('[').append(c).append(f).append(']');
      } else if (Character.isLetterOrDigit(c.charAt(0)) || c.equals(" ")) {
        b.append(c);
      } else {
        b.append(java.util.regex.Pattern.quote(c));
      }
    }
    return b.toString();
  }
}
