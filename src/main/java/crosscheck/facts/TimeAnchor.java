package crosscheck.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/** Calendar arithmetic against the date a text is relative to (its publication date). */
final class TimeAnchor {

  /** Which way an underspecified date leans: news mostly reports the past. */
  enum Lean {
    /** A past-tense cue is nearest (said, was, -ed, dijo). */
    PAST,
    /** A future cue is nearest (will, scheduled, next, -rá). */
    FUTURE,
    /** No tense cue: the past is likelier in news, but not sure. */
    NONE
  }

  private TimeAnchor() {}

  static LocalDate parse(String iso) {
    if (iso == null || iso.length() < 10) return null;
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (RuntimeException e) {
      return null;
    }
  }

  static String day(LocalDate d) {
    return d.toString();
  }

  static String month(LocalDate d) {
    return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
  }

  static String year(LocalDate d) {
    return String.format("%04d", d.getYear());
  }

  static String week(LocalDate d) {
    return String.format(
        "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarter(int year, int quarter) {
    return String.format("%04d-Q%d", year, quarter);
  }

  static int quarterOf(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  /**
   * How far past the anchor a month-day in a past-tense sentence may still fall, in days: news
   * reports schedules in the past tense ("said the dividend is payable Dec. 15").
   */
  static final int PAST_SLACK_DAYS = 45;

  /**
   * The year of a month-day written without one. In a past-tense sentence: the latest such date no
   * more than {@value #PAST_SLACK_DAYS} days after the anchor, so on 2023-01-05 "December 28" is
   * 2022-12-28 and on 2023-07-20 "August 30" is still 2023-08-30. In a sentence that looks ahead,
   * the mirror image. Without a tense cue: the closest such date, one in the future counting three
   * times as far (news mostly reports the past; "payable Dec. 15" does not).
   */
  static int yearOfMonthDay(LocalDate anchor, int month, int day, Lean lean) {
    int y = anchor.getYear();
    LocalDate d = safeDate(y, month, day == 29 && month == 2 ? 28 : day);
    if (d == null) return y; // a day the month never has ("April 31"): no year makes it a date
    if (lean == Lean.PAST) {
      return ChronoUnit.DAYS.between(anchor, d) > PAST_SLACK_DAYS ? y - 1 : y;
    }
    if (lean == Lean.FUTURE) {
      return ChronoUnit.DAYS.between(d, anchor) > PAST_SLACK_DAYS ? y + 1 : y;
    }
    int best = y;
    long bestCost = Long.MAX_VALUE;
    for (int year = y - 1; year <= y + 1; year++) {
      LocalDate candidate = safeDate(year, month, day == 29 && month == 2 ? 28 : day);
      long days = ChronoUnit.DAYS.between(anchor, candidate);
      long cost = days > 0 ? 3 * days : -days;
      if (cost < bestCost) {
        bestCost = cost;
        best = year;
      }
    }
    return best;
  }

  /**
   * The year of a month named without one: the closest such month to the anchor, one on the other
   * side of the sentence's lean counting half as far again.
   */
  static int yearOfMonth(LocalDate anchor, int month, Lean lean) {
    int best = anchor.getYear();
    double bestCost = Double.MAX_VALUE;
    int now = anchor.getYear() * 12 + anchor.getMonthValue();
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      int diff = y * 12 + month - now;
      boolean ahead = diff > 0;
      double cost = Math.abs(diff) * ((ahead == (lean == Lean.FUTURE)) || diff == 0 ? 1 : 1.5);
      if (cost < bestCost) {
        bestCost = cost;
        best = y;
      }
    }
    return best;
  }

  static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The weekday meant by a bare or qualified day name. {@code shift} is -1 for "last", +1 for
   * "next", 0 for a bare name, which takes the closest such day on the side the sentence leans to
   * (the anchor day itself included).
   */
  static LocalDate weekday(LocalDate anchor, int weekday, int shift, Lean lean) {
    DayOfWeek target = DayOfWeek.of(weekday);
    int today = anchor.getDayOfWeek().getValue();
    int back = (today - weekday + 7) % 7;
    int ahead = (weekday - today + 7) % 7;
    if (shift < 0) return anchor.minusDays(back == 0 ? 7 : back);
    if (shift > 0) return anchor.plusDays(ahead == 0 ? 7 : ahead);
    LocalDate d = lean == Lean.FUTURE ? anchor.plusDays(ahead) : anchor.minusDays(back);
    return d.getDayOfWeek() == target ? d : anchor;
  }

  /** The anchor moved by n units and written at that unit's precision. */
  static String shifted(LocalDate anchor, String unit, long n) {
    return switch (unit) {
      case "D" -> day(anchor.plusDays(n));
      case "W", "WE" -> week(anchor.plusWeeks(n)) + (unit.equals("WE") ? "-WE" : "");
      case "M" -> month(anchor.plusMonths(n));
      case "Q" -> {
        LocalDate d = anchor.plusMonths(3 * n);
        yield quarter(d.getYear(), quarterOf(d));
      }
      case "Y" -> year(anchor.plusYears(n));
      case "DE" -> year(anchor.plusYears(10 * n)).substring(0, 3);
      case "CE" -> year(anchor.plusYears(100 * n)).substring(0, 2);
      case "H", "MIN", "S" -> day(anchor);
      default -> null;
    };
  }

  /** The TimeML duration for n units, or with X for a vague count. */
  static String duration(double n, String unit) {
    String count;
    if (n == TimeLexicon.VAGUE) {
      count = "X";
    } else if (n != Math.floor(n)) {
      // Halves become the next smaller unit: 2 1/2 years = P2Y6M.
      int whole = (int) n;
      return switch (unit) {
        case "Y" -> "P" + whole + "Y6M";
        case "D" -> "P" + whole + "DT12H";
        case "H" -> "PT" + whole + "H30M";
        case "M" -> "P" + whole + "M15D";
        default -> "P" + n + unit;
      };
    } else {
      count = Long.toString((long) n);
    }
    return switch (unit) {
      case "H" -> "PT" + count + "H";
      case "MIN" -> "PT" + count + "M";
      case "S" -> "PT" + count + "S";
      case "DE" -> count.equals("X") ? "PXDE" : "P" + (Long.parseLong(count) * 10) + "Y";
      case "CE" -> count.equals("X") ? "PXCE" : "P" + (Long.parseLong(count) * 100) + "Y";
      case "Q" -> count.equals("X") ? "PXQ" : "P" + (Long.parseLong(count) * 3) + "M";
      case "WE" -> "P" + count + "WE";
      default -> "P" + count + unit;
    };
  }
}
