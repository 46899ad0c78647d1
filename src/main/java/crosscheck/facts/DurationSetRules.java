package crosscheck.facts;

import static crosscheck.facts.TimeRule.APPROX_EN;
import static crosscheck.facts.TimeRule.APPROX_ES;
import static crosscheck.facts.TimeRule.END;
import static crosscheck.facts.TimeRule.UNITS_EN;
import static crosscheck.facts.TimeRule.UNITS_ES;
import static crosscheck.facts.TimeRule.group;
import static crosscheck.facts.TimeRule.mod;

import static crosscheck.facts.TimeLexicon.MES_TRIGGER;
import static crosscheck.facts.TimeLexicon.MONTH_TRIGGER;
import static crosscheck.facts.TimeLexicon.WEEKDAY_ES_TRIGGER;

import crosscheck.facts.TimeRule.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations (three years = P3Y, dos semanas = P2W) and sets (every year, cada mes, daily). */
final class DurationSetRules {

  /** Just before "a day" / "a year" these make it a rate ("$5 a day", "twice a year"), a set. */
  private static final Pattern RATE_BEFORE =
      Pattern.compile("(?i)(?:\\d|%|dollars?|cents?|euros?|times|once|twice|barrels?|tons?)\\s*$");

  /** An amount just before a frequency word ("8.5% annually", "$2 million annually"). */
  private static final Pattern AMOUNT_BEFORE =
      Pattern.compile("(?i)(?:\\d%?|%|percent|por\\s+ciento|million|billion|millones|units|shares"
          + "|unidades)\\s*$");

  private DurationSetRules() {}

  static List<TimeRule> rules() {
    return List.of(
        TimeRule.of(
            "duration",
            Language.EN,
            "years?|months?|weeks?|weekends?|days?|hours?|minutes?|seconds?|decades?|century|centuries|quarters?",
            "(?:" + APPROX_EN + "\\s+)?(?:(?<the>(?i:the|a|an|another)\\s+(?:(?i:past|last|next"
                + "|first|previous|coming|following|final|additional|further|other|initial)\\s+)?))?"
                + "(?<num>" + TimeLexicon.NUMBER_EN + ")[-\\s]+(?:(?i:more|additional|extra|trading|business|working)\\s+)?"
                + "(?<unit>" + UNITS_EN + ")(?:-(?i:long|old))?" + END,
            (m, c) -> duration(m, c, true))
            .around(60, 8),
        TimeRule.of(
            "duracion",
            Language.ES,
            "años?|mes|meses|semanas?|días?|dias?|horas?|minutos?|segundos?|décadas?|decadas?|siglos?|trimestres?",
            "(?:" + APPROX_ES + "\\s+)?(?:(?<the>(?iu:los|las)\\s+(?iu:últimos|últimas|ultimos"
                + "|ultimas|próximos|próximas|proximos|proximas|primeros|primeras)\\s+))?"
                + "(?<num>" + TimeLexicon.NUMBER_ES + ")\\s+(?<unit>" + UNITS_ES + ")" + END,
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
            "years|months|weeks|decades|centuries",
            "(?:(?<=\\b(?i:for|over|in|within|after|than)\\s)(?<unit>(?i:years|months|weeks|decades"
                + "|centuries))|(?<unit2>(?i:decades|years))-long)" + END,
            DurationSetRules::vague)
            .around(2, 6),
        TimeRule.of(
            "every",
            Language.EN,
            "every|each|per",
            "(?i:every|each|per)\\s+(?:(?<other>(?i:other))\\s+)?(?:(?<num>"
                + TimeLexicon.NUMBER_EN + ")\\s+)?(?<unit>" + UNITS_EN + ")",
            DurationSetRules::every)
            .around(2, 40),
        TimeRule.of(
            "cada",
            Language.ES,
            "cada|por|todos|todas",
            "(?:(?iu:cada|por)\\s+(?:(?<num>" + TimeLexicon.NUMBER_ES + ")\\s+)?(?<unit>" + UNITS_ES
                + ")|(?iu:todos\\s+los|todas\\s+las)\\s+(?<unit2>(?iu:años|meses|días|dias"
                + "|semanas)))" + END,
            DurationSetRules::every)
            .around(2, 40),
        TimeRule.of(
            "every-weekday",
            Language.ANY,
            "(?:mon|tues|wednes|thurs|fri|satur|sun)days?|" + WEEKDAY_ES_TRIGGER,
            "(?:(?iu:every|each|cada|los|todos\\s+los)\\s+)?(?<wd>" + TimeLexicon.WEEKDAY_EN
                + "|" + TimeLexicon.WEEKDAY_ES + ")(?<plural>s)?" + END,
            DurationSetRules::everyWeekday)
            .around(16, 12),
        TimeRule.of(
            "every-month",
            Language.ANY,
            "every|each|cada",
            "(?iu:every|each|cada)\\s+(?<mon>" + TimeLexicon.MONTH_EN + "|" + TimeLexicon.MONTH_ES
                + ")",
            (m, c) -> c.value(m, String.format("XXXX-%02d", TimeLexicon.month(m.group("mon"))),
                "SET", null, false, 0.85))
            .around(2, 16),
        TimeRule.of(
            "frequency-word",
            Language.ANY,
            "daily|weekly|monthly|annually|yearly|hourly|nightly|diariamente|semanalmente|mensualmente|anualmente",
            "(?iu:daily|weekly|monthly|annually|yearly|hourly|nightly|diariamente"
                + "|semanalmente|mensualmente|anualmente)" + END,
            DurationSetRules::frequencyWord)
            .around(1, 1));
  }

  private static TimeValue duration(Matcher m, TimeContext c, boolean english) {
    String unit = TimeLexicon.unit(m.group("unit"));
    Double n = TimeLexicon.number(m.group("num"));
    if (unit == null || n == null) return null;
    String numWord = TimeLexicon.key(m.group("num"));
    boolean article = numWord.equals("a") || numWord.equals("an") || numWord.equals("un")
        || numWord.equals("una");
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
    return c.value(m, TimeAnchor.duration(TimeLexicon.VAGUE, TimeLexicon.unit(u)), "DURATION",
        null, false, 0.7);
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
    if (whole.startsWith("each") || whole.startsWith("every") || whole.startsWith("cada")
        || whole.startsWith("los") || whole.startsWith("todos") || group(m, "plural") != null) {
      int wd = TimeLexicon.weekday(m.group("wd"));
      return c.value(m, "XXXX-WXX-" + wd, "SET", null, false, 0.8);
    }
    return null;
  }

  private static TimeValue frequencyWord(Matcher m, TimeContext c) {
    // "rise 8% annually", "10,000 units annually": a rate of an amount, not a time expression.
    String before = c.text.substring(Math.max(0, m.start() - 25), m.start());
    if (AMOUNT_BEFORE.matcher(before).find()) return null;
    String w = TimeLexicon.key(m.group());
    String v;
    if (w.startsWith("dail") || w.startsWith("diari") || w.startsWith("night")) v = "P1D";
    else if (w.startsWith("week") || w.startsWith("seman")) v = "P1W";
    else if (w.startsWith("month") || w.startsWith("mensual")) v = "P1M";
    else if (w.startsWith("quarter")) v = "P3M";
    else if (w.startsWith("hour")) v = "PT1H";
    else v = "P1Y";
    return c.value(m, v, "SET", null, false, 0.8);
  }
}
