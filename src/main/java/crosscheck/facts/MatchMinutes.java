package crosscheck.facts;

import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minute of a match at which something happened, as sports reports give it: "in the 84th
 * minute", "an 84th-minute goal", "en el minuto 85", "al minuto 61", "a los 85 minutos". Outlets
 * disagree on these often (one gives 84, another 85). A minute is a point, not a span, and says
 * what happened at it only through the words beside it: the nearest event word of its clause
 * ({@code facts/match-minute-events.tsv}: a goal, a substitution, a card) names the measured thing,
 * so that a player's goal minute is never set against the minute he came on. A minute with no event
 * word beside it is left out.
 */
final class MatchMinutes {

  /** A minute of a match: its span, the minute, and what happened at it. */
  record Minute(int start, int end, String text, int minute, String event) {}

  /** The unit that keeps minutes of a match apart from spans of minutes. */
  static final String UNIT = "match-minute";

  /** Words read on either side of a minute, within its clause, for its event. */
  static final int EVENT_WINDOW = 8;

  private static final Map<String, String> EVENTS = WordLists.map("facts/match-minute-events.tsv");
  private static final java.util.Set<String> CONJUNCTIONS =
      TriggerLexicon.bothLanguages("conjunctions");

  private static final Pattern ENGLISH =
      Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)[- ]minute\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern SPANISH =
      Pattern.compile(
          "\\b(?:(?:en el|al) minuto (\\d{1,3})|a los (\\d{1,3}) minutos)\\b",
          Pattern.CASE_INSENSITIVE);

  private MatchMinutes() {}

  /** The minutes of a match named in {@code text[start, end)} that an event word explains. */
  static List<Minute> find(String text, int start, int end) {
    List<Minute> out = new ArrayList<>();
    for (Pattern p : List.of(ENGLISH, SPANISH)) {
      Matcher m = p.matcher(text).region(start, end);
      while (m.find()) {
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        int minute = Integer.parseInt(digits);
        if (minute == 0 || minute > 130) continue; // past extra time: no minute of a match
        String event = event(text, start, m.start(), m.end(), end);
        if (event != null) out.add(new Minute(m.start(), m.end(), m.group(), minute, event));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** The event word nearest the minute in its clause, as its event key; null when none. */
  private static String event(String text, int sentenceStart, int from, int to, int sentenceEnd) {
    List<String> before = MeasurementCues.clauseWordsBefore(text, sentenceStart, from);
    List<String> after = MeasurementCues.clauseWordsAfter(text, to, sentenceEnd);
    // "came on in the 93rd minute and scored": what follows a conjunction happened at another
    // minute
    for (int i = 0; i < after.size(); i++)
      if (CONJUNCTIONS.contains(after.get(i))) {
        after = after.subList(0, i);
        break;
      }
    for (int d = 0; d < EVENT_WINDOW; d++) {
      String key = d < after.size() ? eventOf(after, d) : null;
      if (key == null && d < before.size()) key = eventOf(before, before.size() - 1 - d);
      if (key != null) return key;
    }
    return null;
  }

  /** The event of the word at {@code i}, or of it and the next word ("came on", "red card"). */
  private static String eventOf(List<String> words, int i) {
    if (i + 1 < words.size()) {
      String two = EVENTS.get(words.get(i) + " " + words.get(i + 1));
      if (two != null) return two;
    }
    return EVENTS.get(words.get(i));
  }
}
