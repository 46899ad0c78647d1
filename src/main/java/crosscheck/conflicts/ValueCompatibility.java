package crosscheck.conflicts;

import crosscheck.facts.Quantities;
import crosscheck.facts.QuantityValue;
import crosscheck.facts.TimeValue;
import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two stated values can describe the same true value, and whether two quantities are about
 * the same attribute at all. Values are compatible when the ranges they allow overlap: "July 2023"
 * contains "July 16, 2023"; "late July" contains "July 26"; "some 4,200" allows 4,234. Stateless
 * and thread-safe.
 */
public final class ValueCompatibility {

  /** A stated date as the closed range of days it allows; {@code year} null for "XXXX-07-20". */
  public record DateRange(Integer year, LocalDate first, LocalDate last) {

    /** Days the range allows: narrower ranges are finer statements. */
    public long days() {
      if (first.equals(LocalDate.MIN) || last.equals(LocalDate.MAX)) return Long.MAX_VALUE / 4;
      return last.toEpochDay() - first.toEpochDay() + 1;
    }
  }

  // Year-less dates ("XXXX-07-20") are laid on a leap year so that February 29 exists.
  private static final int PLACEHOLDER_YEAR = 2000;

  private static final Pattern YEAR_FIRST =
      Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
  private static final Pattern PART = Pattern.compile("^(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})$");
  private static final Pattern CENTURY = Pattern.compile("^(\\d{2})$");

  // Words standing in for a noun named elsewhere ("20 unidentified ones").
  private static final Set<String> ELLIPTICAL_NOUNS =
      Set.copyOf(WordLists.set("conflicts/noun-stand-ins-en.txt"));

  // Plurals the rules of countedLemma would not reduce to their lemma ("people" -> "person").
  private static final Map<String, String> IRREGULAR_PLURALS =
      WordLists.map("conflicts/irregular-plurals.tsv");

  private ValueCompatibility() {}

  // ---------------------------------------------------------------------------------- dates

  /** Whether two event dates can be the same day (false when either cannot be read as a date). */
  public static boolean datesCompatible(TimeValue a, TimeValue b) {
    return datesCompatible(a.value(), a.mod(), b.value(), b.mod());
  }

  /** As {@link #datesCompatible(TimeValue, TimeValue)} on ISO values and TimeML mods. */
  public static boolean datesCompatible(String valueA, String modA, String valueB, String modB) {
    DateRange a = dateRange(valueA, modA);
    DateRange b = dateRange(valueB, modB);
    return a != null && b != null && overlap(a, b);
  }

  /** Whether two readable date ranges overlap; a year-less range is tried in the other's years. */
  public static boolean overlap(DateRange a, DateRange b) {
    if ((a.year() == null) == (b.year() == null)) return overlaps(a.first(), a.last(), b);
    DateRange yearless = a.year() == null ? a : b;
    DateRange dated = a.year() == null ? b : a;
    if (dated.days() > 366 * 3) return true; // a decade or an open bound holds some July 20
    for (int y = dated.first().getYear(); y <= dated.last().getYear(); y++) {
      LocalDate first =
          moveToYear(yearless.first(), y + yearless.first().getYear() - PLACEHOLDER_YEAR);
      LocalDate last =
          moveToYear(yearless.last(), y + yearless.last().getYear() - PLACEHOLDER_YEAR);
      if (first != null && last != null && overlaps(first, last, dated)) return true;
    }
    return false;
  }

  /**
   * Days between two ranges that do not overlap, 0 when they do; a year-less range is laid in the
   * other's years (the nearest), two year-less ones in one year.
   */
  public static long gapDays(DateRange a, DateRange b) {
    if (overlap(a, b)) return 0;
    if ((a.year() == null) == (b.year() == null))
      return gap(a.first(), a.last(), b.first(), b.last());
    DateRange yearless = a.year() == null ? a : b;
    DateRange dated = a.year() == null ? b : a;
    long best = Long.MAX_VALUE;
    for (int y = dated.first().getYear() - 1;
        y <= dated.last().getYear() + 1 && y - dated.first().getYear() < 12;
        y++) {
      LocalDate first =
          moveToYear(yearless.first(), y + yearless.first().getYear() - PLACEHOLDER_YEAR);
      LocalDate last =
          moveToYear(yearless.last(), y + yearless.last().getYear() - PLACEHOLDER_YEAR);
      best = Math.min(best, gap(first, last, dated.first(), dated.last()));
    }
    return best;
  }

