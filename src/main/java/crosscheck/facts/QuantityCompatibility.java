package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.DIMENSIONS;
import static crosscheck.facts.QuantityLexicon.isCurrency;

import crosscheck.facts.QuantityLexicon.Dimension;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whether two stated amounts can be the same true amount: each becomes an interval (qualifiers,
 * ranges, stated rounding), units of one dimension are converted, and the intervals must overlap.
 * What {@link Quantities#compatible} answers; stateless.
 */
final class QuantityCompatibility {

  /** "some 4,200" covers 4,200 ± 10% (and at least ± 1). */
  static final double APPROX_TOLERANCE = 0.10;

  /** Conversions stated in news are rounded ("160-foot (50-meter)" is 48.8 m): ± 5%. */
  static final double CONVERSION_TOLERANCE = 0.05;

  /**
   * Calendar units convert exactly ("38 months" is three years and two months); how rounded a span
   * is, its own precision says.
   */
  private static final String EXACT_DIMENSION = "duration";

  /** A lower bound in digits covers at least this share above it ("at least 450" to 495). */
  static final double LOWER_BOUND_REACH = 0.10;

  private QuantityCompatibility() {}

  /** See {@link Quantities#compatible}. */
  static boolean compatible(QuantityValue a, QuantityValue b) {
    double fa = 1;
    double fb = 1;
    boolean converted = false;
    if (!Objects.equals(a.unit(), b.unit())) {
      if (a.unit() == null || b.unit() == null) return false;
      if (isCurrency(a.unit()) && isCurrency(b.unit())) return true;
      Dimension da = DIMENSIONS.get(a.unit());
      Dimension db = DIMENSIONS.get(b.unit());
      if (da == null || db == null || !da.name().equals(db.name())) return false;
      fa = da.factor();
      fb = db.factor();
      converted = !da.name().equals(EXACT_DIMENSION);
    }
    if (boundsInDigits(a) && boundsInDigits(b) && a.unit() != null && a.unit().equals(b.unit())) {
      return sameBounds(a, b);
    }
    if (truncates(a, b) || truncates(b, a)) return true;
    // "up to 40 years" and "up to 43 years" give two different maxima of one thing
    boolean twoMaxima = isMaximum(a) && isMaximum(b);
    double[] ia = interval(a, fa, converted, twoMaxima);
    double[] ib = interval(b, fb, converted, twoMaxima);
    double lo = Math.max(ia[0], ib[0]);
    double hi = Math.min(ia[1], ib[1]);
    if (lo > hi) return false;
    // Two rounded values only touch at the edge of their rounding ("37%" is 36.5 to under 37.5,
    // "38%" from 37.5): they are two different figures, not one.
    boolean roundedA = ia[1] > ia[0];
    boolean roundedB = ib[1] > ib[0];
    return lo < hi || !(roundedA && roundedB);
  }

  /**
   * Whether a whole share is another share with its decimals cut off: outlets write "71%" for a
   * count's 71.38% as often as "72%", so the whole share agrees with any figure from it up to the
   * next whole one, though two whole shares ("37%", "38%") still differ.
   */
  private static boolean truncates(QuantityValue whole, QuantityValue precise) {
    return "percent".equals(whole.unit())
        && "percent".equals(precise.unit())
        && whole.qualifierKind() == QuantityQualifier.EXACT
        && precise.qualifierKind() == QuantityQualifier.EXACT
        && whole.upper() == null
        && precise.upper() == null
        && whole.value() == Math.rint(whole.value())
        && precise.value() != Math.rint(precise.value())
        && precise.value() > whole.value()
        && precise.value() < whole.value() + 1;
  }

  /** A range whose two bounds are written in digits: "between 41.5% and 44.2%", "20-30 km". */
  private static boolean boundsInDigits(QuantityValue q) {
    return q.upper() != null && TWO_DIGIT_RUNS.matcher(q.text()).find();
  }

  private static final Pattern TWO_DIGIT_RUNS = Pattern.compile("\\d[^\\d]+\\d");

  /**
   * Two ranges stated in digits are one range when each bound agrees to the last digit of the
   * coarser one: a source that writes "between 41% and 44%" cut 41.5-44.2 short, one that writes
   * 44.6 gave another range. Overlap alone would let any two estimates of a figure agree.
   */
  private static boolean sameBounds(QuantityValue a, QuantityValue b) {
    double step = 2 * Math.max(a.precision(), b.precision()) + 1e-9;
    return Math.abs(a.value() - b.value()) <= step && Math.abs(a.upper() - b.upper()) <= step;
  }

  /** See {@link Quantities#baseValue}. */
  static double baseValue(QuantityValue q) {
    Dimension d = q.unit() == null ? null : DIMENSIONS.get(q.unit());
    return d == null ? q.value() : q.value() * d.factor();
  }

  /** Whether two units measure the same thing: both currencies, or one dimension. */
  static boolean sameKind(String a, String b) {
    if (isCurrency(a) && isCurrency(b)) return true;
    Dimension da = DIMENSIONS.get(a);
    Dimension db = DIMENSIONS.get(b);
    return da != null && db != null && da.name().equals(db.name());
  }

  private static boolean isDuration(String unit) {
    Dimension d = unit == null ? null : DIMENSIONS.get(unit);
    return d != null && d.name().equals(EXACT_DIMENSION);
  }

  private static boolean isMaximum(QuantityValue q) {
    return q.qualifierKind() == QuantityQualifier.UP_TO
        || q.qualifierKind() == QuantityQualifier.AT_MOST;
  }

  /**
   * Where a lower bound written in digits stops: "more than 14,000" would be "more than 15,000"
   * past 15,000, so it covers up to its next rounding step, and at least a tenth above the bound. A
   * bound in words ("more than a dozen") stays open.
   */
  static double lowerBoundReach(QuantityValue q, double v, double p) {
    if (!q.text().matches(".*\\d.*")) return Double.POSITIVE_INFINITY;
    double step = p > 0 ? 2 * p : roundingStep(Math.abs(v));
    return Math.max(v + step, v + LOWER_BOUND_REACH * Math.abs(v));
  }

  /**
   * The step a figure in digits with trailing zeros may have been rounded to, when that step is a
   * small share of it ("75,600" may be 75,608 rounded: a step of 100 is 0.13%); 0 otherwise, since
   * "1,200 arrests" or "100 deaths" are as likely exact counts as rounded ones.
   */
  static double roundedTo(QuantityValue q) {
    double v = Math.abs(q.value());
    if (!q.text().matches(".*\\d.*") || v < 1000 || v != Math.rint(v)) return 0;
    double step = roundingStep(v);
    return step >= 10 && step <= ROUNDED_SHARE * v ? step : 0;
  }

  /** The largest share of a figure its trailing zeros may round away (see {@link #roundedTo}). */
  static final double ROUNDED_SHARE = 0.01;

  /** The place of an integer's last non-zero digit: 14,000 gives 1,000, 450 gives 10. */
  private static double roundingStep(double v) {
    double step = 1;
    while (v >= step * 10 && Math.rint(v / (step * 10)) * step * 10 == v) step *= 10;
    return step;
  }

  private static double[] interval(
      QuantityValue q, double factor, boolean converted, boolean asExact) {
    double v = q.value() * factor;
    double p = q.precision() * factor;
    double lo;
    double hi;
    switch (asExact ? QuantityQualifier.EXACT : q.qualifierKind()) {
      case APPROX -> {
        // at least one of the stated unit ("about 5 km" is 4 to 6 km), but for spans of time,
        // whose unit is often the only word ("casi una hora" is no 0 to 2 hours): their rounding
        double least = isDuration(q.unit()) ? p : factor;
        double tol = Math.max(Math.max(APPROX_TOLERANCE * Math.abs(v), p), least);
        lo = v - tol;
        hi = v + tol;
      }
      case AT_LEAST, MORE_THAN -> {
        lo = v - p;
        hi = lowerBoundReach(q, v, p);
      }
      case AT_MOST, UP_TO, LESS_THAN -> {
        lo = Double.NEGATIVE_INFINITY;
        hi = v + p;
      }
      case RANGE -> {
        lo = v - p;
        hi = (q.upper() == null ? q.value() : q.upper()) * factor + p;
      }
      default -> {
        double rounding = Math.max(p, roundedTo(q) * factor / 2);
        lo = v - rounding;
        hi = v + rounding;
      }
    }
    if (converted) {
      lo -= CONVERSION_TOLERANCE * Math.abs(lo);
      hi += CONVERSION_TOLERANCE * Math.abs(hi);
    }
    return new double[] {lo, hi};
  }
}
