package crosscheck.facts;

import static crosscheck.facts.TimeLexicon.WEEKDAY_ES_TRIGGER;
import static crosscheck.facts.TimeLexicon.mod;
import static crosscheck.facts.TimeLexicon.unitWords;
import static crosscheck.facts.TimeRule.APPROX_EN;
import static crosscheck.facts.TimeRule.APPROX_ES;
import static crosscheck.facts.TimeRule.END;
import static crosscheck.facts.TimeRule.POS_EN;
import static crosscheck.facts.TimeRule.POS_ES;
import static crosscheck.facts.TimeRule.UNITS_EN;
import static crosscheck.facts.TimeRule.UNITS_ES;
import static crosscheck.facts.TimeRule.YEAR;
import static crosscheck.facts.TimeRule.group;
import static crosscheck.facts.WordPatterns.alternation;
import static crosscheck.facts.WordPatterns.firstWords;
import static crosscheck.facts.WordPatterns.lastWords;

import crosscheck.facts.TimeAnchor.Lean;
import crosscheck.facts.TimeRule.Language;
import crosscheck.text.WordLists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions resolved against the anchor date: today, yesterday, last week, three years ago, last
 * Thursday, the third quarter, last fall; ayer, el mes pasado, hace dos años, el pasado jueves.
 * Without an anchor their value is null (or a TimeML pattern such as XXXX-WXX-4) with low
 * confidence.
 *
 * <p>The families of rules, in this order (an earlier rule wins a tie):
 *
 * <ol>
 *   <li>days named from the day of writing: today, tonight, ayer, pasado mañana, this morning;
 *   <li>units named from it: this week, next year, the end of the month, el mes pasado ({@link
 *       UnitFromWritingRules});
 *   <li>spans counted from it: three years ago, ten days later, hace dos años;
 *   <li>weekdays: last Thursday, on Friday, el pasado jueves;
 *   <li>vague references: now, recently, in recent years, the future;
 *   <li>quarters of results reporting ({@link ReportingPeriodRules});
 *   <li>named periods: the weekend, Christmas, last fall.
 * </ol>
 */
final class RelativeDateRules {

  private static final String PART_EN =
      "(?<part>(?i:" + alternation(TimeNames.partsOfDay("en", false)) + "))";
  private static final String PART_ES =
      "(?<part>(?iu:" + alternation(TimeNames.partsOfDay("es", false)) + "))";

  /**
   * A lower-case word after "future" makes it an adjective ("future losses") unless it is one of
   * these, which follow a noun ("the future and", "the future if").
   */
  private static final String NOT_AFTER_NOUN =
      "(?!(?i:" + alternation(WordLists.list("facts/after-a-noun-en.txt")) + ")\\b)";

  private static final Pattern UNTIL_BEFORE =
      // Lower-case "until" only: "Until Thursday, they had..." opens a sentence about the past.
      Pattern.compile("\\b(?:(?i:as\\s+(?:soon|early)\\s+as)|until|till|hasta\\s+el)\\s+$");

  private static final Set<String> YEARS_MONTHS_WEEKS_DAYS = Set.of("Y", "M", "W", "D");

  /** TimeML seasons in the order of the year. */
  private static final List<String> SEASONS_IN_ORDER = List.of("SP", "SU", "FA", "WI");

  private RelativeDateRules() {}

  static List<TimeRule> rules() {
    List<TimeRule> rules = new ArrayList<>(daysFromWriting());
    rules.addAll(UnitFromWritingRules.rules());
    rules.addAll(countedSpans());
    rules.addAll(weekdays());
    rules.addAll(vagueReferences());
    rules.addAll(ReportingPeriodRules.rules());
    rules.addAll(namedPeriods());
    return List.copyOf(rules);
  }

  /** today, tonight, the day after tomorrow, last night; hoy, anoche; this morning. */
  private static List<TimeRule> daysFromWriting() {
    List<String> english = TimeNames.deicticDays("en");
    List<String> spanish = TimeNames.deicticDays("es");
    return List.of(
        TimeRule.of(
                "deictic-day",
                Language.EN,
                alternation(lastWords(english)),
                POS_EN + "(?<w>(?i:" + alternation(english) + "))(?:\\s+" + PART_EN + ")?" + END,
                RelativeDateRules::deicticDay)
            .around(25, 20),
        TimeRule.of(
                "dia-deictico",
                Language.ES,
                alternation(lastWords(spanish)),
                POS_ES
                    + "(?<w>(?iu:"
                    + spanishDeicticDays(spanish)
                    + "))"
                    + "(?:\\s+(?:por\\s+la\\s+)?"
                    + PART_ES
                    + ")?"
                    + END,
                RelativeDateRules::deicticDay)
            .around(30, 25),
        TimeRule.of(
                "this-part-of-day",
                Language.ANY,
                alternation(partsAfterThis()),
                "(?<w>(?iu:this|esta))\\s+(?<part>(?iu:"
                    + alternation(partsAfterThis())
                    + "))"
                    + END,
                (m, c) -> dayFromWriting(m, c, 0, false))
            .around(6, 12));
  }

