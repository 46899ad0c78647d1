package crosscheck.facts;

import java.util.regex.Pattern;

/**
 * Dates as the time rules write them (ISO 8601 at the precision stated; "XXXX-10-22" when the text
 * gives no year and nothing resolved it): which are calendar dates. Whether two can be one day is
 * {@code conflicts.ValueCompatibility.datesCompatible}.
 */
public final class DateValues {
  private static final Pattern DATE = Pattern.compile("(?:\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?");

  private DateValues() {}

  /** A calendar date at any precision, with or without its year (not a weekday or a duration). */
  public static boolean isCalendarDate(String value) {
    return value != null && !value.equals("XXXX") && DATE.matcher(value).matches();
  }
}
