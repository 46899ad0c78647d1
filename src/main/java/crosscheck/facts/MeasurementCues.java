package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a value say of it: whether the sentence vouches for it (hedges and
 * forecasts) and whether it is a threshold, what had to be reached rather than what was. Read by
 * {@link MeasurementExtractor}.
 */
final class MeasurementCues {
  private static final Set<String> HEDGES = WordLists.set("facts/hedge-cues.txt");
  private static final Set<String> FORECASTS = WordLists.set("facts/measurement-forecast-cues.txt");
  private static final Set<String> REQUESTS = WordLists.set("facts/measurement-request-cues.txt");
  private static final Set<String> THRESHOLDS =
      WordLists.set("facts/measurement-threshold-cues.txt");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\]—–]");

  /** Words read on either side of a value for a threshold cue, within its clause. */
  static final int THRESHOLD_WINDOW = 4;

  /** Words read before a value for a request verb ("asking the court for a sentence of 14"). */
  static final int REQUEST_REACH = 12;

  private static final Set<String> REQUEST_BREAKS =
      WordLists.set("facts/measurement-request-breaks.txt");

  private static final Pattern REQUEST_CLAUSE_MARK = Pattern.compile("[,;]");

  private static final List<String> RUNNING = WordLists.list("facts/measurement-running-cues.txt");

  private MeasurementCues() {}

  /**
   * Whether a sentence dates its figures to a point before the end of what they count ("by the
   * early stages of the second set", "al descanso"): running figures, not the final ones.
   */
  static boolean running(String text, int sentenceStart, int sentenceEnd) {
    String folded =
        " "
            + String.join(
                " ",
                words(
                    Folding.fold(text.substring(sentenceStart, sentenceEnd))
                        .toLowerCase(Locale.ROOT)))
            + " ";
    for (String cue : RUNNING) if (folded.contains(" " + cue + " ")) return true;
    return false;
  }

  /**
   * Whether a sentence hedges or forecasts ("could", "expected to", "se prevé"). The dates in it
   * are left out first: the month of "in May 2022" is no "may".
   */
  static boolean hedged(String text, int sentenceStart, int sentenceEnd, List<TimeValue> times) {
    StringBuilder sentence = new StringBuilder(text.substring(sentenceStart, sentenceEnd));
    for (TimeValue t : times) {
      int from = Math.max(0, t.start() - sentenceStart);
      int to = Math.min(sentence.length(), t.end() - sentenceStart);
      for (int i = from; i < to; i++) sentence.setCharAt(i, ' ');
    }
    List<String> words = words(Folding.fold(sentence.toString()));
    for (String w : words) if (HEDGES.contains(w)) return true;
    String folded = " " + String.join(" ", words) + " ";
    for (String cue : FORECASTS) if (folded.contains(" " + cue + " ")) return true;
    return false;
  }

  /**
   * Whether a value is a threshold: a cue within {@link #THRESHOLD_WINDOW} words before or after it
   * in its clause ("needed 150 votes", "150 votes were required", "la mayoría absoluta de 150").
   */
  static boolean threshold(
      String text, int sentenceStart, int valueStart, int valueEnd, int sentenceEnd) {
    return nearCue(THRESHOLDS, text, sentenceStart, valueStart, valueEnd, sentenceEnd);
  }

  /** Words read before a value for a negation that makes it a mark not reached. */
  static final int NEGATION_WINDOW = 6;

  /**
   * Whether a negation stands a few words before the value in its clause ("failed to even get 40%",
   * "no llegó al 40 %", "ni el 35 %"): a mark the figure stayed below, not the figure. A qualifier
   * ("no fewer than 30") is part of the value and not read here.
   */
  static boolean unreached(String text, int sentenceStart, int valueStart) {
    List<String> b = clauseWordsBefore(text, sentenceStart, valueStart);
    for (String w : b.subList(Math.max(0, b.size() - NEGATION_WINDOW), b.size()))
      if (TriggerLexicon.NEGATIONS.contains(w) || w.endsWith("n't")) return true;
    return false;
  }

  /**
   * Whether a value is a plan, a forecast or a request rather than an outcome: a cue within {@link
   * #THRESHOLD_WINDOW} words of it in its clause ("eight are expected to be freed", "se prevé que
   * 8", "prosecutors sought 11 years", "la defensa pide 14 meses").
   */
  static boolean planned(
      String text, int sentenceStart, int valueStart, int valueEnd, int sentenceEnd) {
    return nearCue(FORECASTS, text, sentenceStart, valueStart, valueEnd, sentenceEnd)
        || nearCue(REQUESTS, text, sentenceStart, valueStart, valueEnd, sentenceEnd)
        || requestedBefore(text, sentenceStart, valueStart)
        || polled(text, sentenceStart, valueStart)
        || counterfactual(text, sentenceStart, valueStart);
  }

  /**
   * Whether a value is what someone asked for ("prosecutors sought 11 years", "la defensa pide 14
   * meses"): a request cue near it or before it in its clause.
   */
  static boolean requested(
      String text, int sentenceStart, int valueStart, int valueEnd, int sentenceEnd) {
    return nearCue(REQUESTS, text, sentenceStart, valueStart, valueEnd, sentenceEnd)
        || requestedBefore(text, sentenceStart, valueStart);
  }

  private static final Set<String> POSSIBILITIES =
      WordLists.set("facts/measurement-possibility-cues.txt");

  /**
   * Whether a possibility stands up to {@link #COUNTERFACTUAL_REACH} words before the value or
   * {@link #POSSIBILITY_AFTER} after it in its clause ("could free 12", "12 could be freed",
   * "podrían ser liberados 9 presos"): what may be, not what is. The caller leaves maxima out ("can
   * face up to 12 years").
   */
  static boolean possible(
      String text, int sentenceStart, int valueStart, int valueEnd, int sentenceEnd) {
    if (cueBefore(POSSIBILITIES, text, sentenceStart, valueStart)) return true;
    // "12 prisoners held in Russia could be freed": the count is the possibility's subject
    List<String> a = clauseWordsAfter(text, valueEnd, sentenceEnd);
    String window =
        " " + String.join(" ", a.subList(0, Math.min(a.size(), POSSIBILITY_AFTER))) + " ";
    for (String cue : POSSIBILITIES) if (window.contains(" " + cue + " ")) return true;
    return false;
  }

  /** Words read after a value for a possibility it is the subject of. */
  static final int POSSIBILITY_AFTER = 6;

  private static final Set<String> COUNTERFACTUALS =
      WordLists.set("facts/measurement-counterfactual-cues.txt");

  /** Words read before a value for a counterfactual. */
  static final int COUNTERFACTUAL_REACH = 8;

  /**
   * Whether a counterfactual stands up to {@link #COUNTERFACTUAL_REACH} words before the value in
   * its clause ("would not have played until March 2030", "habría terminado en 2030"): what would
   * have been, not what is.
   */
  private static boolean counterfactual(String text, int sentenceStart, int valueStart) {
    return cueBefore(COUNTERFACTUALS, text, sentenceStart, valueStart);
  }

  /**
   * Whether a cue stands up to {@link #COUNTERFACTUAL_REACH} words before a value in its clause.
   */
  private static boolean cueBefore(
      Set<String> cues, String text, int sentenceStart, int valueStart) {
    List<String> b = clauseWordsBefore(text, sentenceStart, valueStart);
    String window =
        " "
            + String.join(" ", b.subList(Math.max(0, b.size() - COUNTERFACTUAL_REACH), b.size()))
            + " ";
    for (String cue : cues) if (window.contains(" " + cue + " ")) return true;
    return false;
  }

  private static final Set<String> POLLS = WordLists.set("facts/measurement-poll-cues.txt");

  /**
   * Whether the sentence gives the value as a poll's ("an exit poll showed her winning 52%", "según
   * una encuesta a boca de urna, 52%"): an estimate of the result, not the result, and each
   * pollster's its own. The cue stands anywhere before the value in its sentence.
   */
  private static boolean polled(String text, int sentenceStart, int valueStart) {
    String before =
        " "
            + String.join(" ", words(Folding.fold(text.substring(sentenceStart, valueStart))))
            + " ";
    for (String cue : POLLS) if (before.contains(" " + cue + " ")) return true;
    return false;
  }

  /**
   * Whether a request verb stands up to {@link #REQUEST_REACH} words before the value in its clause
   * (cut at a conjunction: facts/measurement-request-breaks.txt), where a colon, a dash or a
   * parenthesis does not end the clause but says what was asked ("asking the court for a sentence
   * of 14 months", "pide una condena mucho menor: solo 14 meses", "asked for 135 months (11 years,
   * 3 months)").
   */
  private static boolean requestedBefore(String text, int sentenceStart, int valueStart) {
    Matcher m = REQUEST_CLAUSE_MARK.matcher(text.substring(sentenceStart, valueStart));
    String before = text.substring(sentenceStart, valueStart);
    int last = -1;
    while (m.find()) last = m.end();
    List<String> b = words(Folding.fold(last < 0 ? before : before.substring(last)));
    // "pedía cinco años de cárcel y 14 de inhabilitación": a conjunction right before the
    // value joins it to what was asked, it opens no clause of its own
    for (int i = b.size() - 2; i >= 0; i--) {
      if (REQUEST_BREAKS.contains(b.get(i))) {
        b = b.subList(i + 1, b.size());
        break;
      }
    }
    String window =
        " " + String.join(" ", b.subList(Math.max(0, b.size() - REQUEST_REACH), b.size())) + " ";
    for (String cue : REQUESTS) if (window.contains(" " + cue + " ")) return true;
    return false;
  }

  private static boolean nearCue(
      Set<String> cues,
      String text,
      int sentenceStart,
      int valueStart,
      int valueEnd,
      int sentenceEnd) {
    String before = clauseTail(text.substring(sentenceStart, valueStart));
    String after = clauseHead(text.substring(valueEnd, sentenceEnd));
    List<String> b = words(Folding.fold(before));
    List<String> a = words(Folding.fold(after));
    String window =
        " "
            + String.join(" ", b.subList(Math.max(0, b.size() - THRESHOLD_WINDOW), b.size()))
            + " "
            + String.join(" ", a.subList(0, Math.min(a.size(), THRESHOLD_WINDOW)))
            + " ";
    // a phrase may end a little further on than a word: "por 40 países para entrar en vigor"
    String longer =
        window
            + String.join(
                " ",
                a.subList(
                    Math.min(a.size(), THRESHOLD_WINDOW),
                    Math.min(a.size(), THRESHOLD_WINDOW + PHRASE_EXTRA)))
            + " ";
    for (String cue : cues)
      if ((cue.indexOf(' ') > 0 ? longer : window).contains(" " + cue + " ")) return true;
    return false;
  }

  /** Words a cue of several words may run past {@link #THRESHOLD_WINDOW} after the value. */
  static final int PHRASE_EXTRA = 2;

  /** Words read on either side of a value, in its clause, for the year it belongs to. */
  static final int YEAR_WINDOW = 8;

  private static final Set<String> SINCE = WordLists.set("facts/measurement-since-words.txt");

  /**
   * Whether the value's clause dates it to a year before the one its document was written in ("the
   * 48% her predecessor won in 2018", "el 48% que logró en 2018"): another event's figure. A year
   * after "since" ("up 40% since 2019") dates the start of a change, not the figure.
   */
  static boolean earlierYear(
      String text,
      int sentenceStart,
      int valueStart,
      int valueEnd,
      int sentenceEnd,
      String anchorDate) {
    if (anchorDate == null || !anchorDate.matches("\\d{4}.*")) return false;
    return earlierYear(
        text,
        sentenceStart,
        valueStart,
        valueEnd,
        sentenceEnd,
        Integer.parseInt(anchorDate.substring(0, 4)));
  }

  /** As above, against the year {@code written} rather than a document's anchor date. */
  static boolean earlierYear(
      String text, int sentenceStart, int valueStart, int valueEnd, int sentenceEnd, int written) {
    List<String> b = clauseWordsBefore(text, sentenceStart, valueStart);
    List<String> a = clauseWordsAfter(text, valueEnd, sentenceEnd);
    // another figure ends the window: a year past it dates that figure ("61% beats the 48% won
    // in 2018")
    int from = b.size();
    while (from > 0 && b.size() - from < YEAR_WINDOW && !otherFigure(b.get(from - 1))) from--;
    int to = 0;
    while (to < a.size() && to < YEAR_WINDOW && !otherFigure(a.get(to))) to++;
    List<String> window = new ArrayList<>(b.subList(from, b.size()));
    window.addAll(a.subList(0, to));
    for (int i = 0; i < window.size(); i++) {
      String w = window.get(i);
      if (!YEAR.matcher(w).matches()) continue;
      boolean since = i > 0 && SINCE.contains(window.get(i - 1));
      if (!since && Integer.parseInt(w) < written) return true;
    }
    return false;
  }

  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  private static boolean otherFigure(String word) {
    return Character.isDigit(word.charAt(0)) && !YEAR.matcher(word).matches();
  }

  static String clauseTail(String s) {
    Matcher m = CLAUSE_MARK.matcher(s);
    int last = -1;
    while (m.find()) last = m.end();
    return last < 0 ? s : s.substring(last);
  }

  static String clauseHead(String s) {
    Matcher m = CLAUSE_MARK.matcher(s);
    return m.find() ? s.substring(0, m.start()) : s;
  }

  /** The folded words of a value's clause before it, in order. */
  static List<String> clauseWordsBefore(String text, int sentenceStart, int valueStart) {
    return words(Folding.fold(clauseTail(text.substring(sentenceStart, valueStart))));
  }

  /** The folded words of a value's clause after it, in order. */
  static List<String> clauseWordsAfter(String text, int valueEnd, int sentenceEnd) {
    return words(Folding.fold(clauseHead(text.substring(valueEnd, sentenceEnd))));
  }

  static List<String> words(String folded) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(folded.toLowerCase(java.util.Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }
}
