package crosscheck.facts;

import static crosscheck.facts.TimeLexicon.WEEKDAY_ES_TRIGGER;
import static crosscheck.facts.TimeLexicon.countedUnits;
import static crosscheck.facts.TimeLexicon.mod;
import static crosscheck.facts.TimeLexicon.unitWords;
import static crosscheck.facts.TimeRule.APPROX_EN;
import static crosscheck.facts.TimeRule.APPROX_ES;
import static crosscheck.facts.TimeRule.END;
import static crosscheck.facts.TimeRule.UNITS_EN;
import static crosscheck.facts.TimeRule.UNITS_ES;
import static crosscheck.facts.TimeRule.group;
import static crosscheck.facts.WordPatterns.alternation;

import crosscheck.facts.TimeRule.Language;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations (three years = P3Y, dos semanas = P2W) and sets (every year, cada mes, daily): two
 * families of rules, durations first.
 */
final class DurationSetRules {

  /** Just before "a day" / "a year" these make it a rate ("$5 a day", "twice a year"), a set. */
  private static final Pattern RATE_BEFORE =
      Pattern.compile(
          "(?i)(?:\\d|%|" + alternation(WordLists.list("facts/rate-words.txt")) + ")\\s*$");

  /** An amount just before a frequency word ("8.5% annually", "$2 million annually"). */
  private static final Pattern AMOUNT_BEFORE =
      Pattern.compile(
          "(?i)(?:\\d%?|%|" + alternation(WordLists.list("facts/amount-words.txt")) + ")\\s*$");

  private static final String DETERMINERS_EN =
      alternation(WordLists.list("facts/before-duration-en.txt"));
  private static final String SPAN_ADJECTIVES_EN =
      alternation(WordLists.list("facts/duration-span-adjectives-en.txt"));
  private static final String SPAN_ADJECTIVES_ES =
      alternation(WordLists.list("facts/duration-span-adjectives-es.txt"));
  private static final String COUNT_ADJECTIVES_EN =
      alternation(WordLists.list("facts/duration-count-adjectives-en.txt"));
  private static final String BEFORE_VAGUE_DURATION =
      alternation(WordLists.list("facts/before-vague-duration-en.txt"));
  private static final List<String> VAGUE_UNITS =
      unitWords("en", "plural", Set.of("Y", "M", "W", "DE", "CE"));
  private static final List<String> LONG_UNITS = unitWords("en", "plural", Set.of("DE", "Y"));

  private DurationSetRules() {}

  static List<TimeRule> rules() {
    List<TimeRule> rules = new ArrayList<>(durations());
    rules.addAll(sets());
    return List.copyOf(rules);
  }

  /** three years, the past two weeks, an additional year, dos semanas, for years, decades-long. */
  private static List<TimeRule> durations() {
    return List.of(
        TimeRule.of(
                "duration",
                Language.EN,
                alternation(countedUnits("en")),
                "(?:"
                    + APPROX_EN
                    + "\\s+)?(?:(?<the>(?i:"
                    + DETERMINERS_EN
                    + ")\\s+(?:(?i:"
                    + SPAN_ADJECTIVES_EN
                    + ")\\s+)?))?"
                    + "(?<num>"
                    + TimeLexicon.NUMBER_EN
                    + ")[-\\s]+"
                    + "(?:(?i:"
                    + COUNT_ADJECTIVES_EN
                    + ")\\s+)?"
                    + "(?<unit>"
                    + UNITS_EN
                    + ")(?:-(?i:long|old))?"
                    + END,
                (m, c) -> duration(m, c, true))
            .around(60, 8),
        TimeRule.of(
                "duracion",
                Language.ES,
                alternation(countedUnits("es")),
                "(?:"
                    + APPROX_ES
                    + "\\s+)?(?:(?<the>(?iu:los|las)\\s+(?iu:"
                    + SPAN_ADJECTIVES_ES
                    + ")\\s+))?"
                    + "(?<num>"
                    + TimeLexicon.NUMBER_ES
                    + ")\\s+(?<unit>"
                    + UNITS_ES
                    + ")"
                    + END,
                (m, c) -> duration(m, c, false))
            .around(60, 8),
        // "the year ended Sept. 30" is a twelve-month reporting period, not a calendar year.
        TimeRule.of(
                "year-ended",
                Language.EN,
                "year",
                "(?i:the)\\s+(?:(?i:fiscal)\\s+)?(?i:year)(?=\\s+(?i:ended|ending|that\\s+ended)\\b)",
                (m, c) -> c.value(m, "P1Y", "DURATION", null, false, 0.8))
            .around(20, 2),
        TimeRule.of(
                "vague-duration",
                Language.EN,
                alternation(VAGUE_UNITS),
                "(?:(?<=\\b(?i:"
                    + BEFORE_VAGUE_DURATION
                    + ")\\s)(?<unit>(?i:"
                    + alternation(VAGUE_UNITS)
                    + "))|(?<unit2>(?i:"
                    + alternation(LONG_UNITS)
                    + "))-long)"
                    + END,
                DurationSetRules::vague)
            .around(2, 6));
  }

