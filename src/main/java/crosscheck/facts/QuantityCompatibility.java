package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.DIMENSIONS;
import static crosscheck.facts.QuantityLexicon.isCurrency;

import crosscheck.facts.QuantityLexicon.Dimension;
import java.util.Objects;

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
      converted = true;
    }
    double[] ia = interval(a, fa, converted);
    double[] ib = interval(b, fb, converted);
    double lo = Math.max(ia[0], ib[0]);
    double hi = Math.min(ia[1], ib[1]);
    if (lo > hi) return false;
    // Two rounded values only touch at the edge of their rounding ("37%" is 36.5 to under 37.5,
    // "38%" from 37.5): they are two different figures, not one.
    boolean roundedA = ia[1] > ia[0];
    boolean roundedB = ib[1] > ib[0];
    return lo < hi || !(roundedA && roundedB);
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

  private static double[] interval(QuantityValue q, double factor, boolean converted) {
    double v = q.value() * factor;
    double p = q.precision() * factor;
    double lo;
    double hi;
    switch (q.qualifierKind()) {
      case APPROX -> {
        double tol = Math.max(Math.max(APPROX_TOLERANCE * Math.abs(v), p), factor);
        lo = v - tol;
        hi = v + tol;
      }
      case AT_LEAST, MORE_THAN -> {
        lo = v - p;
        hi = Double.POSITIVE_INFINITY;
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
        lo = v - p;
        hi = v + p;
      }
    }
    if (converted) {
      lo -= CONVERSION_TOLERANCE * Math.abs(lo);
      hi += CONVERSION_TOLERANCE * Math.abs(hi);
    }
    return new double[] {lo, hi};
  }
}
