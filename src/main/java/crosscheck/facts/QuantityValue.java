package crosscheck.facts;

/**
 * A number or quantity found in a text.
 *
 * <p>Units keep the unit the text stated (canonical symbol: "km", "m", "ft", "kg", "t", "USD",
 * "percent"...); {@link Quantities#compatible} converts between units of one dimension, so nothing
 * is lost by converting early. Counts of things have no unit: the counted noun says what they are.
 *
 * @param start offset of the first character in the text (qualifier words included)
 * @param end offset after the last character (exclusive)
 * @param text {@code text.substring(start, end)}
 * @param value the amount, or the lower bound of a range
 * @param upper the upper bound of a range ("between 20 and 30", "hundreds of"), else null
 * @param unit canonical unit or ISO 4217 currency code, null for plain counts
 * @param qualifier a {@link QuantityQualifier} name: EXACT, APPROX, AT_LEAST, AT_MOST, UP_TO,
 *     MORE_THAN, LESS_THAN, RANGE
 * @param counted the noun the number counts, as written ("passengers", "bodies"); for hyphenated
 *     modifiers ("3,200-passenger") the plural form; null when none was found
 * @param modifier words between the number and the counted noun ("identified" in "55 identified
 *     bodies", "identificados" in "55 cuerpos identificados"), else null
 * @param alternative the same amount restated in another unit in brackets ("50-meter" in "160-foot
 *     (50-meter)"), else null; never a second fact
 * @param precision half the last stated digit when the text rounds ("1.2 million" is 1.2e6 ± 5e4,
 *     "46%" is 46 ± 0.5); 0 for plain integers
 */
public record QuantityValue(
    int start,
    int end,
    String text,
    double value,
    Double upper,
    String unit,
    String qualifier,
    String counted,
    String modifier,
    String alternative,
    double precision) {

  /**
   * This quantity in another unit, read from words beside it ("38 months", "30 points of lead").
   */
  public QuantityValue withUnit(String newUnit) {
    return new QuantityValue(
        start,
        end,
        text,
        value,
        upper,
        newUnit,
        qualifier,
        counted,
        modifier,
        alternative,
        precision);
  }

  /** The shape shared with other helpers: no modifier, alternative or rounding. */
  public QuantityValue(
      int start,
      int end,
      String text,
      double value,
      Double upper,
      String unit,
      String qualifier,
      String counted) {
    this(start, end, text, value, upper, unit, qualifier, counted, null, null, 0);
  }

  public QuantityQualifier qualifierKind() {
    return QuantityQualifier.valueOf(qualifier);
  }
}
