package crosscheck.facts;

import static crosscheck.facts.TimeRule.END;
import static crosscheck.facts.TimeRule.YEAR;
import static crosscheck.facts.TimeRule.group;
import static crosscheck.facts.WordPatterns.alternation;

import crosscheck.facts.TimeAnchor.Lean;
import crosscheck.facts.TimeRule.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Quarters and halves as results reporting names them: "the third quarter", "the year-earlier
 * period", "the 2022 quarter". In news of company results "the quarter" is the last one reported,
 * the one before the anchor's, and "a year ago" the same quarter a year before; part of {@link
 * RelativeDateRules}.
 */
final class ReportingPeriodRules {

  private ReportingPeriodRules() {}

  static List<TimeRule> rules() {
    return List.of(
        TimeRule.of(
                "quarter",
                Language.EN,
                "quarter|half",
                "(?:(?i:the)\\s+)?(?:(?<rel>(?i:last|latest|current|this|next|previous|past|year-earlier"
                    + "|year-ago|comparable|same))\\s+)?(?:(?<year1>"
                    + YEAR
                    + ")\\s+)?(?:(?<yrel>(?i:this|last"
                    + "|next)\\s+year's)\\s+)?(?:(?i:fiscal)\\s+)?(?<ord>(?i:"
                    + alternation(TimeNames.quarterOrdinals())
                    + "))[-\\s](?<unit>(?i:quarter|half))(?:\\s+(?i:of)\\s+(?:(?i:fiscal)\\s+)?"
                    + "(?<year2>"
                    + YEAR
                    + "))?"
                    + END,
                ReportingPeriodRules::quarter)
            .around(45, 25),
        TimeRule.of(
                "reported-quarter",
                Language.EN,
                "quarter|period",
                "(?i:the)\\s+(?:(?<rel>(?i:year-earlier|year-ago|comparable|latest|same))\\s+)?"
                    + "(?<unit>(?i:quarter|period))"
                    + END
                    + "(?!-)",
                ReportingPeriodRules::reportedQuarter)
            .around(30, 2),
        // "year-earlier profit", "the year-ago period": in results reporting, the same period a
        // year
        // before the one just reported.
        TimeRule.of(
                "year-ago",
                Language.EN,
                "year",
                "(?:(?i:the)\\s+)?(?:(?i:comparable|corresponding)\\s+)?(?i:year-ago|year-earlier)"
                    + "(?:\\s+(?i:period|quarter))?"
                    + END
                    + "(?!\\s+(?:\\p{L}+\\s+)?(?i:months|weeks|years|quarters)\\b)",
                ReportingPeriodRules::yearAgo)
            .around(30, 20),
        // "the 1988 quarter" in a results report is that year's quarter matching the one reported.
        TimeRule.of(
                "year-quarter",
                Language.EN,
                "quarter|period",
                "(?i:the)\\s+(?<year>" + YEAR + ")\\s+(?<unit>(?i:quarter|period))" + END,
                ReportingPeriodRules::yearQuarter)
            .around(15, 2));
  }

  private static TimeValue quarter(Matcher m, TimeContext c) {
    int ord = TimeNames.quarterOrdinal(m.group("ord"));
    boolean half = m.group("unit").toLowerCase().equals("half");
    if (half && ord > 2) return null;
    String explicit = group(m, "year1") != null ? m.group("year1") : group(m, "year2");
    String code = (half ? "H" : "Q") + ord;
    if (explicit != null) {
      return c.value(m, explicit + "-" + code, "DATE", null, false, TimeContext.ABSOLUTE);
    }
    if (!c.anchored())
      return c.value(m, "XXXX-" + code, "DATE", null, true, TimeContext.UNANCHORED);
    int year = c.anchor.getYear();
    String rel = group(m, "rel") == null ? "" : m.group("rel").toLowerCase();
    String yrel = group(m, "yrel") == null ? "" : m.group("yrel").toLowerCase();
    int current = half ? (c.anchor.getMonthValue() <= 6 ? 1 : 2) : TimeAnchor.quarterOf(c.anchor);
    // A quarter not yet begun is last year's unless the sentence looks ahead.
    if (ord > current && c.lean(m.start(), m.end()) != Lean.FUTURE) year--;
    if (rel.startsWith("year-") || rel.equals("comparable") || yrel.startsWith("last")) year--;
    if (yrel.startsWith("next")) year++;
    return c.value(
        m, String.format("%04d-%s", year, code), "DATE", null, true, TimeContext.ANCHORED);
  }

  private static TimeValue reportedQuarter(Matcher m, TimeContext c) {
    String rel = group(m, "rel") == null ? "" : m.group("rel").toLowerCase();
    boolean period = m.group("unit").equalsIgnoreCase("period");
    // "the period" needs a results word to be a quarter; "the quarter" in news is the last one
    // reported, the one before the anchor's.
    if (period && rel.isEmpty()) return null;
    if (period && !c.sentenceMentions(m.start(), "quarter")) return null;
    if (!c.anchored()) return RelativeDateRules.unanchored(m, c, null, "DATE");
    LocalDate d = c.anchor.minusMonths(3);
    if (rel.startsWith("year-") || rel.equals("comparable")) d = d.minusYears(1);
    return c.value(
        m,
        TimeAnchor.quarter(d.getYear(), TimeAnchor.quarterOf(d)),
        "DATE",
        null,
        true,
        TimeContext.GUESSED);
  }

  private static TimeValue yearQuarter(Matcher m, TimeContext c) {
    if (!c.anchored()) return null;
    boolean period = m.group("unit").equalsIgnoreCase("period");
    if (period && !c.recentlyMentions(m.start(), "quarter")) return null;
    int year = Integer.parseInt(m.group("year"));
    LocalDate reported = c.anchor.minusMonths(3);
    // Only a year near the report's: older years are history, not a comparison.
    if (year > reported.getYear() || year < reported.getYear() - 1) return null;
    return c.value(
        m,
        TimeAnchor.quarter(year, TimeAnchor.quarterOf(reported)),
        "DATE",
        null,
        true,
        TimeContext.GUESSED);
  }

  private static TimeValue yearAgo(Matcher m, TimeContext c) {
    if (!c.anchored()) return RelativeDateRules.unanchored(m, c, null, "DATE");
    if (m.group().toLowerCase().endsWith("quarter") || c.recentlyMentions(m.start(), "quarter")) {
      LocalDate d = c.anchor.minusMonths(3).minusYears(1);
      return c.value(
          m,
          TimeAnchor.quarter(d.getYear(), TimeAnchor.quarterOf(d)),
          "DATE",
          null,
          true,
          TimeContext.GUESSED);
    }
    return c.value(
        m, TimeAnchor.year(c.anchor.minusYears(1)), "DATE", null, true, TimeContext.GUESSED);
  }
}
