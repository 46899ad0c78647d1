package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.MonthNames;
import crosscheck.text.Weekdays;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a text's dates belong to, from a weekday written with a day of a month ("on Friday,
 * August 1", "el viernes 1 de agosto"): the two fall together only every few years, so the most
 * recent such year up to a given day is the year of the story. A text that gives no full date
 * otherwise yields only the years it mentions, and those are often of earlier events ("president
 * from 1998 to 2004") or later ones ("the 2031 election").
 */
final class WeekdayYears {
  private static final String WEEKDAY = Weekdays.alternation();
  private static final String MONTH = "(" + MonthNames.alternatives() + ")";

  /** "Friday, August 1", "Friday August 1st", "viernes, 1 de agosto", "Friday 1 August". */
  private static final Pattern WEEKDAY_DATE =
      Pattern.compile(
          "\\b("
              + WEEKDAY
              + ")(?:,)?\\s+(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?"
              + MONTH
              + "|"
              + MONTH
              + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!,?\\s+(?:de\\s+)?\\d{4})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How far back a year is looked for: the weekdays of a calendar repeat within 28 years. */
  static final int YEARS_BACK = 28;

  private WeekdayYears() {}

  /**
   * The year most of the text's weekday dates fall in, the latest of those tied, each date taken in
   * its most recent year not after {@code latest}; null when the text writes none.
   */
  static Integer year(String text, LocalDate latest) {
    Map<Integer, Integer> votes = new TreeMap<>();
    Matcher m = WEEKDAY_DATE.matcher(text);
    while (m.find()) {
      int weekday = Weekdays.number(m.group(1));
      int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(5));
      String monthName = m.group(3) != null ? m.group(3) : m.group(4);
      int month = MonthNames.number(Folding.fold(monthName).toLowerCase(Locale.ROOT));
      Integer year = mostRecent(weekday, month, day, latest);
      if (year != null) votes.merge(year, 1, Integer::sum);
    }
    Integer best = null;
    for (Map.Entry<Integer, Integer> e : votes.entrySet())
      if (best == null || e.getValue() >= votes.get(best)) best = e.getKey();
    return best;
  }

  private static Integer mostRecent(int weekday, int month, int day, LocalDate latest) {
    if (weekday == 0 || month == 0) return null;
    for (int y = latest.getYear(); y > latest.getYear() - YEARS_BACK; y--) {
      try {
        LocalDate d = LocalDate.of(y, month, day);
        if (!d.isAfter(latest) && d.getDayOfWeek().getValue() == weekday) return y;
      } catch (DateTimeException notADay) {
        return null;
      }
    }
    return null;
  }
}
