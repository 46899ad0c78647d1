package crosscheck.facts;

import static crosscheck.facts.TimeLexicon.mod;
import static crosscheck.facts.TimeLexicon.unitWords;
import static crosscheck.facts.TimeRule.END;
import static crosscheck.facts.TimeRule.POS_EN;
import static crosscheck.facts.TimeRule.POS_ES;
import static crosscheck.facts.TimeRule.group;
import static crosscheck.facts.WordPatterns.alternation;
import static crosscheck.facts.WordPatterns.firstWords;

import crosscheck.facts.TimeRule.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Units of time named from the day of writing, a family of {@link RelativeDateRules}: this week,
 * next year, the full year, the end of the month, year-end; el mes pasado, este siglo.
 */
final class UnitFromWritingRules {
  private UnitFromWritingRules() {}

  static List<TimeRule> rules() {
    List<TimeRule> rules = new ArrayList<>(english());
    rules.addAll(spanish());
    return rules;
  }

  /** this week, the full year, the end of the month, year-end. */
  private static List<TimeRule> english() {
    List<String> shiftedUnits =
        unitWords("en", "singular", Set.of("W", "WE", "M", "Y", "Q", "DE", "CE"));
    List<String> partUnits = unitWords("en", "singular", Set.of("W", "M"));
    return List.of(
        TimeRule.of(
                "this-unit",
                Language.EN,
                alternation(shiftedUnits),
                POS_EN
                    + "(?:(?i:the)\\s+)?(?<rel>(?i:this|last|next|past|previous|coming|current"
                    + "|following|latest|same))\\s+(?<unit>(?i:"
                    + alternation(shiftedUnits)
                    + "))"
                    + END
                    + "(?!-)",
                UnitFromWritingRules::thisUnit)
            .around(50, 2),
        // "sales for the full year", "a high for the year": in news, the year being reported on.
        TimeRule.of(
                "the-year",
                Language.EN,
                "year",
                "(?i:the)\\s+(?:(?i:full|current|whole|entire)\\s+)?(?i:year)"
                    + END
                    + "(?!-|'|\\s+(?i:ended|ending|that|ago|earlier|before|after|later|when|in\\s+which"
                    + "|two|nineteen|twenty)\\b)",
                (m, c) ->
                    c.anchored()
                        ? c.value(
                            m, TimeAnchor.year(c.anchor), "DATE", null, true, TimeContext.GUESSED)
                        : RelativeDateRules.unanchored(m, c, null, "DATE"))
            .around(20, 2),
        // "by the end of the month": the anchor's week or month, with the part as its mod.
        TimeRule.of(
                "part-of-unit",
                Language.EN,
                alternation(partUnits),
                "(?<pos>(?i:(?:the\\s+)?(?:end|beginning|start|middle)\\s+of))\\s+(?i:the|this)\\s+"
                    + "(?<unit>(?i:"
                    + alternation(partUnits)
                    + "))"
                    + END,
                (m, c) ->
                    c.anchored()
                        ? c.value(
                            m,
                            TimeAnchor.shifted(c.anchor, TimeLexicon.unit(m.group("unit")), 0),
                            "DATE",
                            mod(m.group("pos")),
                            true,
                            TimeContext.ANCHORED)
                        : RelativeDateRules.unanchored(m, c, mod(m.group("pos")), "DATE"))
            .around(25, 2),
        TimeRule.of(
                "year-end",
                Language.EN,
                "year|end",
                "(?i:(?:the\\s+)?year(?:'s)?[-\\s]end|(?:the\\s+)?end\\s+of\\s+the\\s+year)" + END,
                (m, c) ->
                    c.anchored()
                        ? c.value(
                            m, TimeAnchor.year(c.anchor), "DATE", "END", true, TimeContext.ANCHORED)
                        : c.value(m, null, "DATE", "END", true, TimeContext.UNANCHORED))
            .around(12, 16));
  }

  /** el mes pasado, este siglo, la semana que viene. */
  private static List<TimeRule> spanish() {
    List<String> unidades =
        unitWords("es", "singular", Set.of("W", "M", "Y", "Q", "WE", "DE", "CE"));
    return List.of(
        TimeRule.of(
                "esta-unidad",
                Language.ES,
                alternation(firstWords(unidades)),
                POS_ES
                    + "(?:(?iu:el|la|del|de\\s+la)\\s+)?(?:(?<rel>(?iu:pasado|pasada|próximo|próxima"
                    + "|proximo|proxima|último|última|ultimo|ultima|este|esta))\\s+)?(?<unit>(?iu:"
                    + alternation(unidades)
                    + "))(?:\\s+(?<rel2>(?iu:pasado"
                    + "|pasada|próximo|próxima|proximo|proxima|que\\s+viene|entrante|anterior|actual"
                    + "|en\\s+curso)))?"
                    + END,
                UnitFromWritingRules::thisUnit)
            .around(45, 25));
  }

  static TimeValue thisUnit(Matcher m, TimeContext c) {
    String rel = group(m, "rel");
    if (rel == null) rel = group(m, "rel2");
    if (rel == null) return null;
    String r = TimeLexicon.key(rel).replaceAll("\\s+", " ");
    String unit = TimeLexicon.unit(m.group("unit").replaceAll("\\s+", " "));
    String mod = mod(group(m, "pos"));
    int shift = TimeNames.shift(r);
    // "the latest quarter" in a report is the one that just closed.
    if (r.equals("latest") && !"Q".equals(unit)) shift = 0;
    if (unit == null) return null;
    if (!c.anchored()) return RelativeDateRules.unanchored(m, c, mod, "DATE");
    String v = TimeAnchor.shifted(c.anchor, unit, shift);
    return c.value(m, v, "DATE", mod, true, TimeContext.ANCHORED);
  }
}
