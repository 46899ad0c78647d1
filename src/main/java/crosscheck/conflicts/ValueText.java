package crosscheck.conflicts;

import crosscheck.facts.QuantityValue;
import java.math.BigDecimal;

/**
 * How findings write a stated value: a date as its ISO value with its TimeML mod in words ("early
 * 2023-07", "~2023-07-16"), an amount as a plain decimal with its bound or range marks and unit
 * ("4200", "~4200", ">=3", "20-30 km").
 */
final class ValueText {
  private ValueText() {}

  static String date(String value, String mod) {
    if (mod == null) return value;
    return switch (mod) {
      case "APPROX" -> "~" + value;
      case "START", "EARLY" -> "early " + value;
      case "MID" -> "mid " + value;
      case "END", "LATE" -> "late " + value;
      case "BEFORE", "ON_OR_BEFORE" -> "before " + value;
      case "AFTER", "ON_OR_AFTER" -> "after " + value;
      default -> value;
    };
  }

  static String quantity(QuantityValue q) {
    String v = plain(q.value());
    String s =
        switch (q.qualifierKind()) {
          case EXACT -> v;
          case APPROX -> "~" + v;
          case AT_LEAST -> ">=" + v;
          case MORE_THAN -> ">" + v;
          case AT_MOST, UP_TO -> "<=" + v;
          case LESS_THAN -> "<" + v;
          case RANGE -> q.upper() == null ? v : v + "-" + plain(q.upper());
        };
    return q.unit() == null ? s : s + " " + q.unit();
  }

  /** A plain decimal, to three places: a span joined from two units ("4.167 year") is no finer. */
  private static String plain(double d) {
    return BigDecimal.valueOf(d)
        .setScale(3, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