  /** three years ago, two days later, years earlier; hace dos años, dentro de un mes. */
  private static List<TimeRule> countedSpans() {
    List<String> directions = TimeNames.directions("en");
    List<String> direcciones = TimeNames.directions("es");
    List<String> vagueUnits = unitWords("en", "plural", Set.of("Y", "M", "W", "D", "DE", "CE"));
    return List.of(
        TimeRule.of(
                "ago",
                Language.EN,
                alternation(lastWords(directions)),
                "(?:"
                    + APPROX_EN
                    + "\\s+)?(?<num>"
                    + TimeLexicon.NUMBER_EN
                    + ")[-\\s]+(?<unit>"
                    + UNITS_EN
                    + ")\\s+(?<dir>(?i:"
                    + alternation(directions)
                    + "))"
                    + END,
                RelativeDateRules::ago)
            .around(60, 2),
        TimeRule.of(
                "vague-ago",
                Language.EN,
                "ago|earlier",
                "(?<unit>(?i:" + alternation(vagueUnits) + "))\\s+(?<dir>(?i:ago|earlier))" + END,
                RelativeDateRules::ago)
            .around(15, 2),
        TimeRule.of(
                "hace",
                Language.ES,
                alternation(firstWords(direcciones)),
                "(?<dir>(?iu:"
                    + alternation(direcciones)
                    + "))\\s+(?:"
                    + APPROX_ES
                    + "\\s+)?(?<num>"
                    + TimeLexicon.NUMBER_ES
                    + ")\\s+(?<unit>"
                    + UNITS_ES
                    + ")",
                RelativeDateRules::ago)
            .around(2, 45));
  }

  /** last Thursday, on Friday night, early Monday; el pasado jueves, el lunes por la tarde. */
  private static List<TimeRule> weekdays() {
    return List.of(
        TimeRule.of(
                "weekday",
                Language.EN,
                TimeLexicon.WEEKDAY_EN_TRIGGER,
                "(?:(?<pos>(?i:early|late))\\s+)?(?:(?<rel>(?i:last|next|this|past|coming))\\s+)?(?<wd>"
                    + TimeLexicon.WEEKDAY_EN
                    + ")(?:\\s+"
                    + PART_EN
                    + ")?"
                    + END,
                RelativeDateRules::weekday)
            .around(22, 18),
        TimeRule.of(
                "dia-semana",
                Language.ES,
                WEEKDAY_ES_TRIGGER,
                "(?:(?<rel>(?iu:pasado|próximo|proximo))\\s+)?(?<wd>"
                    + TimeLexicon.WEEKDAY_ES
                    + ")(?:\\s+(?<rel2>(?iu:pasado|próximo|proximo|que\\s+viene)))?(?:\\s+(?:por\\s+la\\s+)?"
                    + PART_ES
                    + ")?"
                    + END,
                RelativeDateRules::weekday)
            .around(20, 30));
  }

