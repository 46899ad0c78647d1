package crosscheck.facts;

import static crosscheck.facts.TimeLexicon.MES_TRIGGER;
import static crosscheck.facts.TimeLexicon.MONTH_TRIGGER;
import static crosscheck.facts.TimeLexicon.mod;
import static crosscheck.facts.TimeRule.DAY;
import static crosscheck.facts.TimeRule.END;
import static crosscheck.facts.TimeRule.POS_EN;
import static crosscheck.facts.TimeRule.POS_ES;
import static crosscheck.facts.TimeRule.YEAR;
import static crosscheck.facts.TimeRule.group;
import static crosscheck.facts.WordPatterns.alternation;

import crosscheck.facts.TimeAnchor.Lean;
import crosscheck.facts.TimeRule.Language;
import crosscheck.text.WordLists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates, months, years, decades and centuries, written out (English and Spanish). Three
 * families of rules, in this order: full dates ("July 16, 2023", "16 de julio", 2023-07-16,
 * 7/16/23), months ("July 2023", "June last year", "in May"), and years and longer ("2021",
 * "nineteen ninety-six", "the 1990s", "el siglo XXI").
 */
final class AbsoluteDateRules {

  private static final String MONTH_EN = TimeLexicon.MONTH_EN;
  private static final String MONTH_ES = TimeLexicon.MONTH_ES;
  private static final String WD_EN = TimeLexicon.WEEKDAY_EN;
  private static final String WD_ES = TimeLexicon.WEEKDAY_ES;

  /** Words after which a bare month or year is surely a date. */
  private static final Set<String> DATE_CUES = WordLists.set("facts/date-cues.txt");

  /** Words after a four-digit number that show it counts things ("2000 people"). */
  private static final Set<String> COUNT_WORDS = WordLists.set("facts/count-nouns.txt");

  /** Common words that end in s without being plural nouns. */
  private static final Set<String> NOT_PLURAL = notPlural();

  /** Words before a month that link it to another date ("March and April"). */
  private static final Set<String> LINKS = WordLists.set("facts/linking-en.txt");

  /** "the nineties": English tens in the plural ("twenty" gives "twenties"). */
  private static final List<String> DECADE_WORDS =
      TimeLexicon.tens("en", 20).stream().map(t -> t.substring(0, t.length() - 1) + "ies").toList();

  /**
   * "nineteen ninety-six", "January nineteen ninety-seven", "the winter of nineteen ninety-four",
   * "the year two thousand and one"; not "two thousand people".
   */
  private static final String SPOKEN_YEAR =
      "(?:(?<mon>"
          + MONTH_EN
          + ")\\s+|(?:(?i:the)\\s+)?(?<season>(?i:"
          + alternation(TimeNames.seasons("en"))
          + "))\\s+(?i:of)\\s+|(?<theyear>(?i:the\\s+year))\\s+)?"
          + "(?:(?<century>(?i:nineteen|twenty))[-\\s](?<rest>(?i:(?:"
          + alternation(TimeLexicon.tens("en", 20))
          + ")(?:[-\\s](?:"
          + alternation(TimeLexicon.cardinals("en", 1, 9))
          + "))?|"
          + alternation(TimeLexicon.cardinals("en", 10, 19))
          + "))|(?<twok>(?i:two\\s+thousand))(?:\\s+(?i:and)\\s+(?<small>(?i:"
          + alternation(TimeLexicon.cardinals("en", 1, 9))
          + ")))?)"
          + END
          + "(?![-\\s]+(?i:"
          + alternation(WordLists.list("facts/count-words-after-spoken-year-en.txt"))
          + "))";

