package crosscheck.facts;

import static crosscheck.facts.TimeRule.APPROX_EN;
import static crosscheck.facts.TimeRule.APPROX_ES;
import static crosscheck.facts.TimeRule.END;
import static crosscheck.facts.TimeRule.POS_EN;
import static crosscheck.facts.TimeRule.POS_ES;
import static crosscheck.facts.TimeRule.UNITS_EN;
import static crosscheck.facts.TimeRule.UNITS_ES;
import static crosscheck.facts.TimeRule.YEAR;
import static crosscheck.facts.TimeRule.group;
import static crosscheck.facts.TimeRule.mod;

import crosscheck.facts.TimeAnchor.Lean;
import static crosscheck.facts.TimeLexicon.MES_TRIGGER;
import static crosscheck.facts.TimeLexicon.MONTH_TRIGGER;
import static crosscheck.facts.TimeLexicon.WEEKDAY_ES_TRIGGER;

import crosscheck.facts.TimeRule.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions resolved against the anchor date: today, yesterday, last week, three years ago, last
 * Thursday, the third quarter, last fall; ayer, el mes pasado, hace dos años, el pasado jueves.
 * Without an anchor their value is null (or a TimeML pattern such as XXXX-WXX-4) with low
 * confidence.
 */
final class RelativeDateRules {

  private static final String PART_EN = "(?<part>(?i:morning|afternoon|evening|night))";

  /**
   * A lower-case word after "future" makes it an adjective ("future losses") unless it is one of
   * these, which follow a noun ("the future and", "the future if").
   */
  private static final String NOT_AFTER_NOUN =
      "(?!(?i:if|and|or|but|that|is|was|will|when|as|because)\\b)";

  private static final Pattern UNTIL_BEFORE =
      // Lower-case "until" only: "Until Thursday, they had..." opens a sentence about the past.
      Pattern.compile("\\b(?:(?i:as\\s+(?:soon|early)\\s+as)|until|till|hasta\\s+el)\\s+$");

  private RelativeDateRules() {}