  /** now, these days, recently, in the past, coming weeks, recent years, the future, ahora. */
  private static List<TimeRule> vagueReferences() {
    String someUnits = alternation(unitWords("en", "plural", YEARS_MONTHS_WEEKS_DAYS));
    return List.of(
        TimeRule.of(
                "present",
                Language.ANY,
                "now|nowadays|currently|present|days|moment|actualmente|ahora|actualidad|hoy",
                "(?iu:right\\s+now|now|nowadays|currently|current(?=\\s+\\p{Ll})|at\\s+present|these\\s+days"
                    + "|at\\s+the\\s+moment|actualmente|ahora|en\\s+la\\s+actualidad|hoy\\s+en\\s+d[ií]a)"
                    + END,
                (m, c) -> c.value(m, "PRESENT_REF", "DATE", null, true, TimeContext.GUESSED))
            .around(20, 15),
        TimeRule.of(
                "past",
                Language.ANY,
                "recently|lately|previously|formerly|past|recent|recientemente|últimamente|anteriormente|pasado",
                "(?iu:recently|lately|formerly|recent(?=\\s+\\p{Ll})|(?<=\\b(?i:in)\\s)the\\s+past"
                    + "(?!\\s+(?:\\w+\\s+)?(?:years?|months?|weeks?|days?|decades?)\\b)"
                    + "|recientemente|últimamente|anteriormente"
                    + "|(?<=\\b(?iu:en)\\s)el\\s+pasado)"
                    + END,
                (m, c) -> c.value(m, "PAST_REF", "DATE", null, true, TimeContext.GUESSED))
            .around(15, 25),
        // "in coming weeks", "the months ahead": an unknown stretch from now on.
        TimeRule.of(
                "coming-units",
                Language.EN,
                "coming|ahead",
                "(?:(?i:the)\\s+)?(?:(?i:coming)\\s+(?<unit>(?i:"
                    + someUnits
                    + "))"
                    + "|(?<unit2>(?i:"
                    + someUnits
                    + "))\\s+(?i:ahead))"
                    + END,
                (m, c) ->
                    c.value(
                        m,
                        TimeAnchor.duration(
                            TimeLexicon.VAGUE,
                            TimeLexicon.unit(
                                group(m, "unit") != null ? m.group("unit") : m.group("unit2"))),
                        "DURATION",
                        null,
                        false,
                        TimeContext.GUESSED))
            .around(12, 12),
        // "in recent years" spans an unknown number of years up to now: a vague duration.
        TimeRule.of(
                "recent-units",
                Language.EN,
                "recent",
                "(?i:recent)\\s+(?<unit>(?i:" + someUnits + "))" + END,
                (m, c) ->
                    c.value(
                        m,
                        TimeAnchor.duration(TimeLexicon.VAGUE, TimeLexicon.unit(m.group("unit"))),
                        "DURATION",
                        null,
                        false,
                        TimeContext.GUESSED))
            .around(1, 12),
        TimeRule.of(
                "future",
                Language.ANY,
                "future|futuro|próximamente|term",
                "(?iu:(?:the\\s+(?:near\\s+)?)?future(?!\\s+"
                    + NOT_AFTER_NOUN
                    + "\\p{Ll})|el\\s+futuro"
                    + "|próximamente|the\\s+(?:near|short)\\s+term(?!-))"
                    + END,
                (m, c) -> c.value(m, "FUTURE_REF", "DATE", null, true, TimeContext.GUESSED))
            .around(20, 2));
  }

  /** the weekend, Christmas Day 2022, Año Nuevo, last fall, early summer, el próximo verano. */
  private static List<TimeRule> namedPeriods() {
    List<String> seasons = new ArrayList<>(TimeNames.seasons("en"));
    seasons.addAll(TimeNames.seasons("es"));
    List<String> beforeSeason = new ArrayList<>(WordLists.list("facts/before-season-en.txt"));
    beforeSeason.addAll(WordLists.list("facts/before-season-es.txt"));
    return List.of(
        TimeRule.of(
                "weekend",
                Language.EN,
                "weekend",
                "(?i:the|this)\\s+weekend" + END,
                RelativeDateRules::weekend)
            .around(6, 2),
        TimeRule.of(
                "holiday",
                Language.ANY,
                alternation(firstWords(TimeNames.holidays())),
                "(?iu:(?<holiday>"
                    + alternation(TimeNames.holidays())
                    + "))"
                    + "(?:,?\\s+(?<year>"
                    + YEAR
                    + "))?"
                    + END,
                RelativeDateRules::holiday)
            .around(4, 12),
        TimeRule.of(
                "season",
                Language.ANY,
                alternation(seasons),
                POS_EN
                    + "(?:(?<rel>(?iu:this|last|next|past|coming|este|esta|el\\s+pasado|el\\s+próximo))\\s+"
                    + "|(?<=\\b(?iu:"
                    + alternation(beforeSeason)
                    + ")"
                    + "[\\s-]))(?<s>"
                    + "(?iu:"
                    + alternation(seasons)
                    + "))"
                    + "(?:\\s+(?:(?iu:of|de|del)\\s+)?(?<year>"
                    + YEAR
                    + "))?"
                    + END,
                RelativeDateRules::season)
            .around(30, 14));
  }

