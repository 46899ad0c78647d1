package crosscheck.layout;

import crosscheck.text.MonthNames;
import crosscheck.text.Weekdays;
import crosscheck.text.WordLists;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages print them on datelines ("July 3, 2021", "3 July 2021", "2021-07-03", "3 de julio
 * de 2021", "July 2021"), normalised to ISO 8601 at the precision written.
 */
final class PublicationDates {

  private static final String MONTH = "(" + MonthNames.alternatives() + ")\\.?";
  private static final String WEEKDAY = Weekdays.alternation() + ",?\\s+";
  private static final String TIME =
      "(?:\\s*(?:[,|•·-]|at|a las)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?"
          + "(?:\\s*(?:hrs?|h))?)?";

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", I);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th|º)?\\s+(?:de\\s+)?"
              + MONTH
              + ",?\\s+(?:de\\s+|del\\s+)?(\\d{4})",
          I);
  private static final Pattern MONTH_YEAR =
      Pattern.compile(MONTH + "\\s+(?:de\\s+|del\\s+)?(\\d{4})", I);
  private static final Pattern ANY_DATE =
      Pattern.compile(
          "(?:"
              + WEEKDAY
              + ")?"
              + "(?:"
              + String.join(
                  "|",
                  ISO.pattern(),
                  MONTH_DAY_YEAR.pattern(),
                  DAY_MONTH_YEAR.pattern(),
                  MONTH_YEAR.pattern())
              + ")"
              + TIME,
          I);

  /** "Published", "Updated", "Publicado el": words that say the date is the page's own. */
  private static final Pattern STATED_AS_PUBLICATION =
      Pattern.compile(
          "^"
              + WordLists.alternation("layout/dateline-words.txt")
              + "(?:\\s+(?:on|at|el|en|:))?\\s*:?\\s*",
          I);

  private PublicationDates() {}

  /** The whole text (after an optional "Published"-like word) is one date, maybe with a time. */
  static boolean isDateline(String line) {
    String t = STATED_AS_PUBLICATION.matcher(line.strip()).replaceFirst("");
    return ANY_DATE.matcher(t.strip().replaceAll("[.\\s]+$", "")).matches();
  }

  /** ISO 8601 form of the first date in {@code text} at the precision written, or null. */
  static String firstIso(String text) {
    Matcher m = ANY_DATE.matcher(text);
    return m.find() ? toIso(m.group()) : null;
  }

  private static String toIso(String date) {
    Matcher m = ISO.matcher(date);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(date);
    if (m.find()) {
      return day(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(date);
    if (m.find()) {
      return day(m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_YEAR.matcher(date);
    if (m.find()) {
      return String.format(Locale.ROOT, "%s-%s", m.group(2), month(m.group(1)));
    }
    return null;
  }

  private static String day(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
          .toString();
    } catch (DateTimeException e) {
      return null; // "2021-02-30" is not a date: say nothing rather than guess.
    }
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    return String.format(Locale.ROOT, "%02d", MonthNames.number(key));
  }
}