  static List<TimeRule> rules() {
    return List.of(
        TimeRule.of(
            "deictic-day",
            Language.EN,
            "today|tonight|yesterday|tomorrow|night",
            POS_EN + "(?<w>(?i:today|tonight|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday"
                + "|the\\s+day\\s+after\\s+tomorrow|last\\s+night))(?:\\s+" + PART_EN + ")?" + END,
            RelativeDateRules::deicticDay)
            .around(25, 20),
        TimeRule.of(
            "dia-deictico",
            Language.ES,
            "hoy|ayer|anteayer|antier|anoche|mañana",
            POS_ES + "(?<w>(?iu:hoy|ayer|anteayer|antier|anoche|pasado\\s+mañana|(?<!\\b(?:la|esta|de|por|cada|toda)\\s)mañana(?!\\s+de)))"
                + "(?:\\s+(?:por\\s+la\\s+)?(?<part>(?iu:mañana|tarde|noche)))?" + END,
            RelativeDateRules::deicticDay)
            .around(30, 25),
        TimeRule.of(
            "this-part-of-day",
            Language.ANY,
            "morning|afternoon|evening|mañana|tarde|noche",
            "(?<w>(?iu:this|esta))\\s+(?<part>(?iu:morning|afternoon|evening|mañana|tarde|noche))"
                + END,
            RelativeDateRules::deicticDay)
            .around(6, 12),
        TimeRule.of(
            "this-unit",
            Language.EN,
            "week|weekend|month|year|quarter|decade|century",
            POS_EN + "(?:(?i:the)\\s+)?(?<rel>(?i:this|last|next|past|previous|coming|current"
                + "|following|latest|same))\\s+(?<unit>(?i:week|weekend|month|year|quarter|decade"
                + "|century))" + END + "(?!-)",
            RelativeDateRules::thisUnit)
            .around(50, 2),
        // "sales for the full year", "a high for the year": in news, the year being reported on.
        TimeRule.of(
            "the-year",
            Language.EN,
            "year",
            "(?i:the)\\s+(?:(?i:full|current|whole|entire)\\s+)?(?i:year)" + END
                + "(?!-|'|\\s+(?i:ended|ending|that|ago|earlier|before|after|later|when|in\\s+which"
                + "|two|nineteen|twenty)\\b)",
            (m, c) -> c.anchored()
                ? c.value(m, TimeAnchor.year(c.anchor), "DATE", null, true, TimeContext.GUESSED)
                : unanchored(m, c, null, "DATE"))
            .around(20, 2),
        // "by the end of the month": the anchor's week or month, with the part as its mod.
        TimeRule.of(
            "part-of-unit",
            Language.EN,
            "week|month",
            "(?<pos>(?i:(?:the\\s+)?(?:end|beginning|start|middle)\\s+of))\\s+(?i:the|this)\\s+"
                + "(?<unit>(?i:week|month))" + END,
            (m, c) -> c.anchored()
                ? c.value(m, TimeAnchor.shifted(c.anchor, TimeLexicon.unit(m.group("unit")), 0),
                    "DATE", mod(m.group("pos")), true, TimeContext.ANCHORED)
                : unanchored(m, c, mod(m.group("pos")), "DATE"))
            .around(25, 2),
        TimeRule.of(
            "year-end",
            Language.EN,
            "year|end",
            "(?i:(?:the\\s+)?year(?:'s)?[-\\s]end|(?:the\\s+)?end\\s+of\\s+the\\s+year)" + END,
            (m, c) -> c.anchored()
                ? c.value(m, TimeAnchor.year(c.anchor), "DATE", "END", true, TimeContext.ANCHORED)
                : c.value(m, null, "DATE", "END", true, TimeContext.UNANCHORED))
            .around(12, 16),
        TimeRule.of(
            "esta-unidad",
            Language.ES,
            "semana|mes|año|trimestre|década|decada|siglo|fin",
            POS_ES + "(?:(?iu:el|la|del|de\\s+la)\\s+)?(?:(?<rel>(?iu:pasado|pasada|próximo|próxima"
                + "|proximo|proxima|último|última|ultimo|ultima|este|esta))\\s+)?(?<unit>(?iu:semana|mes"
                + "|año|trimestre|fin\\s+de\\s+semana|década|decada|siglo))(?:\\s+(?<rel2>(?iu:pasado"
                + "|pasada|próximo|próxima|proximo|proxima|que\\s+viene|entrante|anterior|actual"
                + "|en\\s+curso)))?" + END,
            RelativeDateRules::thisUnit)
            .around(45, 25),
        TimeRule.of(
            "ago",
            Language.EN,
            "ago|earlier|before|later|now|hence",
            "(?:" + APPROX_EN + "\\s+)?(?<num>" + TimeLexicon.NUMBER_EN + ")[-\\s]+(?<unit>"
                + UNITS_EN + ")\\s+(?<dir>(?i:ago|earlier|before|later|from\\s+now|hence))" + END,
            RelativeDateRules::ago)
            .around(60, 2),
        TimeRule.of(
            "vague-ago",
            Language.EN,
            "ago|earlier",
            "(?<unit>(?i:years|months|weeks|days|decades|centuries))\\s+(?<dir>(?i:ago|earlier))"
                + END,
            RelativeDateRules::ago)
            .around(15, 2),
        TimeRule.of(
            "hace",
            Language.ES,
            "hace|dentro",
            "(?<dir>(?iu:hace|dentro\\s+de))\\s+(?:" + APPROX_ES + "\\s+)?(?<num>"
                + TimeLexicon.NUMBER_ES + ")\\s+(?<unit>" + UNITS_ES + ")",
            RelativeDateRules::ago)
            .around(2, 45),
        TimeRule.of(
            "weekday",
            Language.EN,
            "(?:mon|tues|wednes|thurs|fri|satur|sun)day",
            "(?:(?<pos>(?i:early|late))\\s+)?(?:(?<rel>(?i:last|next|this|past|coming))\\s+)?(?<wd>"
                + TimeLexicon.WEEKDAY_EN + ")(?:\\s+" + PART_EN + ")?" + END,
            RelativeDateRules::weekday)
            .around(22, 18),
        TimeRule.of(
            "dia-semana",
            Language.ES,
            WEEKDAY_ES_TRIGGER,
            "(?:(?<rel>(?iu:pasado|próximo|proximo))\\s+)?(?<wd>" + TimeLexicon.WEEKDAY_ES
                + ")(?:\\s+(?<rel2>(?iu:pasado|próximo|proximo|que\\s+viene)))?(?:\\s+(?:por\\s+la\\s+)?"
                + "(?<part>(?iu:mañana|tarde|noche)))?" + END,
            RelativeDateRules::weekday)
            .around(20, 30),
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
                + "|(?<=\\b(?iu:en)\\s)el\\s+pasado)" + END,
            (m, c) -> c.value(m, "PAST_REF", "DATE", null, true, TimeContext.GUESSED))
            .around(15, 25),
        // "in coming weeks", "the months ahead": an unknown stretch from now on.
        TimeRule.of(
            "coming-units",
            Language.EN,
            "coming|ahead",
            "(?:(?i:the)\\s+)?(?:(?i:coming)\\s+(?<unit>(?i:years|months|weeks|days))"
                + "|(?<unit2>(?i:years|months|weeks|days))\\s+(?i:ahead))" + END,
            (m, c) -> c.value(m, TimeAnchor.duration(TimeLexicon.VAGUE, TimeLexicon.unit(
                group(m, "unit") != null ? m.group("unit") : m.group("unit2"))), "DURATION", null,
                false, TimeContext.GUESSED))
            .around(12, 12),
        // "in recent years" spans an unknown number of years up to now: a vague duration.
        TimeRule.of(
            "recent-units",
            Language.EN,
            "recent",
            "(?i:recent)\\s+(?<unit>(?i:years|months|weeks|days))" + END,
            (m, c) -> c.value(m, TimeAnchor.duration(TimeLexicon.VAGUE,
                TimeLexicon.unit(m.group("unit"))), "DURATION", null, false, TimeContext.GUESSED))
            .around(1, 12),
        TimeRule.of(
            "future",
            Language.ANY,
            "future|futuro|próximamente|term",
            "(?iu:(?:the\\s+(?:near\\s+)?)?future(?!\\s+" + NOT_AFTER_NOUN + "\\p{Ll})|el\\s+futuro"
                + "|próximamente|the\\s+(?:near|short)\\s+term(?!-))" + END,
            (m, c) -> c.value(m, "FUTURE_REF", "DATE", null, true, TimeContext.GUESSED))
            .around(20, 2),
        TimeRule.of(
            "quarter",
            Language.EN,
            "quarter|half",
            "(?:(?i:the)\\s+)?(?:(?<rel>(?i:last|latest|current|this|next|previous|past|year-earlier"
                + "|year-ago|comparable|same))\\s+)?(?:(?<year1>" + YEAR + ")\\s+)?(?:(?<yrel>(?i:this|last"
                + "|next)\\s+year's)\\s+)?(?:(?i:fiscal)\\s+)?(?<ord>(?i:first|second|third|fourth|1st"
                + "|2nd|3rd|4th))[-\\s](?<unit>(?i:quarter|half))(?:\\s+(?i:of)\\s+(?:(?i:fiscal)\\s+)?"
                + "(?<year2>" + YEAR + "))?" + END,
            RelativeDateRules::quarter)
            .around(45, 25),
        TimeRule.of(
            "reported-quarter",
            Language.EN,
            "quarter|period",
            "(?i:the)\\s+(?:(?<rel>(?i:year-earlier|year-ago|comparable|latest|same))\\s+)?"
                + "(?<unit>(?i:quarter|period))" + END + "(?!-)",
            RelativeDateRules::reportedQuarter)
            .around(30, 2),
        // "year-earlier profit", "the year-ago period": in results reporting, the same period a year
        // before the one just reported.
        TimeRule.of(
            "year-ago",
            Language.EN,
            "year",
            "(?:(?i:the)\\s+)?(?:(?i:comparable|corresponding)\\s+)?(?i:year-ago|year-earlier)"
                + "(?:\\s+(?i:period|quarter))?" + END
                + "(?!\\s+(?:\\p{L}+\\s+)?(?i:months|weeks|years|quarters)\\b)",
            RelativeDateRules::yearAgo)
            .around(30, 20),
        // "the 1988 quarter" in a results report is that year's quarter matching the one reported.
        TimeRule.of(
            "year-quarter",
            Language.EN,
            "quarter|period",
            "(?i:the)\\s+(?<year>" + YEAR + ")\\s+(?<unit>(?i:quarter|period))" + END,
            RelativeDateRules::yearQuarter)
            .around(15, 2),
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
            "christmas|thanksgiving|new|navidad|nochebuena|nochevieja|año|independence",
            "(?iu:(?<xmas>christmas(?:\\s+day)?|navidad)|(?<eve>christmas\\s+eve|nochebuena)"
                + "|(?<newyear>new\\s+year's(?:\\s+day)?|año\\s+nuevo)|(?<nye>new\\s+year's\\s+eve"
                + "|nochevieja)|(?<thanks>thanksgiving(?:\\s+day)?)|(?<july>independence\\s+day))"
                + "(?:,?\\s+(?<year>" + YEAR + "))?" + END,
            RelativeDateRules::holiday)
            .around(4, 12),
        TimeRule.of(
            "season",
            Language.ANY,
            "spring|summer|fall|autumn|winter|primavera|verano|otoño|invierno",
            POS_EN + "(?:(?<rel>(?iu:this|last|next|past|coming|este|esta|el\\s+pasado|el\\s+próximo))\\s+"
                + "|(?<=\\b(?iu:the|in|during|since|until|by|en|el|durante|desde|hasta|early|late|mid)"
                + "[\\s-]))(?<s>"
                + "(?iu:spring|summer|fall|autumn|winter|primavera|verano|otoño|invierno))"
                + "(?:\\s+(?:(?iu:of|de|del)\\s+)?(?<year>" + YEAR + "))?" + END,
            RelativeDateRules::season)
            .around(30, 14));
  }

  private static TimeValue unanchored(Matcher m, TimeContext c, String mod, String type) {
    return c.value(m, null, type, mod, true, TimeContext.UNANCHORED);
  }

  private static String partCode(String part) {
    if (part == null) return "";
    return switch (TimeLexicon.key(part)) {
      case "morning", "manana" -> "TMO";
      case "afternoon", "tarde" -> "TAF";
      case "evening" -> "TEV";
      default -> "TNI";
    };
  }

  private static TimeValue deicticDay(Matcher m, TimeContext c) {
    String w = TimeLexicon.key(m.group("w")).replaceAll("\\s+", " ");
    String part = group(m, "part");
    String mod = mod(group(m, "pos"));
    int shift;
    String suffix = partCode(part);
    switch (w) {
      case "today", "hoy", "this", "esta" -> shift = 0;
      case "tonight" -> {
        shift = 0;
        suffix = "TNI";
      }
      case "yesterday", "ayer" -> shift = -1;
      case "anoche", "last night" -> {
        shift = -1;
        suffix = "TNI";
      }
      case "tomorrow", "manana" -> shift = 1;
      case "the day before yesterday", "anteayer", "antier" -> shift = -2;
      default -> shift = 2;
    }
    String type = suffix.isEmpty() ? "DATE" : "TIME";
    if (!c.anchored()) return unanchored(m, c, mod, type);
    String v = TimeAnchor.day(c.anchor.plusDays(shift)) + suffix;
    return c.value(m, v, type, mod, true, TimeContext.ANCHORED);
  }

  private static TimeValue thisUnit(Matcher m, TimeContext c) {
    String rel = group(m, "rel");
    if (rel == null) rel = group(m, "rel2");
    if (rel == null) return null;
    String r = TimeLexicon.key(rel).replaceAll("\\s+", " ");
    String unit = TimeLexicon.unit(m.group("unit").replaceAll("\\s+", " "));
    String mod = mod(group(m, "pos"));
    int shift =
        switch (r) {
          case "last", "past", "previous", "pasado", "pasada", "ultimo", "ultima", "anterior",
              "latest" -> -1;
          case "next", "coming", "following", "proximo", "proxima", "que viene", "entrante" -> 1;
          default -> 0;
        };
    // "the latest quarter" in a report is the one that just closed.
    if (r.equals("latest") && !"Q".equals(unit)) shift = 0;
    if (unit == null) return null;
    if (!c.anchored()) return unanchored(m, c, mod, "DATE");
    String v = TimeAnchor.shifted(c.anchor, unit, shift);
    return c.value(m, v, "DATE", mod, true, TimeContext.ANCHORED);
  }

  private static TimeValue ago(Matcher m, TimeContext c) {
    String unit = TimeLexicon.unit(m.group("unit"));
    if (unit == null) return null;
    String dir = TimeLexicon.key(m.group("dir")).replaceAll("\\s+", " ");
    int sign = switch (dir) {
      case "ago", "earlier", "before", "hace" -> -1;
      default -> 1;
    };
    String numText = group(m, "num");
    Double n = numText == null ? TimeLexicon.VAGUE : TimeLexicon.number(numText);
    if (n == null) return null;
    String mod = mod(group(m, "approx"));
    // "three days later", "ten days before the vote" count from another event, not from the
    // anchor: TimeML marks "three days" as a duration and "later" as its signal.
    if (dir.equals("later") || dir.equals("before")) {
      int end = m.start("dir");
      while (end > m.start() && Character.isWhitespace(c.text.charAt(end - 1))) end--;
      return new TimeValue(m.start(), end, c.text.substring(m.start(), end),
          TimeAnchor.duration(n, unit), "DURATION", mod, false, 0.8);
    }
    if (n == TimeLexicon.VAGUE) {
      return c.value(m, sign < 0 ? "PAST_REF" : "FUTURE_REF", "DATE", mod, true,
          TimeContext.GUESSED);
    }
    if (!c.anchored()) return unanchored(m, c, mod, "DATE");
    long amount = Math.round(n * sign);
    // In results reporting, "a year ago" is the same quarter a year before the latest one.
    if (unit.equals("Y") && amount == -1 && c.recentlyMentions(m.start(), "quarter")) {
      LocalDate lastQuarter = c.anchor.minusMonths(3).minusYears(1);
      return c.value(m, TimeAnchor.quarter(lastQuarter.getYear(), TimeAnchor.quarterOf(lastQuarter)),
          "DATE", mod, true, TimeContext.GUESSED);
    }
    if (unit.equals("H") || unit.equals("MIN") || unit.equals("S")) {
      return c.value(m, TimeAnchor.day(c.anchor), "DATE", mod, true, TimeContext.GUESSED);
    }
    return c.value(m, TimeAnchor.shifted(c.anchor, unit, amount), "DATE", mod, true,
        TimeContext.ANCHORED);
  }

  private static TimeValue weekday(Matcher m, TimeContext c) {
    int wd = TimeLexicon.weekday(m.group("wd"));
    String rel = group(m, "rel");
    if (rel == null) rel = group(m, "rel2");
    String r = rel == null ? "" : TimeLexicon.key(rel).replaceAll("\\s+", " ");
    int shift = switch (r) {
      case "last", "past", "pasado" -> -1;
      case "next", "coming", "proximo", "que viene" -> 1;
      default -> 0;
    };
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
    if (shift == 0 && UNTIL_BEFORE.matcher(
        c.text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
      lean = Lean.FUTURE;
    }
    LocalDate d = TimeAnchor.weekday(c.anchor, wd, shift, lean);
    return c.value(m, TimeAnchor.day(d) + suffix, type, mod, true, 0.75);
  }

  private static TimeValue quarter(Matcher m, TimeContext c) {
    String ordText = TimeLexicon.key(m.group("ord"));
    int ord = switch (ordText) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> 4;
    };
    boolean half = m.group("unit").toLowerCase().equals("half");
    if (half && ord > 2) return null;
    String explicit = group(m, "year1") != null ? m.group("year1") : group(m, "year2");
    String code = (half ? "H" : "Q") + ord;
    if (explicit != null) {
      return c.value(m, explicit + "-" + code, "DATE", null, false, TimeContext.ABSOLUTE);
    }
    if (!c.anchored()) return c.value(m, "XXXX-" + code, "DATE", null, true, TimeContext.UNANCHORED);
    int year = c.anchor.getYear();
    String rel = group(m, "rel") == null ? "" : m.group("rel").toLowerCase();
    String yrel = group(m, "yrel") == null ? "" : m.group("yrel").toLowerCase();
    int current = half ? (c.anchor.getMonthValue() <= 6 ? 1 : 2) : TimeAnchor.quarterOf(c.anchor);
    // A quarter not yet begun is last year's unless the sentence looks ahead.
    if (ord > current && c.lean(m.start(), m.end()) != Lean.FUTURE) year--;
    if (rel.startsWith("year-") || rel.equals("comparable") || yrel.startsWith("last")) year--;
    if (yrel.startsWith("next")) year++;
    return c.value(m, String.format("%04d-%s", year, code), "DATE", null, true,
        TimeContext.ANCHORED);
  }

  private static TimeValue reportedQuarter(Matcher m, TimeContext c) {
    String rel = group(m, "rel") == null ? "" : m.group("rel").toLowerCase();
    boolean period = m.group("unit").equalsIgnoreCase("period");
    // "the period" needs a results word to be a quarter; "the quarter" in news is the last one
    // reported, the one before the anchor's.
    if (period && rel.isEmpty()) return null;
    if (period && !c.sentenceMentions(m.start(), "quarter")) return null;
    if (!c.anchored()) return unanchored(m, c, null, "DATE");
    LocalDate d = c.anchor.minusMonths(3);
    if (rel.startsWith("year-") || rel.equals("comparable")) d = d.minusYears(1);
    return c.value(m, TimeAnchor.quarter(d.getYear(), TimeAnchor.quarterOf(d)), "DATE", null, true,
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
    return c.value(m, TimeAnchor.quarter(year, TimeAnchor.quarterOf(reported)), "DATE", null, true,
        TimeContext.GUESSED);
  }

  private static TimeValue yearAgo(Matcher m, TimeContext c) {
    if (!c.anchored()) return unanchored(m, c, null, "DATE");
    if (m.group().toLowerCase().endsWith("quarter") || c.recentlyMentions(m.start(), "quarter")) {
      LocalDate d = c.anchor.minusMonths(3).minusYears(1);
      return c.value(m, TimeAnchor.quarter(d.getYear(), TimeAnchor.quarterOf(d)), "DATE", null,
          true, TimeContext.GUESSED);
    }
    return c.value(m, TimeAnchor.year(c.anchor.minusYears(1)), "DATE", null, true,
        TimeContext.GUESSED);
  }

  private static TimeValue weekend(Matcher m, TimeContext c) {
    if (!c.anchored()) return unanchored(m, c, null, "DATE");
    // Early in the week "the weekend" is the one just past.
    int dow = c.anchor.getDayOfWeek().getValue();
    LocalDate d = dow <= 3 && c.lean(m.start(), m.end()) != Lean.FUTURE ? c.anchor.minusWeeks(1)
        : c.anchor;
    return c.value(m, TimeAnchor.week(d) + "-WE", "DATE", null, true, TimeContext.GUESSED);
  }

  private static TimeValue holiday(Matcher m, TimeContext c) {
    int month;
    int day;
    if (group(m, "xmas") != null) {
      month = 12;
      day = 25;
    } else if (group(m, "eve") != null) {
      month = 12;
      day = 24;
    } else if (group(m, "newyear") != null) {
      month = 1;
      day = 1;
    } else if (group(m, "nye") != null) {
      month = 12;
      day = 31;
    } else if (group(m, "july") != null) {
      month = 7;
      day = 4;
    } else {
      month = 11;
      day = 0;
    }
    String explicit = group(m, "year");
    int year;
    boolean relative = explicit == null;
    if (explicit != null) {
      year = Integer.parseInt(explicit);
    } else if (c.anchored()) {
      year = TimeAnchor.yearOfMonthDay(c.anchor, month, Math.max(day, 25), c.lean(m.start(), m.end()));
    } else {
      return c.value(m, null, "DATE", null, true, TimeContext.UNANCHORED);
    }
    if (day == 0) {
      // US Thanksgiving: the fourth Thursday of November.
      LocalDate first = LocalDate.of(year, 11, 1);
      int offset = (4 - first.getDayOfWeek().getValue() + 7) % 7;
      day = 1 + offset + 21;
    }
    return c.value(m, LocalDate.of(year, month, day).toString(), "DATE", null, relative,
        relative ? TimeContext.ANCHORED : TimeContext.ABSOLUTE);
  }

  private static TimeValue season(Matcher m, TimeContext c) {
    String s = TimeLexicon.key(m.group("s"));
    String code;
    int index;
    switch (s) {
      case "spring", "primavera" -> {
        code = "SP";
        index = 1;
      }
      case "summer", "verano" -> {
        code = "SU";
        index = 2;
      }
      case "fall", "autumn", "otono" -> {
        code = "FA";
        index = 3;
      }
      default -> {
        code = "WI";
        index = 4;
      }
    }
    String mod = mod(group(m, "pos"));
    String explicit = group(m, "year");
    if (explicit != null) {
      return c.value(m, explicit + "-" + code, "DATE", mod, false, TimeContext.ABSOLUTE);
    }
    // "fall" without a determiner or position word is a verb.
    if (group(m, "rel") == null && group(m, "pos") == null && code.equals("FA")
        && !c.wordBefore(m.start()).equals("the")) {
      return null;
    }
    if (!c.anchored()) return c.value(m, "XXXX-" + code, "DATE", mod, true, TimeContext.UNANCHORED);
    int month = c.anchor.getMonthValue();
    int current = month >= 3 && month <= 5 ? 1 : month <= 8 && month >= 6 ? 2
        : month >= 9 && month <= 11 ? 3 : 4;
    int year = c.anchor.getYear();
    String r = group(m, "rel") == null ? "" : TimeLexicon.key(m.group("rel"));
    if (r.equals("last") || r.equals("past") || r.equals("el pasado")) {
      // In January and February the last spring, summer or fall were all in the previous year.
      if (index >= current || month <= 2) year--;
    } else if (r.equals("next") || r.equals("coming") || r.equals("el proximo")) {
      if (index <= current) year++;
    }
    return c.value(m, year + "-" + code, "DATE", mod, true, TimeContext.ANCHORED);
  }
}
