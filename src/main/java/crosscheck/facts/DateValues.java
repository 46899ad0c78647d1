package crosscheck.facts;

import java.util.regex.Pattern;

/**
 * Dates as the time rules write them (ISO 8601 at the precision stated; "XXXX-10-22" when the text
 * gives no year and nothing resolved it): whether two can be one day.
 */
public final class DateValues {
  private static final Pattern DATE = Pattern.compile("(?:\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?");

  private DateValues() {}

  /** A calendar date at any precision, with or without its year (not a weekday or a duration). */
  public static boolean isCalendarDate(String value) {
    return value != null && !value.equals("XXXX") && DATE.matcher(value).matches();
  }

  /**
   * Whether two calendar dates can be one day: one refines the other ("2023" and "2023-07-16"), and
   * a date without a year agrees with any year ("XXXX-10-22" and "2023-10-22").
   */
  public static boolean compatible(String x, String y) {
    String yearX = x.substring(0, 4);
    String yearY = y.substring(0, 4);
    if (!yearX.equals("XXXX") && !yearY.equals("XXXX") && !yearX.equals(yearY)) return false;
    String restX = x.substring(4);
    String restY = y.substring(4);
    return restX.startsWith(restY) || restY.startsWith(restX);
  }
}