  /**
   * The Spanish days from the day of writing; one that is also a part of the day ("mañana":
   * tomorrow, or the morning) is the day only when no article or preposition makes it the morning
   * ("la mañana", "por la mañana") and no "de" follows ("mañana de ...").
   */
  private static String spanishDeicticDays(List<String> spanish) {
    List<String> parts = TimeNames.partsOfDay("es", true);
    String morningBefore = alternation(WordLists.list("facts/before-morning-es.txt"));
    List<String> out = new ArrayList<>();
    for (String day : spanish) {
      String word = alternation(List.of(day));
      boolean alsoMorning = parts.contains(day);
      out.add(alsoMorning ? "(?<!\\b(?:" + morningBefore + ")\\s)" + word + "(?!\\s+de)" : word);
    }
    return String.join("|", out);
  }

  /** Parts of the day after "this" or "esta"; English says "tonight", not "this night". */
  private static List<String> partsAfterThis() {
    List<String> parts = new ArrayList<>();
    for (String part : TimeNames.partsOfDay("en", false)) {
      if (!TimeNames.partOfDay(part).equals("TNI")) parts.add(part);
    }
    parts.addAll(TimeNames.partsOfDay("es", false));
    return parts;
  }

  /** A relative expression without an anchor: no value, low confidence. */
  static TimeValue unanchored(Matcher m, TimeContext c, String mod, String type) {
    return c.value(m, null, type, mod, true, TimeContext.UNANCHORED);
  }

  private static String partCode(String part) {
    return part == null ? "" : TimeNames.partOfDay(part);
  }

  private static TimeValue deicticDay(Matcher m, TimeContext c) {
    String w = m.group("w");
    Integer shift = TimeNames.deicticShift(w);
    if (shift == null) return null;
    return dayFromWriting(m, c, shift, TimeNames.deicticNight(w));
  }

  /** The day {@code shift} days from the anchor, at night or in the part of the day matched. */
  private static TimeValue dayFromWriting(Matcher m, TimeContext c, int shift, boolean night) {
    String mod = mod(group(m, "pos"));
    String suffix = night ? "TNI" : partCode(group(m, "part"));
    String type = suffix.isEmpty() ? "DATE" : "TIME";
    if (!c.anchored()) return unanchored(m, c, mod, type);
    String v = TimeAnchor.day(c.anchor.plusDays(shift)) + suffix;
    return c.value(m, v, type, mod, true, TimeContext.ANCHORED);
  }

  private static TimeValue ago(Matcher m, TimeContext c) {
    String unit = TimeLexicon.unit(m.group("unit"));
    if (unit == null) return null;
    String dir = TimeLexicon.key(m.group("dir")).replaceAll("\\s+", " ");
    int sign = TimeNames.direction(dir);
    String numText = group(m, "num");
    Double n = numText == null ? TimeLexicon.VAGUE : TimeLexicon.number(numText);
    if (n == null) return null;
    String mod = mod(group(m, "approx"));
    // "three days later", "ten days before the vote" count from another event, not from the
    // anchor: TimeML marks "three days" as a duration and "later" as its signal.
    if (TimeNames.countsFromAnEvent(dir)) {
      int end = m.start("dir");
      while (end > m.start() && Character.isWhitespace(c.text.charAt(end - 1))) end--;
      return new TimeValue(
          m.start(),
          end,
          c.text.substring(m.start(), end),
          TimeAnchor.duration(n, unit),
          "DURATION",
          mod,
          false,
          0.8);
    }
    if (n == TimeLexicon.VAGUE) {
      return c.value(
          m, sign < 0 ? "PAST_REF" : "FUTURE_REF", "DATE", mod, true, TimeContext.GUESSED);
    }
    if (!c.anchored()) return unanchored(m, c, mod, "DATE");
    long amount = Math.round(n * sign);
    // In results reporting, "a year ago" is the same quarter a year before the latest one.
    if (unit.equals("Y") && amount == -1 && c.recentlyMentions(m.start(), "quarter")) {
      LocalDate lastQuarter = c.anchor.minusMonths(3).minusYears(1);
      return c.value(
          m,
          TimeAnchor.quarter(lastQuarter.getYear(), TimeAnchor.quarterOf(lastQuarter)),
          "DATE",
          mod,
          true,
          TimeContext.GUESSED);
    }
    if (unit.equals("H") || unit.equals("MIN") || unit.equals("S")) {
      return c.value(m, TimeAnchor.day(c.anchor), "DATE", mod, true, TimeContext.GUESSED);
    }
    return c.value(
        m, TimeAnchor.shifted(c.anchor, unit, amount), "DATE", mod, true, TimeContext.ANCHORED);
  }

