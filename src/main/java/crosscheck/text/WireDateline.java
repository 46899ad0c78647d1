package crosscheck.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire dateline a sentence may open with ("OSLO (Reuters) -", "QUITO, 4 de mayo (AP).—",
 * "MADRID, 5 dic (EFE).-", "Vallemar [Norvale], May 4 (ANI):", "Vallemar (USA), Mar 9 (AP)"): a
 * place, a date and an agency that one outlet prints and its translation or rewrite often drops, so
 * a translation's numbers and names must not count them, and its date is when the story was filed,
 * not when its events happened.
 *
 * <p>Recognised by shape, in any language: a short prefix before a dash, whose words are all
 * capitalised, month names or, in a date, short words ("de", "dic"), holding a place in capitals
 * (four letters or more) or an agency in parentheses.
 */
public final class WireDateline {
  /** How far into a sentence the dash closing a dateline may come. */
  private static final int MAX_PREFIX = 70;

  private static final int MAX_WORDS = 8;

  // The last form is an agency in parentheses closing a dated dateline with no mark after it:
  // "Vallemar (USA), Mar 9 (AP) The home side won ..."
  private static final Pattern DASH =
      Pattern.compile("\\s[-–—]+|[.)][-–—]+|—|\\)\\s?:|:|(?<=\\(\\p{Lu}{2,12}\\))\\s(?=\\p{Lu})");

  /** A byline closed by a colon ends with its date: "Radio Norte, June 3:", "Quito, 4 de mayo:". */
  private static final Pattern DATE_AT_END =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:(\\p{L}{3,}+)\\.?+ \\d{1,2}+|\\d{1,2}+ (?:de )?(\\p{L}{3,}+)\\.?+):$");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern CAPITALS_PLACE = Pattern.compile("\\b\\p{Lu}{4,}\\b");
  private static final Pattern AGENCY = Pattern.compile("\\(\\p{Lu}[\\p{L}-]*\\)");

  private WireDateline() {}

  /** Where the sentence's own words begin after a dateline: 0 when it opens with none. */
  public static int end(String text) {
    Matcher dash = DASH.matcher(text);
    if (!dash.find() || dash.start() > MAX_PREFIX) {
      return 0;
    }
    String prefix = text.substring(0, dash.start() + 1);
    boolean colon = dash.group().equals(":");
    if (colon
        ? !datedByline(prefix)
        : !CAPITALS_PLACE.matcher(prefix).find() && !AGENCY.matcher(prefix).find()) {
      return 0;
    }
    // Short lower-case words belong to a date ("4 de marzo"), not to "NATO and the EU".
    boolean dated = false;
    for (Matcher word = WORD.matcher(prefix); word.find(); ) {
      dated |= isMonth(word.group());
    }
    dated |= prefix.chars().anyMatch(Character::isDigit);
    // an agency that closes the dateline without a mark must follow a date
    if (dash.group().isBlank() && !dated) return 0;
    Matcher word = WORD.matcher(prefix);
    int words = 0;
    while (word.find()) {
      String w = word.group();
      boolean datelineWord =
          Character.isUpperCase(w.charAt(0)) || isMonth(w) || (dated && w.length() <= 3);
      if (!datelineWord || ++words > MAX_WORDS) {
        return 0;
      }
    }
    int body = dash.end();
    while (body < text.length() && Character.isWhitespace(text.charAt(body))) {
      body++;
    }
    return body < text.length() ? body : 0;
  }

  /**
   * Whether a prefix closed by a bare colon ends with a day and a month: "Radio Norte, June 3:".
   */
  private static boolean datedByline(String prefix) {
    Matcher m = DATE_AT_END.matcher(prefix);
    return m.find() && isMonth(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static boolean isMonth(String word) {
    return MonthNames.number(Folding.fold(word)) > 0;
  }
}
