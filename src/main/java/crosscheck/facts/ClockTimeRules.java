package crosscheck.facts;

import static crosscheck.facts.TimeLexicon.mod;
import static crosscheck.facts.TimeRule.END;
import static crosscheck.facts.TimeRule.group;
import static crosscheck.facts.WordPatterns.accentOptional;
import static crosscheck.facts.WordPatterns.alternation;

import crosscheck.facts.TimeRule.Language;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Times of day: 10:35 a.m., 7 p.m. EST, at 14:30, noon, a las 8 de la mañana. The date part comes
 * from the anchor (or XXXX-XX-XX without one); a date written next to the time replaces it later.
 */
final class ClockTimeRules {

  private static final String APPROX =
      "(?<approx>(?i:" + alternation(TimeLexicon.modifiers("en", "clock approximation")) + "))";
  private static final String ZONE =
      "(?<tz>" + alternation(WordLists.list("facts/time-zones.txt")) + ")";
  private static final String BEFORE_24H = beforeClock();
  private static final String HORA_PARTS = alternation(TimeNames.partsOfDay("es", true));
  private static final String HOURS_EN = alternation(TimeLexicon.cardinals("en", 1, 12));
  private static final String PARTS_EN = alternation(TimeNames.partsOfDay("en", false));

  private ClockTimeRules() {}

  static List<TimeRule> rules() {
    return List.of(
        TimeRule.of(
                "clock-ampm",
                Language.ANY,
                "m|am|pm|\\d{1,2}[ap]m",
                "(?:"
                    + APPROX
                    + "\\s+)?(?<![\\d.,:])(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\\d))?"
                    + "\\s*(?<ampm>(?i:a\\.m\\.|p\\.m\\.|am|pm))(?![\\p{L}])"
                    + "(?:\\s+"
                    + ZONE
                    + ")?",
                ClockTimeRules::clock)
            .around(45, 12),
        TimeRule.of(
                "clock-24h",
                Language.ANY,
                "\\d{1,2}[:h.]|\\d{1,2}h\\d\\d",
                "(?<=\\b(?iu:"
                    + BEFORE_24H
                    + ")\\s)(?<h>[01]?\\d|2[0-3])[:h](?<m>[0-5]\\d)"
                    + "(?:\\s*(?<tz>GMT|UTC|CET|CEST|horas|hrs|h))?"
                    + END,
                ClockTimeRules::clock)
            .around(4, 12),
        TimeRule.of(
                "hora-es",
                Language.ES,
                HORA_PARTS,
                "(?iu:a\\s+)?(?iu:las|la)\\s+(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\\d))?\\s+(?iu:de\\s+la)\\s+"
                    + "(?<part>(?iu:"
                    + HORA_PARTS
                    + "))"
                    + END,
                ClockTimeRules::clock)
            .around(20, 25),
        // "4 in the morning", "eight o'clock in the evening": the part of day settles am or pm.
        TimeRule.of(
                "clock-part-of-day",
                Language.EN,
                PARTS_EN,
                "(?<![\\d.,:$])(?<h>1[0-2]|0?[1-9]|(?i:"
                    + HOURS_EN
                    + "))(?:[:.](?<m>[0-5]\\d))?\\s+"
                    + "(?:(?i:o'clock)\\s+)?(?i:in\\s+the|at)\\s+(?<part>(?i:"
                    + PARTS_EN
                    + "))"
                    + END,
                ClockTimeRules::clock)
            .around(35, 2),
        TimeRule.of(
                "noon",
                Language.ANY,
                accentOptional(TimeNames.noonWords()),
                "(?iu:" + accentOptional(TimeNames.noonWords()) + ")" + END,
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
    // A part of the day other than the morning (TMO) is after noon.
    boolean pm =
        (ampm != null && ampm.toLowerCase().startsWith("p"))
            || (part != null && !TimeNames.partOfDay(part).equals("TMO") && h < 12);
    if (pm && h < 12) h += 12;
    if (ampm != null && ampm.toLowerCase().startsWith("a") && h == 12) h = 0;
    return at(m, c, String.format("T%02d:%02d", h, min), mod(group(m, "approx")));
  }

  private static TimeValue noon(Matcher m, TimeContext c) {
    String clock = TimeNames.noon(m.group());
    return clock == null ? null : at(m, c, clock, null);
  }

  /** "at|by|from|until|las|a\\s+las|desde|hasta": the words before a 24-hour clock time. */
  private static String beforeClock() {
    List<String> words = new ArrayList<>(WordLists.list("facts/before-clock-en.txt"));
    words.addAll(WordLists.list("facts/before-clock-es.txt"));
    return alternation(words);
  }

  private static TimeValue at(Matcher m, TimeContext c, String clock, String mod) {
    if (!c.anchored()) {
      return c.value(m, "XXXX-XX-XX" + clock, "TIME", mod, true, TimeContext.UNANCHORED);
    }
    return c.value(m, TimeAnchor.day(c.anchor) + clock, "TIME", mod, true, TimeContext.ANCHORED);
  }
}
