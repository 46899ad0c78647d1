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
 * Whether a count of years is someone's age ("aged 55", "a 55-year-old", "Ruiz, de 55 años,", "Ruiz
 * (de 55 años)", "a los 22 años"): an age is another measured thing than a term of years, and two
 * people's ages never disagree. The cues are facts/measurement-age-cues.tsv.
 */
public final class MeasurementAges {
  /** What a measurement of an age measures, in either language. */
  static final String AGE = "age";

  private static final List<String> BEFORE = new ArrayList<>();
  private static final List<String> AFTER = new ArrayList<>();
  private static final Set<String> PERSON_NOUNS =
      WordLists.set("facts/measurement-age-person-nouns.txt");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[,(]");

  static {
    for (List<String> row : WordLists.table("facts/measurement-age-cues.tsv", 2))
      (row.get(0).equals("before") ? BEFORE : AFTER).add(row.get(1));
  }

  private MeasurementAges() {}

  /** Whether the quantity, in its sentence ending at {@code sentenceEnd}, gives an age. */
  public static boolean isAge(String text, int sentenceStart, QuantityValue q, int sentenceEnd) {
    if (q.counted() == null || q.unit() != null) return false;
    String counted = Folding.fold(q.counted()).toLowerCase(Locale.ROOT);
    if (!counted.equals("years") && !counted.equals("anos") && !counted.equals("ano")) return false;
    if ("old".equals(q.modifier())) return true; // "a 55-year-old"
    String before = " " + String.join(" ", words(text.substring(sentenceStart, q.start())));
    // "tiene dos años para recurrir": time given to do something, not an age
    if (DurationCues.isDeadline(text, sentenceStart, q, sentenceEnd)) return false;
    for (String cue : BEFORE) if (before.endsWith(" " + cue)) return true;
    // "una joven de 31 años", "el abogado de 47 años"
    if (before.endsWith(" de")) {
      String[] w = before.split(" ");
      if (w.length >= 2 && PERSON_NOUNS.contains(w[w.length - 2])) return true;
    }
    String after = String.join(" ", words(text.substring(q.end(), sentenceEnd))) + " ";
    for (String cue : AFTER) if (after.startsWith(cue + " ")) return true;
    return false;
  }

  /** The most words between "N-year-old" and the name it stands before. */
  static final int WORDS_TO_NAME = 4;

  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\].!?]");

  /**
   * The person an age written "N-year-old" stands right before ("the 21-year-old French forward Ana
   * Ruiz"), or null: the name before it is often another's ("scored through Gil and 21-year-old Ana
   * Ruiz").
   */
  static String personAfter(String text, QuantityValue q, int sentenceEnd, List<Actor> people) {
    if (!"old".equals(q.modifier())) return null;
    for (Actor a : people) {
      if (a.start() < q.end() || a.start() >= sentenceEnd) continue;
      String between = text.substring(q.end(), a.start());
      return !CLAUSE_MARK.matcher(between).find() && words(between).size() <= WORDS_TO_NAME
          ? a.key()
          : null;
    }
    return null;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(Folding.fold(s).toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }
}