  private static long gap(LocalDate firstA, LocalDate lastA, LocalDate firstB, LocalDate lastB) {
    if (lastA.isBefore(firstB)) return firstB.toEpochDay() - lastA.toEpochDay();
    if (lastB.isBefore(firstA)) return firstA.toEpochDay() - lastB.toEpochDay();
    return 0;
  }

  /**
   * The days an ISO 8601 value at its stated precision allows, narrowed or widened by its mod
   * (START, MID, END: a third of the period, with some slack; APPROX: a few days, weeks or a year
   * around it; BEFORE, AFTER: open on one side); null when the value is not a calendar date
   * (durations, PRESENT_REF, unresolved values).
   */
  public static DateRange dateRange(String value, String mod) {
    if (value == null) return null;
    DateRange r = plainRange(value.trim());
    if (r == null || mod == null) return r;
    long days = r.days();
    LocalDate first = r.first();
    LocalDate last = r.last();
    long third = (days + 2) / 3;
    long slack = Math.max(1, days / 12); // borders of "early" and "mid" are loose in speech
    switch (mod) {
      case "START", "EARLY" -> last = r.first().plusDays(third - 1 + slack);
      case "MID" -> {
        first = r.first().plusDays(days / 3 - slack);
        last = r.first().plusDays(2 * days / 3 - 1 + slack);
      }
      case "END", "LATE" -> first = r.last().minusDays(third - 1 + slack);
      case "APPROX" -> {
        long widen = days <= 7 ? 3 : days <= 31 ? 10 : days <= 366 ? 183 : days / 5;
        first = first.minusDays(widen);
        last = last.plusDays(widen);
      }
      case "BEFORE", "ON_OR_BEFORE", "LESS_THAN" -> first = LocalDate.MIN;
      case "AFTER", "ON_OR_AFTER", "MORE_THAN" -> last = LocalDate.MAX;
      default -> {}
    }
    return new DateRange(r.year(), first, last);
  }

