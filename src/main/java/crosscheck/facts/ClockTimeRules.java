package crosscheck.facts;

import static crosscheck.facts.TimeRule.END;
import static crosscheck.facts.TimeRule.group;
import static crosscheck.facts.TimeRule.mod;

import crosscheck.facts.TimeRule.Language;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Times of day: 10:35 a.m., 7 p.m. EST, at 14:30, noon, a las 8 de la mañana. The date part comes
 * from the anchor (or XXXX-XX-XX without one); a date written next to the time replaces it later.
 */
final class ClockTimeRules {

  private ClockTimeRules() {}

  static List<TimeRule> rules() {
    return List.of(
        TimeRule.of(
            "clock-ampm",
            Language.ANY,
            "m|am|pm|\\d{1,2}[ap]m",
            "(?:(?<approx>(?i:about|around|approximately|shortly\\s+(?:before|after)"
                + "|just\\s+(?:before|after)))\\s+)?(?<![\\d.,:])(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\\d))?"
                + "\\s*(?<ampm>(?i:a\\.m\\.|p\\.m\\.|am|pm))(?![\\p{L}])"
                + "(?:\\s+(?<tz>EST|EDT|ET|GMT|UTC|PST|PDT|CST|CDT|CET|CEST|BST))?",
            ClockTimeRules::clock)
            .around(45, 12),
        TimeRule.of(
            "clock-24h",
            Language.ANY,
            "\\d{1,2}[:h.]|\\d{1,2}h\\d\\d",
            "(?<=\\b(?iu:at|by|from|until|las|a\\s+las|desde|hasta)\\s)(?<h>[01]?\\d|2[0-3])[:h](?<m>[0-5]\\d)"
                + "(?:\\s*(?<tz>GMT|UTC|CET|CEST|horas|hrs|h))?" + END,
            ClockTimeRules::clock)
            .around(4, 12),
        TimeRule.of(
            "hora-es",
            Language.ES,
            "mañana|tarde|noche|madrugada",
            "(?iu:a\\s+)?(?iu:las|la)\\s+(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\\d))?\\s+(?iu:de\\s+la)\\s+"
                + "(?<part>(?iu:mañana|tarde|noche|madrugada))" + END,
            ClockTimeRules::clock)
            .around(20, 25),
        // "4 in the morning", "eight o'clock in the evening": the part of day settles am or pm.
        TimeRule.of(
            "clock-part-of-day",
            Language.EN,
            "morning|afternoon|evening|night",
            "(?<![\\d.,:$])(?<h>1[0-2]|0?[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten"
                + "|eleven|twelve))(?:[:.](?<m>[0-5]\\d))?\\s+(?:(?i:o'clock)\\s+)?(?i:in\\s+the|at)"
                + "\\s+(?<part>(?i:morning|afternoon|evening|night))" + END,
            ClockTimeRules::clock)
            .around(35, 2),
        TimeRule.of(
            "noon",
            Language.ANY,
            "noon|midday|midnight|mediodía|mediodia|medianoche",
            "(?iu:noon|midday|midnight|mediod[ií]a|medianoche)" + END,
            ClockTimeRules::noon)
            .around(1, 1));
  }

  private static TimeValue clock(Matcher m, TimeContext c) {
    Double hour = TimeLexicon.number(m.group("h"));
    if (hour == null) return null;
    int h = hour.intValue();
    int min = group(m, "m") == null ? 0 : Integer.parseInt(m.group("m"));
    String ampm = group(m, "ampm");
    String part = group(m, "part");
    boolean pm = (ampm != null && ampm.toLowerCase().startsWith("p"))
        || (part != null && !TimeLexicon.key(part).equals("manana")
            && !TimeLexicon.key(part).equals("madrugada")
            && !TimeLexicon.key(part).equals("morning") && h < 12);
    if (pm && h < 12) h += 12;
    if (ampm != null && ampm.toLowerCase().startsWith("a") && h == 12) h = 0;
    return at(m, c, String.format("T%02d:%02d", h, min), mod(group(m, "approx")));
  }

  private static TimeValue noon(Matcher m, TimeContext c) {
    String w = TimeLexicon.key(m.group());
    return at(m, c, w.startsWith("midn") || w.startsWith("median") ? "T24:00" : "T12:00", null);
  }

  private static TimeValue at(Matcher m, TimeContext c, String clock, String mod) {
    if (!c.anchored()) {
      return c.value(m, "XXXX-XX-XX" + clock, "TIME", mod, true, TimeContext.UNANCHORED);
    }
    return c.value(m, TimeAnchor.day(c.anchor) + clock, "TIME", mod, true, TimeContext.ANCHORED);
  }
}