  private static TimeValue weekday(Matcher m, TimeContext c) {
    int wd = TimeLexicon.weekday(m.group("wd"));
    String rel = group(m, "rel");
    if (rel == null) rel = group(m, "rel2");
    int shift = rel == null ? 0 : TimeNames.shift(TimeLexicon.key(rel).replaceAll("\\s+", " "));
    // "Friday night" is annotated with the day itself.
    String suffix = "";
    String mod = mod(group(m, "pos"));
    String type = "DATE";
    // Plural Spanish day names ("los lunes") are sets, handled elsewhere.
    if (c.wordBefore(m.start()).equals("los")) return null;
    if (!c.anchored()) {
      return c.value(m, "XXXX-WXX-" + wd + suffix, type, mod, true, TimeContext.UNANCHORED);
    }
    Lean lean = shift == 0 ? c.lean(m.start(), m.end()) : Lean.NONE;
    // "as early as Tuesday", "until Tuesday": a deadline still ahead (the anchor day included).
    if (shift == 0
        && UNTIL_BEFORE.matcher(c.text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
      lean = Lean.FUTURE;
    }
    LocalDate d = TimeAnchor.weekday(c.anchor, wd, shift, lean);
    return c.value(m, TimeAnchor.day(d) + suffix, type, mod, true, 0.75);
  }

  private static TimeValue weekend(Matcher m, TimeContext c) {
    if (!c.anchored()) return unanchored(m, c, null, "DATE");
    // Early in the week "the weekend" is the one just past.
    int dow = c.anchor.getDayOfWeek().getValue();
    LocalDate d =
        dow <= 3 && c.lean(m.start(), m.end()) != Lean.FUTURE ? c.anchor.minusWeeks(1) : c.anchor;
    return c.value(m, TimeAnchor.week(d) + "-WE", "DATE", null, true, TimeContext.GUESSED);
  }

  private static TimeValue holiday(Matcher m, TimeContext c) {
    int[] date = TimeNames.holiday(m.group("holiday"));
    if (date == null) return null;
    int month = date[0];
    int day = date[1];
    String explicit = group(m, "year");
    int year;
    boolean relative = explicit == null;
    if (explicit != null) {
      year = Integer.parseInt(explicit);
    } else if (c.anchored()) {
      year =
          TimeAnchor.yearOfMonthDay(c.anchor, month, Math.max(day, 25), c.lean(m.start(), m.end()));
    } else {
      return c.value(m, null, "DATE", null, true, TimeContext.UNANCHORED);
    }
    if (day == 0) {
      // US Thanksgiving: the fourth Thursday of November.
      LocalDate first = LocalDate.of(year, month, 1);
      int offset = (4 - first.getDayOfWeek().getValue() + 7) % 7;
      day = 1 + offset + 21;
    }
    return c.value(
        m,
        LocalDate.of(year, month, day).toString(),
        "DATE",
        null,
        relative,
        relative ? TimeContext.ANCHORED : TimeContext.ABSOLUTE);
  }

  private static TimeValue season(Matcher m, TimeContext c) {
    String code = TimeNames.season(m.group("s"));
    int index = SEASONS_IN_ORDER.indexOf(code) + 1;
    if (index == 0) return null;
    String mod = mod(group(m, "pos"));
    String explicit = group(m, "year");
    if (explicit != null) {
      return c.value(m, explicit + "-" + code, "DATE", mod, false, TimeContext.ABSOLUTE);
    }
    // "fall" without a determiner or position word is a verb.
    if (group(m, "rel") == null
        && group(m, "pos") == null
        && code.equals("FA")
        && !c.wordBefore(m.start()).equals("the")) {
      return null;
    }
    if (!c.anchored()) return c.value(m, "XXXX-" + code, "DATE", mod, true, TimeContext.UNANCHORED);
    int month = c.anchor.getMonthValue();
    int current =
        month >= 3 && month <= 5
            ? 1
            : month <= 8 && month >= 6 ? 2 : month >= 9 && month <= 11 ? 3 : 4;
    int year = c.anchor.getYear();
    int shift = group(m, "rel") == null ? 0 : TimeNames.shift(TimeLexicon.key(m.group("rel")));
    if (shift < 0) {
      // In January and February the last spring, summer or fall were all in the previous year.
      if (index >= current || month <= 2) year--;
    } else if (shift > 0) {
      if (index <= current) year++;
    }
    return c.value(m, year + "-" + code, "DATE", mod, true, TimeContext.ANCHORED);
  }
}