  private static DateRange plainRange(String v) {
    try {
      Matcher m = YEAR_FIRST.matcher(v);
      if (m.matches()) {
        boolean yearless = m.group(1).equals("XXXX");
        if (yearless && m.group(2) == null) return null;
        int year = yearless ? PLACEHOLDER_YEAR : Integer.parseInt(m.group(1));
        Integer stated = yearless ? null : year;
        if (m.group(2) == null) {
          return new DateRange(stated, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
          LocalDate first = LocalDate.of(year, month, 1);
          return new DateRange(stated, first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        return new DateRange(stated, day, day);
      }
      m = WEEK.matcher(v);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        LocalDate monday =
            LocalDate.of(year, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(DayOfWeek.MONDAY);
        return new DateRange(year, monday, monday.plusDays(6));
      }
      m = PART.matcher(v);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        int[] months =
            switch (m.group(2)) {
              case "Q1" -> new int[] {1, 3};
              case "Q2" -> new int[] {4, 6};
              case "Q3" -> new int[] {7, 9};
              case "Q4" -> new int[] {10, 12};
              case "H1" -> new int[] {1, 6};
              case "H2" -> new int[] {7, 12};
              case "SP" -> new int[] {3, 5};
              case "SU" -> new int[] {6, 8};
              case "FA", "AU" -> new int[] {9, 11};
              default -> new int[] {12, 14}; // winter runs into the next year
            };
        LocalDate first = LocalDate.of(year, months[0], 1);
        LocalDate last =
            first.plusMonths(months[1] - months[0]).with(TemporalAdjusters.lastDayOfMonth());
        return new DateRange(year, first, last);
      }
      m = DECADE.matcher(v);
      if (m.matches()) {
        int start = Integer.parseInt(m.group(1)) * 10;
        return new DateRange(start, LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31));
      }
      m = CENTURY.matcher(v);
      if (m.matches()) {
        int start = Integer.parseInt(m.group(1)) * 100;
        return new DateRange(start, LocalDate.of(start, 1, 1), LocalDate.of(start + 99, 12, 31));
      }
    } catch (RuntimeException invalidDate) {
      return null; // "2023-02-30", "2023-W54": not a day on the calendar
    }
    return null;
  }

  /** The stated year of an ISO value ("2023-07-16" -> "2023"), null when it states none. */
  public static String yearOf(String value) {
    if (value == null || value.length() < 4) return null;
    for (int i = 0; i < 4; i++) if (!Character.isDigit(value.charAt(i))) return null;
    return value.length() == 4 || value.charAt(4) == '-' ? value.substring(0, 4) : null;
  }

  private static boolean overlaps(LocalDate first, LocalDate last, DateRange other) {
    return !first.isAfter(other.last()) && !other.first().isAfter(last);
  }

  private static LocalDate moveToYear(LocalDate d, int year) {
    if (d.equals(LocalDate.MIN) || d.equals(LocalDate.MAX)) return d;
    if (d.getMonthValue() == 2 && d.getDayOfMonth() == 29 && !java.time.Year.isLeap(year)) {
      return LocalDate.of(year, 2, 28);
    }
    return d.withYear(year);
  }

  // ----------------------------------------------------------------------------- quantities

  /** Whether two amounts can be the same true amount ({@link Quantities#compatible}). */
  public static boolean quantitiesCompatible(QuantityValue a, QuantityValue b) {
    return Quantities.compatible(a, b);
  }

  /**
   * Whether two quantities measure the same attribute, so that comparing them means something: the
   * same counted noun (by lemma) with the same modifier ("55 identified bodies" is a part, never
   * compared with "75 bodies"), or no counted noun on either side and units of one dimension (or
   * none on both).
   */
  public static boolean comparable(QuantityValue a, QuantityValue b) {
    if (!Objects.equals(countedLemma(a.counted()), countedLemma(b.counted()))) return false;
    if (!Objects.equals(Folding.fold(a.modifier()), Folding.fold(b.modifier()))) return false;
    return sameDimension(a.unit(), b.unit());
  }

  /** Whether two units measure one dimension (km and m; USD and EUR), or both are absent. */
  public static boolean sameDimension(String unitA, String unitB) {
    if (Objects.equals(unitA, unitB)) return true;
    if (unitA == null || unitB == null) return false;
    // Two open ranges overlap exactly when the units convert into each other.
    return Quantities.compatible(openRange(unitA), openRange(unitB));
  }

  /** Whether a unit is a currency (ISO 4217 code). */
  public static boolean isMoney(String unit) {
    if (unit == null || unit.length() != 3 || !unit.equals(unit.toUpperCase(Locale.ROOT)))
      return false;
    try {
      java.util.Currency.getInstance(unit);
      return true;
    } catch (IllegalArgumentException notACurrency) {
      return false;
    }
  }

  private static QuantityValue openRange(String unit) {
    return new QuantityValue(0, 0, "", 0, Double.MAX_VALUE / 1e6, unit, "RANGE", null);
  }

  /**
   * The lemma of a counted noun, folded ("Passengers" -> "passenger", "muertos" -> "muerto"); null
   * for none and for stand-ins ("20 unidentified ones").
   */
  public static String countedLemma(String counted) {
    String f = Folding.fold(counted);
    if (f == null || f.isEmpty() || ELLIPTICAL_NOUNS.contains(f)) return null;
    String irregular = IRREGULAR_PLURALS.get(f);
    if (irregular != null) return irregular;
    if (f.endsWith("ies") && f.length() > 4) return f.substring(0, f.length() - 3) + "y";
    if (f.matches(".*(?:ss|sh|ch|x|z)es")) return f.substring(0, f.length() - 2);
    if (f.endsWith("s") && !f.endsWith("ss") && f.length() > 3) {
      return f.substring(0, f.length() - 1);
    }
    return f;
  }

  /** How wide an amount's range is, relative to its size: exact counts are the finest. */
  public static double spread(QuantityValue q) {
    double v = Math.abs(Quantities.baseValue(q));
    double base = q.precision() / Math.max(1, Math.abs(q.value()));
    return switch (q.qualifierKind()) {
      case EXACT -> base;
      case APPROX -> base + 0.2;
      case RANGE ->
          base + ((q.upper() == null ? q.value() : q.upper()) - q.value()) / Math.max(1, v);
      default -> 1e9; // a bound allows infinitely many amounts
    };
  }
}
