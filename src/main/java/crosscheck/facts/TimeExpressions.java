package crosscheck.facts;

import crosscheck.text.WordLists;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in English and Spanish text and normalises them to TimeML values (ISO 8601
 * at the precision written: 2023, 2023-07, 2023-07-16, 2023-W29, 199, P3Y, PRESENT_REF).
 *
 * <p>Relative expressions (yesterday, last Thursday, el mes pasado, July 16 without a year) are
 * resolved against an anchor date, normally the publication date. A month-day without a year takes
 * the anchor's year or a neighbour's: the closest such date, a future one counting three times as
 * far unless the sentence looks ahead, as news mostly reports the past. Without an anchor their
 * value is null, or a TimeML pattern such as XXXX-07-16, with low confidence.
 *
 * <p>Rules are regexes compiled once; the class is stateless and thread-safe.
 */
public final class TimeExpressions {

  /** The publication date read from the text itself, how sure, and what it rests on. */
  public record InferredDate(String value, double confidence, String evidence) {}

  private static final List<TimeRule> RULES = allRules();

  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}|XXXX)-(\\d\\d|XX)-(\\d\\d|XX)");
  private static final Pattern CLOCK_VALUE =
      Pattern.compile("XXXX-XX-XX(T\\d\\d:\\d\\d)|\\d{4}-\\d\\d-\\d\\d(T\\d\\d:\\d\\d)");
  private static final Pattern JOIN_TIME_THEN_DATE = Pattern.compile("(?i)[\\s,]*(?:on\\s+)?");
  private static final Pattern JOIN_DATE_THEN_TIME =
      Pattern.compile("(?iu)[\\s,]*(?:at|a\\s+las|a\\s+la)?\\s*");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d\\d");
  private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");
  // "yesterday", "this week", "on Monday": the text speaks of recent days.
  private static final Pattern RECENT_CUE =
      Pattern.compile(
          "(?iu)\\b(?:"
              + WordPatterns.alternation(WordLists.list("facts/recent-day-cues.txt"))
              + "|on\\s+(?:"
              + TimeLexicon.WEEKDAY_EN_TRIGGER
              + ")|(?:este|el\\s+pasado)\\s+(?:"
              + TimeLexicon.WEEKDAY_ES_TRIGGER
              + "))\\b");

  /** An inferred date below the usual anchor threshold (0.5): relative dates stay unresolved. */
  private static final double EVENT_DATE_CONFIDENCE = 0.45;

  /** A dateline holds little besides its date ("Published: July 3, 2021, 10:00 EDT"). */
  private static final int DATELINE_OTHER_CHARS = 40;

  private TimeExpressions() {}

  /** The words of a text with, for each, the rules it triggers (bit i = rule i). */
  private record Words(int[] starts, int[] ends, long[] masks, int size) {

    static Words of(String text, int from, int to) {
      int n = 0;
      int[] starts = new int[64];
      int[] ends = new int[64];
      long[] masks = new long[64];
      int i = from;
      while (i < to) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
          i++;
          continue;
        }
        int s = i;
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) i++;
        // No trigger is this long; a thousand-digit number or an endless word is never looked up
        // (nor kept in the cache of known words).
        if (i - s > MAX_TRIGGER_CHARS) continue;
        String key = text.substring(s, i).toLowerCase(Locale.ROOT);
        // A number keeps the sign after it, so that "2023-" or "10:" can trigger.
        if (Character.isDigit(key.charAt(key.length() - 1))
            && i < to
            && !Character.isWhitespace(text.charAt(i))) {
          key = key + text.charAt(i);
        }
        long mask = triggered(key);
        if (mask == 0) continue;
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
          masks = Arrays.copyOf(masks, n * 2);
        }
        starts[n] = s;
        ends[n] = i;
        masks[n++] = mask;
      }
      return new Words(starts, ends, masks, n);
    }

    /** Longer words trigger no rule: triggers are month, unit and number words. */
    private static final int MAX_TRIGGER_CHARS = 40;

    /** Trigger masks of words seen so far, shared by all threads; bounded to cap memory. */
    private static final Map<String, Long> KNOWN = new ConcurrentHashMap<>();

    private static final int KNOWN_MAX = 200_000;

    private static long triggered(String word) {
      Long known = KNOWN.get(word);
      if (known != null) return known;
      long mask = 0;
      for (int r = 0; r < RULES.size(); r++) {
        if (RULES.get(r).trigger().matcher(word).matches()) mask |= 1L << r;
      }
      if (KNOWN.size() < KNOWN_MAX) KNOWN.put(word, mask);
      return mask;
    }

    int start(int w) {
      return starts[w];
    }

    int end(int w) {
      return ends[w];
    }

    long mask(int w) {
      return masks[w];
    }
  }

  private static List<TimeRule> allRules() {
    List<TimeRule> rules = new ArrayList<>();
    // Rule i is bit i of a word's trigger mask.
    rules.addAll(AbsoluteDateRules.rules());
    rules.addAll(RelativeDateRules.rules());
    rules.addAll(ClockTimeRules.rules());
    rules.addAll(DurationSetRules.rules());
    if (rules.size() > Long.SIZE) throw new IllegalStateException("too many time rules");
    return List.copyOf(rules);
  }

  /**
   * The time expressions in {@code text[start, end)}, in text order, not overlapping; offsets are
   * into {@code text}.
   *
   * @param language "en", "es" or "und" (both rule sets)
   * @param anchorDate ISO date the text is relative to (its publication date), or null
   */
  public static List<TimeValue> find(
      String text, int start, int end, String language, String anchorDate) {
    if (text == null || start >= end) return List.of();
    String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    TimeContext ctx = new TimeContext(text, TimeAnchor.parse(anchorDate), lang);
    Words words = Words.of(text, start, end);
    List<Candidate> candidates = new ArrayList<>();
    for (int r = 0; r < RULES.size(); r++) {
      TimeRule rule = RULES.get(r);
      if (!rule.language().covers(lang)) continue;
      Matcher m = null;
      int windowStart = -1;
      int windowEnd = -1;
      for (int w = 0; w <= words.size(); w++) {
        boolean more = w < words.size();
        if (more && (words.mask(w) & (1L << r)) == 0) continue;
        int ws = more ? Math.max(start, words.start(w) - rule.before()) : -1;
        if (windowStart >= 0 && (!more || ws > windowEnd)) {
          if (m == null) m = rule.pattern().matcher(text);
          m.region(windowStart, windowEnd).useTransparentBounds(true).useAnchoringBounds(false);
          while (m.find()) {
            if (m.end() == m.start()) continue;
            TimeValue v = rule.resolver().resolve(m, ctx);
            if (v != null && isWordBounded(text, v.start(), v.end())) {
              candidates.add(new Candidate(v, r));
            }
          }
          windowStart = -1;
        }
        if (!more) break;
        if (windowStart < 0) windowStart = ws;
        windowEnd = Math.min(end, words.end(w) + rule.after());
      }
    }
    return merge(text, select(candidates));
  }

  /** Convenience: the whole text. */
  public static List<TimeValue> find(String text, String language, String anchorDate) {
    return find(text, 0, text == null ? 0 : text.length(), language, anchorDate);
  }

  /**
   * The publication date of a text that came without one, from its own dated references: the latest
   * full date it mentions, more surely when it sits in the first lines (a dateline) or the text
   * speaks of "yesterday" or "this week"; else the latest month, else the latest year, each less
   * surely. Null value with confidence 0 when the text dates nothing.
   *
   * @param absoluteDates the text's time expressions, normally {@code find(text, lang, null)}
   */
  /** A year read from a weekday and a day: sure of the year, not of the day of writing. */
  static final double WEEKDAY_YEAR_CONFIDENCE = 0.4;

  public static InferredDate inferPublicationDate(String text, List<TimeValue> absoluteDates) {
    return inferPublicationDate(text, absoluteDates, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * As {@link #inferPublicationDate(String, List)}, on day {@code today}: a weekday written with a
   * day of a month ({@link WeekdayYears}) dates the story to its most recent year up to today.
   */
  static InferredDate inferPublicationDate(
      String text, List<TimeValue> absoluteDates, LocalDate today) {
    TimeValue bestDay = null;
    TimeValue bestMonth = null;
    TimeValue bestYear = null;
    int days = 0;
    for (TimeValue t : absoluteDates) {
      if (t.relative() || t.value() == null || !"DATE".equals(t.type())) continue;
      String v = t.value();
      if (FULL_DATE.matcher(v).matches()) {
        days++;
        if (bestDay == null || v.compareTo(bestDay.value()) > 0) bestDay = t;
      } else if (MONTH_VALUE.matcher(v).matches()) {
        if (bestMonth == null || v.compareTo(bestMonth.value()) > 0) bestMonth = t;
      } else if (YEAR_VALUE.matcher(v).matches()) {
        if (bestYear == null || v.compareTo(bestYear.value()) > 0) bestYear = t;
      }
    }
    boolean recentCue = text != null && RECENT_CUE.matcher(text).find();
    if (bestDay != null
        && (bestMonth == null
            || bestDay.value().substring(0, 7).compareTo(bestMonth.value()) >= 0)) {
      double conf = 0.5;
      StringBuilder why = new StringBuilder("latest full date \"" + bestDay.text() + "\"");
      if (bestDay.start() < 300) {
        conf += 0.2;
        why.append(" near the top");
      }
      boolean eventOnly = recentCue && !inDateline(text, bestDay);
      if (recentCue && !eventOnly) {
        conf += 0.1;
        why.append("; text speaks of recent days");
      }
      if (days > 1) {
        conf += 0.05;
        why.append("; ").append(days).append(" dates mentioned");
      }
      if (eventOnly) {
        // "the treaty signed on July 16" in a text that says "on Monday" was written after it.
        conf = Math.min(conf, EVENT_DATE_CONFIDENCE);
        why.append("; only an event's date in a sentence, and the text speaks of days after it");
      }
      return new InferredDate(bestDay.value(), Math.min(conf, 0.9), why.toString());
    }
    Integer weekdayYear = text == null ? null : WeekdayYears.year(text, today);
    if (weekdayYear != null
        && (bestMonth == null || !bestMonth.value().startsWith(String.valueOf(weekdayYear)))) {
      return new InferredDate(
          String.valueOf(weekdayYear),
          WEEKDAY_YEAR_CONFIDENCE,
          "a weekday and a day of a month written together fall together in " + weekdayYear);
    }
    if (bestMonth != null
        && (bestYear == null
            || bestMonth.value().substring(0, 4).compareTo(bestYear.value()) >= 0)) {
      return new InferredDate(
          bestMonth.value(),
          recentCue ? 0.45 : 0.35,
          "latest month mentioned \"" + bestMonth.text() + "\"");
    }
    if (bestYear != null) {
      return new InferredDate(
          bestYear.value(), 0.2, "latest year mentioned \"" + bestYear.text() + "\"");
    }
    return new InferredDate(null, 0.0, "no dated reference in the text");
  }

  /**
   * Whether the date sits in the text's first line or on a line that is little else (a dateline,
   * "By Jane Roe, July 3, 2021"), rather than inside a sentence that reports an event.
   */
  private static boolean inDateline(String text, TimeValue date) {
    if (text == null || date.end() > text.length()) return false;
    int lineStart = date.start() == 0 ? 0 : text.lastIndexOf('\n', date.start() - 1) + 1;
    if (lineStart == 0) return true;
    int lineEnd = text.indexOf('\n', date.end());
    if (lineEnd < 0) lineEnd = text.length();
    String rest = text.substring(lineStart, date.start()) + text.substring(date.end(), lineEnd);
    return rest.strip().length() <= DATELINE_OTHER_CHARS;
  }

  private record Candidate(TimeValue value, int rule) {
    int length() {
      return value.end() - value.start();
    }
  }

  private static boolean isWordBounded(String text, int s, int e) {
    boolean left = s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1));
    boolean right =
        e >= text.length()
            || !Character.isLetterOrDigit(text.charAt(e))
            || !Character.isLetterOrDigit(text.charAt(e - 1));
    return left && right;
  }

  /** Longest first, then the earlier rule; no two kept expressions overlap. */
  private static List<TimeValue> select(List<Candidate> candidates) {
    candidates.sort(
        Comparator.comparingInt(Candidate::length)
            .reversed()
            .thenComparingInt(Candidate::rule)
            .thenComparingInt(c -> c.value().start()));
    List<TimeValue> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean free = true;
      for (TimeValue k : kept) {
        if (c.value().start() < k.end() && k.start() < c.value().end()) {
          free = false;
          break;
        }
      }
      if (free) kept.add(c.value());
    }
    kept.sort(Comparator.comparingInt(TimeValue::start));
    return kept;
  }

  /** A clock time written next to a date ("5 p.m. Nov. 9", "Monday at 10 a.m.") takes its day. */
  private static List<TimeValue> merge(String text, List<TimeValue> values) {
    List<TimeValue> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      TimeValue a = values.get(i);
      if (i + 1 < values.size()) {
        TimeValue b = values.get(i + 1);
        String gap = text.substring(a.end(), b.start());
        TimeValue joined = null;
        if (isClock(a) && isDay(b) && JOIN_TIME_THEN_DATE.matcher(gap).matches()) {
          joined = join(text, a, b, b, a);
        } else if (isDay(a) && isClock(b) && JOIN_DATE_THEN_TIME.matcher(gap).matches()) {
          joined = join(text, a, b, a, b);
        }
        if (joined != null) {
          out.add(joined);
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static boolean isClock(TimeValue t) {
    return "TIME".equals(t.type()) && t.value() != null && CLOCK_VALUE.matcher(t.value()).matches();
  }

  private static boolean isDay(TimeValue t) {
    return "DATE".equals(t.type()) && t.value() != null && DAY_VALUE.matcher(t.value()).matches();
  }

  private static TimeValue join(
      String text, TimeValue first, TimeValue second, TimeValue date, TimeValue clock) {
    String time = clock.value().substring(clock.value().indexOf('T'));
    return new TimeValue(
        first.start(),
        second.end(),
        text.substring(first.start(), second.end()),
        date.value() + time,
        "TIME",
        clock.mod(),
        date.relative(),
        Math.min(date.confidence(), clock.confidence() + 0.1));
  }
}
