package crosscheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a stretch of text into words, digit runs and single symbols with offsets, the units the
 * quantity rules reason over. Digit runs keep their internal separators ("4,200", "1.2", "46,1", "4
 * 200" with a no-break space) so one token is one written number.
 */
final class QuantityLexer {

  enum Kind {
    WORD,
    NUMBER,
    SYMBOL
  }

  /** One token; {@code lower} is the lower-cased text. */
  record Tok(Kind kind, int start, int end, String text, String lower) {
    boolean is(String s) {
      return lower.equals(s);
    }

    boolean isWord() {
      return kind == Kind.WORD;
    }

    boolean isNumber() {
      return kind == Kind.NUMBER;
    }

    boolean capitalised() {
      return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
  }

  private QuantityLexer() {}

  static List<Tok> lex(String text, int from, int to) {
    List<Tok> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (isDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (isDigit(d)) {
            j++;
          } else if ((d == ',' || d == '.') && j + 1 < to && isDigit(text.charAt(j + 1))) {
            j++;
          } else if (isGroupSpace(d) && threeDigitsAt(text, j + 1, to)) {
            // "4 200" with a no-break or thin space is one number (SI / Spanish style)
            j++;
          } else {
            break;
          }
        }
        out.add(tok(Kind.NUMBER, text, i, j));
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '\'' || d == '’')
              && j + 1 < to
              && Character.isLetter(text.charAt(j + 1))
              && j > i + 1) {
            // o'clock, don't; but "1990's" keeps the apostrophe apart (the word starts after it)
            j++;
          } else {
            break;
          }
        }
        out.add(tok(Kind.WORD, text, i, j));
        i = j;
      } else {
        out.add(tok(Kind.SYMBOL, text, i, i + 1));
        i++;
      }
    }
    return out;
  }

  private static Tok tok(Kind kind, String text, int s, int e) {
    String t = text.substring(s, e);
    return new Tok(kind, s, e, t, t.toLowerCase(Locale.ROOT));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isGroupSpace(char c) {
    return c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static boolean threeDigitsAt(String text, int j, int to) {
    if (j + 3 > to) return false;
    for (int k = j; k < j + 3; k++) if (!isDigit(text.charAt(k))) return false;
    return j + 3 == to || !isDigit(text.charAt(j + 3));
  }
}