  private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{Ll}+)");

  private AbsoluteDateRules() {}

  static List<TimeRule> rules() {
    List<TimeRule> rules = new ArrayList<>(fullDates());
    rules.addAll(months());
    rules.addAll(yearsAndLonger());
    return List.copyOf(rules);
  }

  /** July 16, 2023; 16 July; el 16 de julio de 2023; 2023-07-16; 7/16/2023. */
  private static List<TimeRule> fullDates() {
    return List.of(
        TimeRule.of(
                "month-day-year",
                Language.ANY,
                MONTH_TRIGGER,
                "(?:(?<wd>"
                    + WD_EN
                    + "),?\\s+)?(?:(?<rel>(?i:last|this|next))\\s+)?(?<mon>"
                    + MONTH_EN
                    + ")\\s*(?<day>"
                    + DAY
                    + ")(?:,?\\s+(?<year>"
                    + YEAR
                    + "))?",
                AbsoluteDateRules::monthDay)
            .around(20, 12),
        TimeRule.of(
                "day-month-year",
                Language.ANY,
                MONTH_TRIGGER,
                "(?:(?<wd>"
                    + WD_EN
                    + "),?\\s+)?(?:the\\s+)?(?<day>"
                    + DAY
                    + ")\\s+(?:of\\s+)?(?<mon>"
                    + MONTH_EN
                    + ")(?:,?\\s+(?<year>"
                    + YEAR
                    + "))?",
                AbsoluteDateRules::monthDay)
            .around(30, 12),
        TimeRule.of(
                "dia-de-mes",
                Language.ANY,
                MES_TRIGGER,
                "(?:(?<wd>"
                    + WD_ES
                    + "),?\\s+)?(?<day>"
                    + DAY
                    + "|(?iu:primero))\\s+de\\s+(?<mon>"
                    + MONTH_ES
                    + ")(?:\\s+(?:de|del)\\s+(?<year>"
                    + YEAR
                    + "))?",
                AbsoluteDateRules::monthDay)
            .around(30, 30),
        TimeRule.of(
                "iso-date",
                Language.ANY,
                "\\d{4}-",
                "(?<![\\d-])(?<year>(?:1\\d|20)\\d\\d)-(?<mon>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])"
                    + "(?![\\d])",
                AbsoluteDateRules::monthDay)
            .around(1, 8),
        TimeRule.of(
                "slash-date",
                Language.ANY,
                "\\d{1,2}/",
                "(?<![\\d/.])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<year>(?:19|20)?\\d\\d)(?![\\d/])",
                AbsoluteDateRules::slashDate)
            .around(1, 8));
  }

  /** July 2023; June last year; marzo del año pasado; julio de 2023; in May; en marzo. */
  private static List<TimeRule> months() {
    return List.of(
        TimeRule.of(
                "month-year",
                Language.ANY,
                MONTH_TRIGGER,
                POS_EN + "(?<mon>" + MONTH_EN + "),?\\s+(?:of\\s+)?(?<year>" + YEAR + ")",
                AbsoluteDateRules::monthYear)
            .around(25, 10),
        // "June last year", "marzo del año pasado": the month of the year named relative to the
        // anchor.
        TimeRule.of(
                "month-rel-year",
                Language.ANY,
                MONTH_TRIGGER,
                POS_EN
                    + "(?<mon>"
                    + MONTH_EN
                    + "),?\\s+(?<rel>(?i:this|last|next))\\s+(?i:year)"
                    + END,
                AbsoluteDateRules::monthRelativeYear)
            .around(25, 16),
        TimeRule.of(
                "mes-rel-año",
                Language.ANY,
                MES_TRIGGER,
                POS_ES
                    + "(?<mes>"
                    + MONTH_ES
                    + ")\\s+(?:(?iu:de|del)\\s+)?(?:(?<rel2>(?iu:este"
                    + "|(?:el\\s+)?próximo|(?:el\\s+)?proximo))\\s+(?iu:año)|(?iu:año)\\s+(?<rel3>(?iu:pasado"
                    + "|próximo|proximo|que\\s+viene)))"
                    + END,
                AbsoluteDateRules::monthRelativeYear)
            .around(35, 25),
        TimeRule.of(
                "mes-de-año",
                Language.ANY,
                MES_TRIGGER,
                POS_ES + "(?<mon>" + MONTH_ES + ")\\s+(?:de|del)\\s+(?<year>" + YEAR + ")",
                AbsoluteDateRules::monthYear)
            .around(30, 12),
        TimeRule.of(
                "month",
                Language.ANY,
                MONTH_TRIGGER,
                POS_EN + "(?:(?<rel>(?i:last|next|this|past|coming))\\s+)?(?<mon>" + MONTH_EN + ")",
                (m, c) -> bareMonth(m, c, false))
            .around(25, 2),
        TimeRule.of(
                "mes",
                Language.ANY,
                MES_TRIGGER,
                POS_ES + "(?<mon>" + MONTH_ES + ")(?:\\s+(?<rel>(?iu:pasado|próximo|proximo)))?",
                (m, c) -> bareMonth(m, c, true))
            .around(30, 12));
  }

  /** 2021; fiscal 2022; nineteen ninety-six; the 1990s; los años ochenta; the 21st century. */
  private static List<TimeRule> yearsAndLonger() {
    return List.of(
        TimeRule.of(
                "year",
                Language.ANY,
                "\\d{4}.?",
                "(?<![\\d,.$€£#/\\p{L}-])"
                    + POS_EN
                    + POS_ES.replace("pos>", "pos2>")
                    + "(?<fiscal>(?i:fiscal)\\s+(?:(?i:year)\\s+)?)?(?<year>(?:1\\d|20)\\d\\d)"
                    + "(?![\\d%]|[.,]\\d|-\\d|\\s*(?:%|percent|por\\s+ciento))",
                AbsoluteDateRules::year)
            .around(40, 2),
        // Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
        TimeRule.of(
                "spoken-year",
                Language.EN,
                "nineteen|twenty|thousand",
                SPOKEN_YEAR,
                AbsoluteDateRules::spokenYear)
            .around(30, 30),
        TimeRule.of(
                "decade",
                Language.ANY,
                // At most four digits: a trigger is matched against one whole word, and "\d*"
                // would read a thousand-digit number over and over.
                "\\d{0,3}0s|" + alternation(DECADE_WORDS),
                "(?:(?i:the)\\s+)?"
                    + POS_EN
                    + "(?:(?<full>1[5-9]\\d0|20\\d0)'?s|'(?<short>\\d0)s|(?<=(?i:the)\\s)(?<bare>[2-9]0)s"
                    // "the nineties": decades in words, read out in broadcasts.
                    + "|(?<=(?i:the)\\s)(?<tens>(?i:"
                    + alternation(DECADE_WORDS)
                    + ")))"
                    + END,
                AbsoluteDateRules::decade)
            .around(20, 2),
        TimeRule.of(
                "decada",
                Language.ANY,
                "años|d[eé]cadas?",
                POS_ES
                    + "(?:(?iu:los|la)\\s+)?(?:(?iu:años)|(?iu:d[eé]cada\\s+de(?:\\s+los)?(?:\\s+años)?))"
                    + "\\s+(?:(?<full>1[5-9]\\d0|20\\d0)|(?<bare>[2-9]0)|(?<word>(?iu:"
                    + alternation(TimeLexicon.tens("es", 20))
                    + ")))"
                    + END,
                AbsoluteDateRules::decade)
            .around(40, 25),
        TimeRule.of(
                "century",
                Language.ANY,
                "century|siglo",
                "(?:(?i:the)\\s+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>(?i:"
                    + alternation(TimeNames.centuries("en"))
                    + ")))\\s+(?i:century)"
                    + END
                    + "|(?:(?iu:el)\\s+)?(?iu:siglo)\\s+(?<r>"
                    + alternation(TimeNames.centuries("es"))
                    + "|\\d{1,2})"
                    + END,
                AbsoluteDateRules::century)
            .around(20, 12));
  }

  private static Set<String> notPlural() {
    Set<String> words = new HashSet<>(WordLists.set("facts/ending-in-s-en.txt"));
    words.addAll(WordLists.set("facts/ending-in-s-es.txt"));
    return Set.copyOf(words);
  }

  private static TimeValue monthDay(Matcher m, TimeContext ctx) {
    int month = groupMonth(m);
    String dayText = m.group("day").replaceAll("\\D", "");
    int day = dayText.isEmpty() ? 1 : Integer.parseInt(dayText);
    if (followedByQuantity(m, ctx)) return null;
    String year = m.group("year");
    if (year != null) {
      LocalDate d = TimeAnchor.safeDate(Integer.parseInt(year), month, day);
      return d == null
          ? null
          : ctx.value(m, d.toString(), "DATE", null, false, TimeContext.ABSOLUTE);
    }
    if (!ctx.anchored()) {
      String v = String.format("XXXX-%02d-%02d", month, day);
      return ctx.value(m, v, "DATE", null, true, TimeContext.UNANCHORED);
    }
    // "last Oct. 23" is the latest one before the anchor, "next March 3" the first after it.
    String rel = group(m, "rel") == null ? "" : m.group("rel").toLowerCase();
    Lean lean =
        rel.equals("last")
            ? Lean.PAST
            : rel.equals("next") ? Lean.FUTURE : ctx.lean(m.start(), m.end());
    int y = TimeAnchor.yearOfMonthDay(ctx.anchor, month, day, lean);
    if (!rel.isEmpty() && !rel.equals("this")) {
      LocalDate d = TimeAnchor.safeDate(y, month, day);
      if (d != null && rel.equals("last") && !d.isBefore(ctx.anchor)) y--;
      if (d != null && rel.equals("next") && !d.isAfter(ctx.anchor)) y++;
    }
    LocalDate d = TimeAnchor.safeDate(y, month, day);
    return d == null ? null : ctx.value(m, d.toString(), "DATE", null, true, TimeContext.ANCHORED);
  }

  private static int groupMonth(Matcher m) {
    String mon = m.group("mon");
    return mon.chars().allMatch(Character::isDigit)
        ? Integer.parseInt(mon)
        : TimeLexicon.month(mon);
  }

  /** "March 5 percent" or "May 3,200" are not dates. */
  private static boolean followedByQuantity(Matcher m, TimeContext ctx) {
    String after = ctx.text.substring(m.end(), Math.min(ctx.text.length(), m.end() + 12));
    return after.matches("(?s)\\s*(%|percent|por ciento|,\\d|\\.\\d).*");
  }

  private static TimeValue slashDate(Matcher m, TimeContext ctx) {
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    // Month first in English text, day first elsewhere; an impossible month settles it.
    boolean monthFirst = !"es".equals(ctx.language);
    if (a > 12) monthFirst = false;
    if (b > 12) monthFirst = true;
    String y = m.group("year");
    int year = Integer.parseInt(y);
    if (y.length() == 2) year += year > 50 ? 1900 : 2000;
    LocalDate d = TimeAnchor.safeDate(year, monthFirst ? a : b, monthFirst ? b : a);
    return d == null ? null : ctx.value(m, d.toString(), "DATE", null, false, 0.85);
  }

  private static TimeValue monthYear(Matcher m, TimeContext ctx) {
    String v = String.format("%s-%02d", m.group("year"), groupMonth(m));
    return ctx.value(m, v, "DATE", mod(m.group("pos")), false, TimeContext.ABSOLUTE);
  }

  private static TimeValue monthRelativeYear(Matcher m, TimeContext ctx) {
    String mon = group(m, "mon") != null ? group(m, "mon") : m.group("mes");
    int month = TimeLexicon.month(mon);
    String rel = group(m, "rel");
    if (rel == null) rel = group(m, "rel2");
    if (rel == null) rel = group(m, "rel3");
    int shift = TimeNames.shift(TimeLexicon.key(rel).replaceAll("\\s+", " "));
    String pos = group(m, "pos");
    if (!ctx.anchored()) {
      return ctx.value(
          m, String.format("XXXX-%02d", month), "DATE", mod(pos), true, TimeContext.UNANCHORED);
    }
    return ctx.value(
        m,
        String.format("%04d-%02d", ctx.anchor.getYear() + shift, month),
        "DATE",
        mod(pos),
        true,
        TimeContext.ANCHORED);
  }

  private static TimeValue spokenYear(Matcher m, TimeContext ctx) {
    int year;
    if (group(m, "twok") != null) {
      // "two thousand" alone is a count unless "the year" or a month or season says otherwise.
      if (group(m, "theyear") == null
          && group(m, "mon") == null
          && group(m, "season") == null
          && !DATE_CUES.contains(ctx.wordBefore(m.start()))) {
        return null;
      }
      Double small =
          group(m, "small") == null ? Double.valueOf(0) : TimeLexicon.number(m.group("small"));
      if (small == null) return null;
      year = 2000 + small.intValue();
    } else {
      Double rest = TimeLexicon.number(m.group("rest").replaceAll("[-\\s]+", "-"));
      if (rest == null) return null;
      year = (m.group("century").equalsIgnoreCase("nineteen") ? 1900 : 2000) + rest.intValue();
    }
    String v = String.format("%04d", year);
    if (group(m, "mon") != null) {
      v += String.format("-%02d", TimeLexicon.month(m.group("mon")));
    } else if (group(m, "season") != null) {
      v += "-" + TimeNames.season(m.group("season"));
    }
    return ctx.value(m, v, "DATE", null, false, TimeContext.ABSOLUTE);
  }

  private static TimeValue bareMonth(Matcher m, TimeContext ctx, boolean spanish) {
    int month = groupMonth(m);
    String pos = m.group("pos");
    String rel = m.group("rel");
    int monStart = m.start("mon");
    boolean cued = pos != null || rel != null || DATE_CUES.contains(ctx.wordBefore(m.start()));
    // A bare "May" is a verb as often as a month; Spanish month names are common nouns too.
    if (!cued && (month == 5 || spanish || TimeLexicon.needsItsDot(m.group("mon")))) {
      return null;
    }
    String before = ctx.wordBefore(m.start());
    boolean linked = LINKS.contains(before);
    // "April Ryan" and "Jan Kavan" are names, "March Madness" a title.
    if ((!cued || (linked && pos == null && rel == null))
        && ctx.text.startsWith(" ", m.end())
        && m.end() + 1 < ctx.text.length()
        && Character.isUpperCase(ctx.text.charAt(m.end() + 1))) {
      return null;
    }
    if (!cued
        && !spanish
        && !m.group("mon").endsWith(".")
        && m.group("mon").length() == 3
        && month != 5) {
      return null;
    }
    if (monStart > 0 && Character.isDigit(ctx.text.charAt(Math.max(0, monStart - 1)))) return null;
    if (!ctx.anchored()) {
      return ctx.value(
          m, String.format("XXXX-%02d", month), "DATE", mod(pos), true, TimeContext.UNANCHORED);
    }
    int y;
    int shift = rel == null ? 0 : TimeNames.shift(TimeLexicon.key(rel));
    int now = ctx.anchor.getMonthValue();
    if (rel == null) {
      y = TimeAnchor.yearOfMonth(ctx.anchor, month, ctx.lean(m.start(), m.end()));
    } else if (shift < 0) {
      y = month < now ? ctx.anchor.getYear() : ctx.anchor.getYear() - 1;
    } else if (shift > 0) {
      y = month > now ? ctx.anchor.getYear() : ctx.anchor.getYear() + 1;
    } else {
      y = ctx.anchor.getYear();
    }
    return ctx.value(
        m, String.format("%04d-%02d", y, month), "DATE", mod(pos), true, TimeContext.ANCHORED);
  }

  private static TimeValue year(Matcher m, TimeContext ctx) {
    int year = Integer.parseInt(m.group("year"));
    String pos = m.group("pos") != null ? m.group("pos") : group(m, "pos2");
    boolean cued =
        pos != null || m.group("fiscal") != null || DATE_CUES.contains(ctx.wordBefore(m.start()));
    if (year < 1900 && !cued) return null;
    if (year > 2099) return null;
    // Skip "2000 people", "in 1500 cases": a plural noun right after counts things.
    Matcher next =
        NEXT_WORD.matcher(ctx.text.substring(m.end(), Math.min(ctx.text.length(), m.end() + 30)));
    if (next.find()) {
      String w = next.group(1);
      if (COUNT_WORDS.contains(w)) return null;
      if (w.endsWith("s") && w.length() > 3 && !NOT_PLURAL.contains(w) && !cued) return null;
    }
    // A number among numbers ("1999 and 2000 units", "between 1950 and 2000 feet") is left to
    // context.
    double conf = cued ? TimeContext.ABSOLUTE : 0.75;
    return ctx.value(m, String.format("%04d", year), "DATE", mod(pos), false, conf);
  }

  private static TimeValue decade(Matcher m, TimeContext ctx) {
    String v;
    if (group(m, "full") != null) {
      v = m.group("full").substring(0, 3);
    } else if (group(m, "short") != null) {
      v = "19" + m.group("short").charAt(0);
    } else if (group(m, "bare") != null) {
      v = "19" + m.group("bare").charAt(0);
    } else if (group(m, "tens") != null) {
      Double n = TimeLexicon.number(m.group("tens").toLowerCase().replace("ies", "y"));
      if (n == null) return null;
      v = "19" + (int) (n / 10);
    } else {
      String w = TimeLexicon.key(m.group("word"));
      Double n = TimeLexicon.number(w);
      if (n == null) return null;
      v = "19" + (int) (n / 10);
    }
    return ctx.value(m, v, "DATE", mod(m.group("pos")), false, TimeContext.ABSOLUTE);
  }

  private static TimeValue century(Matcher m, TimeContext ctx) {
    int n;
    if (group(m, "n") != null) {
      n = Integer.parseInt(m.group("n"));
    } else if (group(m, "w") != null) {
      n = TimeNames.century(m.group("w").toLowerCase());
    } else {
      String r = m.group("r");
      Integer named = TimeNames.century(r);
      n = named != null ? named : Integer.parseInt(r);
    }
    return ctx.value(m, String.format("%02d", n - 1), "DATE", null, false, TimeContext.ABSOLUTE);
  }
}
