package crosscheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds numbers and quantities in English and Spanish text (digits and words, scales, money,
 * percentages, measures, hyphenated modifiers, qualifiers and ranges) and says whether two stated
 * amounts can be the same true amount.
 *
 * <p>Not quantities, and never returned: years ("in 2021", "the 1990s"), days of a date ("July
 * 16"), clock times ("5 p.m.", "17:30"), ordinals ("7th Summit", "7.º"), numbers naming things
 * ("Article 51", "Cadena 3", "A320", "COVID-19"), phone numbers, list markers at a line start ("1.
 * Apprehensions"), scores and other bare "2-1" pairs.
 *
 * <p>Units: the stated unit is kept (canonical symbol, see {@link QuantityValue}); a bracketed
 * restatement in another unit ("160-foot (50-meter)") is absorbed as {@code alternative} of the
 * same quantity. Counts have no unit and name the counted noun instead.
 *
 * <p>The text is cut into tokens ({@link QuantityTokens}); at each token where a number starts, the
 * steps of {@code matchAt} read it and its context into a {@link QuantityDraft}:
 *
 * <ol>
 *   <li>the number: digits, their marks and scale word, or number words ({@link NumberReader});
 *   <li>a currency before it ({@link UnitReader});
 *   <li>a range after it, or a score that is no amount ({@link RangeReader});
 *   <li>a unit after it, and what a glued "5m" is ({@link UnitReader});
 *   <li>a qualifier after it: "300 or more" ({@link QualifierReader});
 *   <li>a hyphenated unit or noun: "160-foot", "3,200-passenger" ({@link HyphenModifiers});
 *   <li>a bracketed restatement in another unit: "(50-meter)";
 *   <li>the counted noun and its modifier ({@link CountedNouns});
 *   <li>whether it is an amount at all ({@link AmountExclusions});
 *   <li>a qualifier before it: "at least" ({@link QualifierReader}).
 * </ol>
 *
 * Compatibility of two amounts is {@link QuantityCompatibility}. Stateless and thread-safe.
 */
public final class Quantities {

  /** What one match gives: a quantity or none, and the token to go on from. */
  record Match(QuantityValue value, int next) {
    /** No quantity here: go on at token {@code next}. */
    static Match skipTo(int next) {
      return new Match(null, next);
    }
  }

  private final QuantityTokens t;
  private final NumberReader numbers;
  private final UnitReader units;
  private final RangeReader ranges;
  private final QualifierReader qualifiers;
  private final HyphenModifiers hyphens;
  private final CountedNouns counted;
  private final AmountExclusions exclusions;

  private Quantities(QuantityTokens tokens) {
    this.t = tokens;
    this.numbers = new NumberReader(tokens);
    this.counted = new CountedNouns(tokens);
    this.units = new UnitReader(tokens, counted);
    this.ranges = new RangeReader(tokens, numbers, units);
    this.qualifiers = new QualifierReader(tokens);
    this.hyphens = new HyphenModifiers(tokens);
    this.exclusions = new AmountExclusions(tokens, qualifiers);
  }

  /**
   * Quantities in {@code text[start, end)}, in text order, offsets into {@code text}.
   *
   * @param language "en", "es" or "und" (English rules and both languages' scale words)
   */
  public static List<QuantityValue> find(String text, int start, int end, String language) {
    return find(text, start, end, language, false);
  }

  /**
   * Quantities in {@code text[start, end)}, read with the decimal mark of their document.
   *
   * @param pointDecimal the document writes decimals with a point even in Spanish ({@link
   *     #pointDecimal(String)})
   */
  public static List<QuantityValue> find(
      String text, int start, int end, String language, boolean pointDecimal) {
    String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    boolean es = lang.equals("es");
    return new Quantities(
            new QuantityTokens(text, start, end, !es, es, es || lang.equals("und"), pointDecimal))
        .scan();
  }

  /**
   * Whether a document writes decimals with a point and groups thousands with a comma in every
   * number that shows it ("3,215,406 votos", "el 48.75%"), as many American Spanish outlets do.
   */
  public static boolean pointDecimal(String documentText) {
    return DecimalMarks.pointDecimal(documentText);
  }

  /** Quantities in the whole text. */
  public static List<QuantityValue> find(String text, String language) {
    return find(text, 0, text.length(), language);
  }

  /**
   * Whether {@code a} and {@code b} can describe the same true amount: their intervals overlap once
   * qualifiers, ranges, stated rounding and units are accounted for. A count and a measured amount
   * are never compatible; two different currencies always are (no exchange rates here, so no
   * conflict can be shown).
   */
  public static boolean compatible(QuantityValue a, QuantityValue b) {
    return QuantityCompatibility.compatible(a, b);
  }

  /** The amount in the base unit of its dimension (m, kg, m², l, km/h, kW), or the value as is. */
  public static double baseValue(QuantityValue q) {
    return QuantityCompatibility.baseValue(q);
  }

  /** One pass over the tokens: a quantity's context never reaches into the previous one. */
  private List<QuantityValue> scan() {
    List<QuantityValue> out = new ArrayList<>();
    int i = 0;
    int floor = 0;
    while (i < t.n) {
      Match m = matchAt(i, floor);
      if (m == null) {
        i++;
        continue;
      }
      if (m.value() != null) out.add(m.value());
      i = m.next();
      floor = i;
    }
    return out;
  }

  /** The quantity whose number starts at token {@code i}; no context before token {@code floor}. */
  private Match matchAt(int i, int floor) {
    NumberCore c = numbers.read(i);
    if (c == null) return null;
    QuantityDraft d = new QuantityDraft(c, floor);
    units.readCurrencyBefore(d);
    Match skip = ranges.read(d);
    if (skip != null) return skip;
    units.readUnitAfter(d);
    if (!units.resolveGluedScale(d)) return Match.skipTo(d.last + 1);
    units.roundPercent(d);
    qualifiers.readAfter(d);
    skip = hyphens.read(d);
    if (skip != null) return skip;
    readAlternative(d);
    counted.read(d);
    skip = exclusions.check(d);
    if (skip != null) return skip;
    qualifiers.readBefore(d);
    return new Match(d.toValue(t), d.last + 1);
  }

  /** A bracketed restatement in another unit: "160-foot (50-meter)", "$5m (£4m)". */
  private void readAlternative(QuantityDraft d) {
    int k = d.last + 1;
    if (d.unit == null || k + 1 >= t.n || !t.get(k).is("(")) return;
    Match inner = null;
    for (int j = k + 1; j <= k + 3 && j < t.n && inner == null; j++) {
      inner = matchAt(j, k + 1); // the number may follow "£" or "US$"
    }
    if (inner != null
        && inner.value() != null
        && inner.next() < t.n
        && t.get(inner.next()).is(")")
        && inner.value().unit() != null
        && QuantityCompatibility.sameKind(d.unit, inner.value().unit())) {
      d.alternative = inner.value().text();
      d.last = inner.next();
    }
  }
}