  /** every year, each other week, cada mes, todos los años, on Mondays, los lunes, annually. */
  private static List<TimeRule> sets() {
    return List.of(
        TimeRule.of(
                "every",
                Language.EN,
                "every|each|per",
                "(?i:every|each|per)\\s+(?:(?<other>(?i:other))\\s+)?(?:(?<num>"
                    + TimeLexicon.NUMBER_EN
                    + ")\\s+)?(?<unit>"
                    + UNITS_EN
                    + ")",
                DurationSetRules::every)
            .around(2, 40),
        TimeRule.of(
                "cada",
                Language.ES,
                "cada|por|todos|todas",
                "(?:(?iu:cada|por)\\s+(?:(?<num>"
                    + TimeLexicon.NUMBER_ES
                    + ")\\s+)?(?<unit>"
                    + UNITS_ES
                    + ")|(?iu:todos\\s+los|todas\\s+las)\\s+(?<unit2>(?iu:"
                    + alternation(unitWords("es", "plural", Set.of("Y", "M", "D", "W")))
                    + ")))"
                    + END,
                DurationSetRules::every)
            .around(2, 40),
        TimeRule.of(
                "every-weekday",
                Language.ANY,
                "(?:" + TimeLexicon.WEEKDAY_EN_TRIGGER + ")s?|" + WEEKDAY_ES_TRIGGER,
                "(?:(?iu:every|each|cada|los|todos\\s+los)\\s+)?(?<wd>"
                    + TimeLexicon.WEEKDAY_EN
                    + "|"
                    + TimeLexicon.WEEKDAY_ES
                    + ")(?<plural>s)?"
                    + END,
                DurationSetRules::everyWeekday)
            .around(16, 12),
        TimeRule.of(
                "every-month",
                Language.ANY,
                "every|each|cada",
                "(?iu:every|each|cada)\\s+(?<mon>"
                    + TimeLexicon.MONTH_EN
                    + "|"
                    + TimeLexicon.MONTH_ES
                    + ")",
                (m, c) ->
                    c.value(
                        m,
                        String.format("XXXX-%02d", TimeLexicon.month(m.group("mon"))),
                        "SET",
                        null,
                        false,
                        0.85))
            .around(2, 16),
        TimeRule.of(
                "frequency-word",
                Language.ANY,
                alternation(TimeNames.frequencyWords()),
                "(?iu:" + alternation(TimeNames.frequencyWords()) + ")" + END,
                DurationSetRules::frequencyWord)
            .around(1, 1));
  }

  private static TimeValue duration(Matcher m, TimeContext c, boolean english) {
    String unit = TimeLexicon.unit(m.group("unit"));
    Double n = TimeLexicon.number(m.group("num"));
    if (unit == null || n == null) return null;
    String numWord = TimeLexicon.key(m.group("num"));
    boolean article = TimeLexicon.isArticle(numWord);
    // "a second time", "a quarter of the votes", "one second" are not durations.
    if (unit.equals("S") && (article || numWord.equals("one"))) return null;
    if (unit.equals("Q") && article) return null;
    if (n > 0 && n != TimeLexicon.VAGUE && n > 500) return null;
    // Ages ("a 6-year-old", "52 years old") and fractions ("three-quarters") are not durations.
    String after = c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 5));
    if (m.group().toLowerCase().endsWith("-old") || after.matches("(?s)\\s+old\\b.*")) return null;
    if (unit.equals("Q") && m.group().contains("-")) return null;
    if (article && english && m.group("the") == null && group(m, "approx") == null) {
      String before = c.text.substring(Math.max(0, m.start() - 20), m.start());
      if (RATE_BEFORE.matcher(before).find()) {
        return c.value(m, TimeAnchor.duration(1, unit), "SET", null, false, 0.8);
      }
    }
    // "the year" alone is not a duration; "the two years" is.
    String value = TimeAnchor.duration(n, unit);
    String approx = group(m, "approx");
    // "over the next two years" is a span of time, not "more than two years".
    if (approx != null && group(m, "the") != null && approx.equalsIgnoreCase("over")) {
      return c.value(m, m.start("the"), value, "DURATION", null, false, 0.85);
    }
    return c.value(m, value, "DURATION", mod(approx), false, 0.85);
  }

  private static TimeValue vague(Matcher m, TimeContext c) {
    String u = group(m, "unit") != null ? m.group("unit") : m.group("unit2");
    return c.value(
        m,
        TimeAnchor.duration(TimeLexicon.VAGUE, TimeLexicon.unit(u)),
        "DURATION",
        null,
        false,
        0.7);
  }

  private static TimeValue every(Matcher m, TimeContext c) {
    String u = group(m, "unit") != null ? m.group("unit") : m.group("unit2");
    String unit = TimeLexicon.unit(u);
    if (unit == null) return null;
    double n = 1;
    if (group(m, "num") != null) {
      Double parsed = TimeLexicon.number(m.group("num"));
      if (parsed == null) return null;
      n = parsed;
    }
    if (group(m, "other") != null) n = 2;
    return c.value(m, TimeAnchor.duration(n, unit), "SET", null, false, 0.85);
  }

  private static TimeValue everyWeekday(Matcher m, TimeContext c) {
    String whole = m.group().toLowerCase();
    boolean spanish = !Character.isUpperCase(m.group("wd").charAt(0));
    boolean quantified = !whole.startsWith(m.group("wd").toLowerCase());
    // A singular English day name is a date, left to the weekday rule.
    if (!quantified && (spanish || group(m, "plural") == null)) return null;
    if (whole.startsWith("each")
        || whole.startsWith("every")
        || whole.startsWith("cada")
        || whole.startsWith("los")
        || whole.startsWith("todos")
        || group(m, "plural") != null) {
      int wd = TimeLexicon.weekday(m.group("wd"));
      return c.value(m, "XXXX-WXX-" + wd, "SET", null, false, 0.8);
    }
    return null;
  }

  private static TimeValue frequencyWord(Matcher m, TimeContext c) {
    // "rise 8% annually", "10,000 units annually": a rate of an amount, not a time expression.
    String before = c.text.substring(Math.max(0, m.start() - 25), m.start());
    if (AMOUNT_BEFORE.matcher(before).find()) return null;
    String v = TimeNames.frequency(m.group());
    return v == null ? null : c.value(m, v, "SET", null, false, 0.8);
  }
}
