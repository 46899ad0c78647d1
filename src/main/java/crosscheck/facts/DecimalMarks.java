package crosscheck.facts;

import java.util.regex.Pattern;

/**
 * The value of a digit run as written ("4,200", "1.2", "46,1", "1.234.567", "4 200"): which of ','
 * and '.' groups thousands and which marks decimals. English and Spanish swap the two marks, so a
 * lone mark before exactly three digits is read by the language: "4.200" is 4.2 in English and
 * 4,200 in Spanish. Stateless.
 */
final class DecimalMarks {

  /** A value and the count of decimal places the text wrote (its stated precision). */
  record Parsed(double value, int decimals) {}

  private DecimalMarks() {}

  /**
   * The value of a written number, or null when it is no number ("192.168.1.1", "1.2.3": an id or a
   * version). A lone separator before exactly three digits groups thousands, except a Spanish comma
   * before a scale word ("1,234 millones") or an English dot.
   *
   * @param scaled a scale word follows ("millones")
   * @param spanish the text is known to be Spanish
   */
  static Parsed parse(String raw, boolean scaled, boolean spanish) {
    String s = raw.replace("\u00A0", "").replace("\u202F", "").replace("\u2009", "");
    int dots = count(s, '.');
    int commas = count(s, ',');
    char decimal;
    if (dots > 0 && commas > 0) {
      decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    } else if (dots > 1 || commas > 1) {
      decimal = 0;
      char sep = dots > 1 ? '.' : ',';
      if (!groupsOfThree(s, sep)) return null; // "192.168.1.1", "1.2.3": an id or a version
    } else if (dots == 1 || commas == 1) {
      char sep = dots == 1 ? '.' : ',';
      boolean three = s.length() - s.indexOf(sep) - 1 == 3;
      boolean grouping;
      if (!three) {
        grouping = false;
      } else if (spanish) {
        // "1,840 millones": nobody writes a decimal fraction with a trailing zero, so it groups
        grouping = sep == '.' || !scaled || s.endsWith("0");
      } else {
        grouping = sep == ',';
      }
      decimal = grouping ? 0 : sep;
    } else {
      decimal = 0;
    }
    StringBuilder b = new StringBuilder(s.length());
    int dec = -1;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == decimal) {
        b.append('.');
        dec = 0;
      } else if (QuantityLexer.isDigit(ch)) {
        b.append(ch);
        if (dec >= 0) dec++;
      }
    }
    try {
      return new Parsed(Double.parseDouble(b.toString()), Math.max(dec, 0));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // Marks only one convention writes: three or more groups ("3,215,406", "4.102.337"), both marks
  // ("1,234.5", "1.234,5"), one or two decimals before a percentage or a scale ("48.75%", "3,5
  // millones"), where a mark can never group thousands, or a comma before three digits ending in a
  // zero and a scale ("1,840 millones"), which no writer of decimal commas puts there.
  private static final Pattern POINT_DECIMAL =
      Pattern.compile(
          "(?<![\\d.,])\\d{1,3}+(?:,\\d{3}){2,}+(?![\\d,])|\\d,\\d{3}+\\.\\d"
              + "|(?<![\\d.,])\\d{1,3}+,\\d{2}+0\\s++(?:millones|billones|mil\\s++millones)"
              + "|(?<![\\d.,])\\d++\\.\\d{1,2}+(?=\\s?+(?:%|por\\s++ciento|millones|billones|mil\\s++millones))");
  private static final Pattern COMMA_DECIMAL =
      Pattern.compile(
          "(?<![\\d.,])\\d{1,3}+(?:\\.\\d{3}){2,}+(?![\\d.])|\\d\\.\\d{3}+,\\d"
              + "|(?<![\\d.,])\\d++,\\d{1,2}+(?=\\s?+(?:%|por\\s++ciento|millones|billones|mil\\s++millones))");

  /**
   * Whether a text writes decimals with a point and groups thousands with a comma, as many American
   * Spanish outlets do ("3,215,406 votos", "el 48.75%"), and never the other way: then its "1,840
   * millones" is 1,840 million, not 1.84 million. False when the text gives no sign or both.
   */
  static boolean pointDecimal(String text) {
    return POINT_DECIMAL.matcher(text).find() && !COMMA_DECIMAL.matcher(text).find();
  }

  private static int count(String s, char c) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) k++;
    return k;
  }

  private static boolean groupsOfThree(String s, char sep) {
    String[] parts = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
    if (parts[0].isEmpty() || parts[0].length() > 3) return false;
    for (int i = 1; i < parts.length; i++) if (parts[i].length() != 3) return false;
    return true;
  }
}
