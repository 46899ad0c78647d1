package crosscheck.layout;

import crosscheck.text.MonthNames;
import crosscheck.text.WordLists;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's address says about it: the date in its path ({@code /2019/03/14/}, {@code
 * /20190314/}, {@code -2019-03-14}, {@code /2019/Mar/14/}, a timestamp {@code /20241204150640862/},
 * or the month of {@code /2019/03/}) and its host as an outlet name. Stateless and thread-safe.
 */
public final class UrlMetadata {

  /** Before 1990 no news site put dates in its addresses: such a number is an id. */
  private static final int FIRST_YEAR = 1990;

  private static final Pattern ADDRESS =
      Pattern.compile(
          "^\\s*<?(?:[a-z][a-z0-9+.-]*://)?(?:[^/?#@\\s]*@)?([^/?#:\\s]+)(?::\\d+)?([^?#\\s>]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PREFIX =
      Pattern.compile(
          "^" + WordLists.alternation("layout/host-prefixes.txt") + "\\.",
          Pattern.CASE_INSENSITIVE);

  // Day patterns, surest first; each is (year, month, day) and stands between separators, so
  // that the digits of an id ("p=346202", "40040593") are not read as a date.
  private static final List<Pattern> DAYS =
      List.of(
          Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?=[/._-]|$)"),
          // "/2024/Aug/01/"
          Pattern.compile(
              "/(\\d{4})/(" + MonthNames.alternatives() + ")/(\\d{1,2})(?=[/._-]|$)",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          Pattern.compile("(?<![\\p{Alnum}])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\p{Alnum}])"),
          Pattern.compile("(?<![\\p{Alnum}])(\\d{4})(\\d{2})(\\d{2})(?![\\p{Alnum}])"),
          // A timestamp: the day, then hours, minutes, seconds and maybe a serial number.
          Pattern.compile(
              "(?<![\\p{Alnum}])(\\d{4})(\\d{2})(\\d{2})(?:[01]\\d|2[0-3])[0-5]\\d[0-5]\\d\\d{0,8}"
                  + "(?![\\p{Alnum}])"));
  // "/2019/03/" or "/2019-03/" with no day after it: "/2019/02/30/" is no date at all.
  private static final List<Pattern> MONTHS =
      List.of(
          Pattern.compile("/(\\d{4})/(\\d{1,2})(?=/|$)(?!/\\d{1,2}(?:[/._-]|$))"),
          Pattern.compile("/(\\d{4})-(\\d{2})(?=/|$)"));
  private static final Pattern IP_ADDRESS = Pattern.compile("[\\d.]+");

  private UrlMetadata() {}

  /** The date in the URL's path, ISO 8601 at the precision written, or null; years up to next. */
  public static String date(String url) {
    return date(url, LocalDate.now().getYear() + 1);
  }

  /**
   * The date in the URL's path (not its query: {@code ?p=346202} is an id), at the precision
   * written, or null when none or an impossible one (month 13, day 32, a year before 1990 or after
   * {@code lastYear}).
   */
  public static String date(String url, int lastYear) {
    String path = path(url);
    if (path == null) {
      return null;
    }
    for (Pattern p : DAYS) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        String day = day(m.group(1), m.group(2), m.group(3), lastYear);
        if (day != null) {
          return day;
        }
      }
    }
    for (Pattern p : MONTHS) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (year >= FIRST_YEAR && year <= lastYear && month >= 1 && month <= 12) {
          return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
      }
    }
    return null;
  }

  /**
   * The URL's host as an outlet name, lower case, without a first label naming a page version
   * ("www.", "m.", "amp.", "english."), e.g. "japantimes.co.jp"; null when there is no host.
   */
  public static String host(String url) {
    Matcher m = url == null ? null : ADDRESS.matcher(url);
    if (m == null
        || !m.find()
        || m.group(1).indexOf('.') < 0
        || IP_ADDRESS.matcher(m.group(1)).matches()) {
      return null;
    }
    String host = m.group(1).toLowerCase(Locale.ROOT);
    String bare = PREFIX.matcher(host).replaceFirst("");
    return bare.indexOf('.') > 0 ? bare : host; // "m.com" stays itself
  }

  private static String path(String url) {
    Matcher m = url == null ? null : ADDRESS.matcher(url);
    return m != null && m.find() ? m.group(2) : null;
  }

  private static String day(String year, String month, String day, int lastYear) {
    int y = Integer.parseInt(year);
    if (y < FIRST_YEAR || y > lastYear) {
      return null;
    }
    int monthNumber =
        Character.isDigit(month.charAt(0))
            ? Integer.parseInt(month)
            : MonthNames.number(month.toLowerCase(Locale.ROOT));
    try {
      return LocalDate.of(y, monthNumber, Integer.parseInt(day)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
