package crosscheck.conflicts;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a conflict is a {@code discrepancy} (the sources disagree) or an {@code update} (a later
 * source gives a newer figure, which the editor still sees): an update when the documents were
 * published at least a day apart, or a sentence says its figure rose or was revised (word lists
 * {@code conflicts/revision-words-en.txt} and {@code -es.txt}). Stateless.
 */
public final class ConflictLabels {
  public static final String DISCREPANCY = "discrepancy";
  public static final String UPDATE = "update";

  private static final Pattern REVISION = revisionPattern();

  private ConflictLabels() {}

  /**
   * The label of two conflicting values.
   *
   * @param dateA publication date of the first value's document (ISO 8601, a time may follow), or
   *     null when unknown
   */
  public static String label(String sentenceA, String dateA, String sentenceB, String dateB) {
    LocalDate a = day(dateA);
    LocalDate b = day(dateB);
    if (a != null && b != null && !a.equals(b)) return UPDATE;
    return saysRevised(sentenceA) || saysRevised(sentenceB) ? UPDATE : DISCREPANCY;
  }

  /**
   * The label of a conflict of any number of values: an update when any two of its documents were
   * published on different days or any of its sentences says the figure changed.
   *
   * @param published publication dates by document
   */
  public static String label(List<ConflictValue> values, Map<String, String> published) {
    for (ConflictValue x : values) {
      for (ConflictValue y : values) {
        String l =
            label(x.sentence(), published.get(x.doc()), y.sentence(), published.get(y.doc()));
        if (l.equals(UPDATE)) return UPDATE;
      }
    }
    return DISCREPANCY;
  }

  /** The conflicts, each with its label. */
  public static List<ConflictFinding> labelled(
      List<ConflictFinding> conflicts, Map<String, String> published) {
    List<ConflictFinding> out = new ArrayList<>(conflicts.size());
    for (ConflictFinding c : conflicts) out.add(c.withLabel(label(c.values(), published)));
    return out;
  }

  /** Whether a sentence says its figure rose, fell or was revised. */
  static boolean saysRevised(String sentence) {
    return sentence != null && REVISION.matcher(Folding.fold(sentence)).find();
  }

  private static LocalDate day(String date) {
    if (date == null || date.length() < 10) return null;
    try {
      return LocalDate.parse(date.substring(0, 10));
    } catch (DateTimeParseException notADay) {
      return null;
    }
  }

  private static Pattern revisionPattern() {
    List<String> words = new ArrayList<>(WordLists.list("conflicts/revision-words-en.txt"));
    words.addAll(WordLists.list("conflicts/revision-words-es.txt"));
    List<String> quoted = new ArrayList<>();
    for (String w : words) quoted.add(Pattern.quote(Folding.fold(w)).replace(" ", "\\E\\s+\\Q"));
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])");
  }
}
