package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as an editor reads them: "two months and 29 days" is one span of almost three months,
 * not two months, and a whole number of months or years is rounded ("three months" covers 2.5 to
 * 3.5 months), so that "barely three months" and "two months and 29 days" agree while a "four-year"
 * and a "5-year" investigation do not; and each duration carries its calendar unit, so that "38
 * months" and "three years and two months" are compared as one span. Read by {@link
 * MeasurementExtractor}; the nouns and their units are facts/measurement-duration-nouns.tsv, the
 * units' lengths facts/quantity-unit-dimensions.tsv.
 */
public final class CompoundDurations {
  private static final Map<String, String> UNITS =
      WordLists.map("facts/measurement-duration-nouns.tsv");
  private static final Pattern JOINER =
      Pattern.compile(
          "(?<!\\s)\\s*+(?:(?<!\\p{L})\\p{L}++\\s*+)?(?:,\\s*+(?:(?:and|y|e)\\s++)?|(?:and|y|e)\\s++)?+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "Six and a half years" rounds to the nearest half year ("6 years, 5 months" is one). */
  static final double HALF_ROUNDING = 0.25;

  /** Half a unit: the rounding of a whole number of months or years. */
  static final double WHOLE_UNIT_ROUNDING = 0.5;

  private CompoundDurations() {}

  /**
   * The quantities of a sentence with each compound duration joined into its first part, every part
   * of it ("7 years, 2 months and 10 days", "7 años 2 meses y 10 días").
   */
  public static List<QuantityValue> join(String text, List<QuantityValue> found) {
    List<QuantityValue> quantities = new ArrayList<>();
    for (QuantityValue q : found) quantities.add(withHalf(text, q));
    List<QuantityValue> out = new ArrayList<>();
    for (int i = 0; i < quantities.size(); i++) {
      QuantityValue q = quantities.get(i);
      Double unit = days(q);
      if (unit == null) {
        out.add(q);
        continue;
      }
      QuantityValue whole = q;
      double last = unit;
      while (i + 1 < quantities.size()) {
        QuantityValue next = quantities.get(i + 1);
        Double smaller = days(next);
        // each part is less than one of the unit before it: "4 years, 8 months", never "4 years,
        // 38 months"
        if (smaller == null
            || smaller >= last
            || next.value() * smaller >= last
            || !JOINER.matcher(text.substring(whole.end(), next.start())).matches()) break;
        whole = joined(text, whole, next, smaller / unit);
        last = smaller;
        i++;
      }
      out.add(whole == q ? rounded(q) : whole);
    }
    return out;
  }

  private static final Pattern HALF_AFTER_UNIT =
      Pattern.compile(
          "(?<!\\s)\\s++(\\p{L}++)\\s++y\\s++medi[oa](?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern HALF_BEFORE_UNIT =
      Pattern.compile(
          "(?<!\\s)\\s++and\\s++a\\s++half\\s++(\\p{L}++)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A span with half a unit more: "seis años y medio", "six and a half years" (6.5 years); other
   * quantities as they are.
   */
  static QuantityValue withHalf(String text, QuantityValue q) {
    if (q.unit() != null || q.upper() != null) return q;
    Matcher after = HALF_AFTER_UNIT.matcher(text).region(q.end(), text.length());
    // the value's text ends before its unit, as every span's does ("seis", "six and a half")
    if (q.counted() != null && after.lookingAt() && isDurationNoun(after.group(1)))
      return half(text, q, q.end(), q.counted());
    Matcher before = HALF_BEFORE_UNIT.matcher(text).region(q.end(), text.length());
    if (before.lookingAt() && isDurationNoun(before.group(1)))
      return half(text, q, before.start(1), before.group(1));
    return q;
  }

  private static QuantityValue half(String text, QuantityValue q, int end, String counted) {
    while (end > q.end() && Character.isWhitespace(text.charAt(end - 1))) end--;
    return new QuantityValue(
        q.start(),
        end,
        text.substring(q.start(), end),
        q.value() + 0.5,
        null,
        null,
        q.qualifier(),
        counted,
        q.modifier(),
        q.alternative(),
        Math.max(q.precision(), HALF_ROUNDING));
  }

  /** Whether a noun counts a span of time ("years", "meses"). */
  public static boolean isDurationNoun(String noun) {
    return unitOf(noun) != null;
  }

  /**
   * The quantity with the calendar unit its counted noun names ("38 months": unit "month"), so that
   * spans given in different units compare in days; other quantities as they are.
   */
  public static QuantityValue withUnit(QuantityValue q) {
    String unit = q.unit() == null ? unitOf(q.counted()) : null;
    if (unit == null) return q;
    return q.withUnit(unit);
  }

  private static String unitOf(String noun) {
    return noun == null ? null : UNITS.get(Folding.fold(noun).toLowerCase(Locale.ROOT));
  }

  /** The length in days of the unit a duration counts, or null when it is no plain duration. */
  private static Double days(QuantityValue q) {
    if (q.unit() != null || q.upper() != null) return null;
    String unit = unitOf(q.counted());
    return unit == null ? null : QuantityLexicon.DIMENSIONS.get(unit).factor();
  }

  private static QuantityValue joined(String text, QuantityValue q, QuantityValue part, double f) {
    return new QuantityValue(
        q.start(),
        part.end(),
        text.substring(q.start(), part.end()),
        q.value() + part.value() * f,
        null,
        null,
        q.qualifier(),
        q.counted(),
        q.modifier(),
        q.alternative(),
        Math.max(q.precision() == 0 ? 0 : q.precision() * f, WHOLE_UNIT_ROUNDING * f));
  }

  private static QuantityValue rounded(QuantityValue q) {
    if (q.precision() > 0 || q.value() != Math.rint(q.value())) return q;
    return new QuantityValue(
        q.start(),
        q.end(),
        q.text(),
        q.value(),
        null,
        null,
        q.qualifier(),
        q.counted(),
        q.modifier(),
        q.alternative(),
        WHOLE_UNIT_ROUNDING);
  }
}
