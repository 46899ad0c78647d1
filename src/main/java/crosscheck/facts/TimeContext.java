package crosscheck.facts;

import crosscheck.facts.TimeAnchor.Lean;
import crosscheck.text.WordLists;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/** The text being searched and the date it is relative to; one per call, not shared. */
final class TimeContext {

  static final double ABSOLUTE = 0.95;
  static final double ANCHORED = 0.8;
  static final double GUESSED = 0.65;
  static final double UNANCHORED = 0.3;

  // Tense cues: the one nearest an expression decides which way it leans.
  private static final Set<String> FUTURE_WORDS = WordLists.set("facts/tense-future-words.txt");

  /** Words that announce the future when "to" follows: "expected to", "plans to". */
  private static final Set<String> FUTURE_BEFORE_TO =
      WordLists.set("facts/tense-future-before-to.txt");

  private static final Set<String> PAST_WORDS = WordLists.set("facts/tense-past-words.txt");

  /** Words before a full stop that do not end a sentence: "Mr. Smith", "Daniel P. Davison". */
  private static final Set<String> ABBREVIATIONS = WordLists.set("facts/abbreviations.txt");

  final String text;
  final LocalDate anchor;
  final String language;

  TimeContext(String text, LocalDate anchor, String language) {
    this.text = text;
    this.anchor = anchor;
    this.language = language;
  }

  boolean anchored() {
    return anchor != null;
  }

  /**
   * Which way the sentence around an expression leans: the tense cue nearest to it (will,
   * scheduled, next / said, was, -ed) within its sentence, or NONE.
   */
  Lean lean(int start, int end) {
    int from = start;
    while (from > 0 && start - from < 150) {
      if (endsSentence(from - 1)) break;
      from--;
    }
    int to = end;
    while (to < text.length() && to - end < 80) {
      if (endsSentence(to)) break;
      to++;
    }
    Lean best = Lean.NONE;
    int bestDistance = Integer.MAX_VALUE;
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i)) && text.charAt(i) != '\'') {
        i++;
        continue;
      }
      int ws = i;
      while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) i++;
      if (ws >= start && i <= end) continue;
      String word = text.substring(ws, i).toLowerCase(Locale.ROOT);
      Lean cue = tenseOf(word, i, to);
      // A verb in -ed right before the expression is its past tense ("announced Friday"); further
      // away it is as often a participle ("will be held").
      if (cue == null
          && !"es".equals(language)
          && word.length() > 4
          && word.endsWith("ed")
          && i <= start
          && text.substring(i, start).isBlank()) {
        cue = Lean.PAST;
      }
      if (cue == null) continue;
      int distance = i <= start ? start - i : ws - end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = cue;
      }
    }
    return best;
  }

  /**
   * Whether the character at i ends a sentence; a full stop after an initial or a title does not.
   */
  private boolean endsSentence(int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '!' || c == '?') return true;
    if (c != '.') return false;
    int j = i;
    while (j > 0 && Character.isLetter(text.charAt(j - 1))) j--;
    String word = text.substring(j, i);
    int k = i + 1;
    while (k < text.length() && text.charAt(k) == ' ') k++;
    // Lower case or a digit after the stop continues the sentence ("Dec. 7 of", "U.S. officials").
    if (k > i + 1
        && k < text.length()
        && (Character.isLowerCase(text.charAt(k)) || Character.isDigit(text.charAt(k)))) {
      return false;
    }
    // A middle initial ("Daniel P. Davison"), but not the end of "U.S.".
    if (word.length() == 1
        && Character.isUpperCase(word.charAt(0))
        && (j == 0 || text.charAt(j - 1) == ' ')) {
      return false;
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private Lean tenseOf(String w, int after, int to) {
    // "next to the embassy" is a place.
    if (w.equals("next") && text.startsWith(" to ", after)) return null;
    if (FUTURE_WORDS.contains(w) || w.endsWith("'ll")) return Lean.FUTURE;
    if (FUTURE_BEFORE_TO.contains(w)) {
      int j = after;
      while (j < to && text.charAt(j) == ' ') j++;
      boolean to1 = text.startsWith("to ", j) || text.startsWith("a ", j);
      if (to1) return Lean.FUTURE;
    }
    if (PAST_WORDS.contains(w)) return Lean.PAST;
    // Spanish future (-rá, -rán) and past (-ó, -aron, -ieron). English -ed is left out: as often
    // a participle ("will be held") as a past tense.
    if (w.length() > 4 && (w.endsWith("rá") || w.endsWith("rán"))) return Lean.FUTURE;
    if (w.length() > 4 && (w.endsWith("aron") || w.endsWith("ieron"))) {
      return Lean.PAST;
    }
    if (w.length() > 3 && w.endsWith("ó")) return Lean.PAST;
    return null;
  }

  /** Whether the sentence holding an offset contains a word (lower case). */
  boolean sentenceMentions(int offset, String word) {
    int from = offset;
    while (from > 0 && offset - from < 300 && ".\n!?".indexOf(text.charAt(from - 1)) < 0) from--;
    int to = offset;
    while (to < text.length() && to - offset < 300 && ".\n!?".indexOf(text.charAt(to)) < 0) to++;
    return text.substring(from, to).toLowerCase().contains(word);
  }

  /** Whether a word (lower case) occurs in the 600 characters up to an offset or its sentence. */
  boolean recentlyMentions(int offset, String word) {
    int from = Math.max(0, offset - 600);
    return text.substring(from, offset).toLowerCase().contains(word)
        || sentenceMentions(offset, word);
  }

  /** The word just before an offset, lower-cased, or "". */
  String wordBefore(int offset) {
    int i = offset;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
    int e = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
    return text.substring(i, e).toLowerCase();
  }

  TimeValue value(
      Matcher m, int start, String value, String type, String mod, boolean relative, double conf) {
    int end = m.end();
    return new TimeValue(start, end, text.substring(start, end), value, type, mod, relative, conf);
  }

  TimeValue value(Matcher m, String value, String type, String mod, boolean relative, double conf) {
    return value(m, m.start(), value, type, mod, relative, conf);
  }
}
