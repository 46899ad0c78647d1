package crosscheck.facts;

/**
 * A quantity while its context is being read: each step of {@link Quantities} widens its token span
 * or fills in its unit, range, qualifier or counted noun, and the last step turns it into a {@link
 * QuantityValue}. Mutable, and private to one match.
 */
final class QuantityDraft {
  /** The number as read, before any context. */
  final NumberCore core;

  /** No context is read before this token (the end of the previous quantity). */
  final int floor;

  /** The first and last tokens of the quantity so far. */
  int first;

  int last;

  /** The token before the number and its currency: "between" in "between $20 and $30". */
  int before;

  String unit;
  String qualifier;
  double value;
  Double upper;
  double precision;
  String counted;
  String modifier;
  String alternative;

  /** A currency before the number, or a unit its scale word implies ("mdd"). */
  boolean currencyBefore;

  /** A range written with a dash ("20-30"); with no unit or counted noun, no amount: "2023-24". */
  boolean hyphenRange;

  /** A unit or currency after the number ("30 km", "30 €"). */
  boolean unitAfter;

  /** A hyphenated modifier ("3,200-passenger", "160-foot", "3,000-strong"). */
  boolean hyphenModifier;

  /** The counted noun follows a plural number ("55 bodies", not "1 body"). */
  boolean countedPlural;

  QuantityDraft(NumberCore core, int floor) {
    this.core = core;
    this.floor = floor;
    this.first = core.first();
    this.last = core.last();
    this.before = core.first() - 1;
    this.unit = core.impliedUnit();
    this.qualifier = core.upper() != null ? "RANGE" : core.approxWord() ? "APPROX" : "EXACT";
    this.value = core.value();
    this.upper = core.upper();
    this.precision = core.precision();
  }

  /** The quantity, its text from the first to the last token. */
  QuantityValue toValue(QuantityTokens t) {
    int s = t.get(first).start();
    int e = t.get(last).end();
    return new QuantityValue(
        s,
        e,
        t.text.substring(s, e),
        value,
        upper,
        unit,
        qualifier,
        counted,
        modifier,
        alternative,
        precision);
  }
}
