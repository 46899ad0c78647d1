package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure a sentence says was changed into another: "her three-year ban was reduced to 14
 * months", "reduced to 14 months from an initial three years", "vio reducida su sanción de tres
 * años a 14 meses". The old figure is a former one, not what another outlet's figure of the thing
 * should be compared with. Words: facts/measurement-change-words.tsv.
 */
final class ChangedFigures {
  private static final String RESOURCE = "facts/measurement-change-words.tsv";
  private static final Set<String> CHANGE = role("change");
  private static final Set<String> TO = role("to");
  private static final Set<String> FROM = role("from");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[;:()\\[\\]—–]");

  /** Words read before the old figure for a change verb ("vio reducida su sanción de tres"). */
  static final int CHANGE_REACH = 6;

  /** Words between the "from" word and the old figure ("from an initial three years"). */
  static final int FROM_REACH = 3;

  private ChangedFigures() {}

  /**
   * Whether the {@code i}-th of a sentence's quantities is the old figure of a change into another
   * of the same sort ({@code kinds}, one per quantity).
   */
  static boolean replaced(
      String text, int sentenceStart, List<QuantityValue> qs, List<String> kinds, int i) {
    QuantityValue old = qs.get(i);
    List<String> before = words(clauseTail(text.substring(sentenceStart, old.start())));
    boolean changeBefore =
        before.subList(Math.max(0, before.size() - CHANGE_REACH), before.size()).stream()
            .anyMatch(CHANGE::contains);
    for (int j = i + 1; j < qs.size(); j++) {
      if (!kinds.get(j).equals(kinds.get(i))) continue;
      String between = text.substring(old.end(), qs.get(j).start());
      if (CLAUSE_MARK.matcher(between).find()) break;
      List<String> w = words(between);
      if (w.isEmpty() || !TO.contains(w.get(w.size() - 1))) continue;
      if (changeBefore || w.stream().anyMatch(CHANGE::contains)) return true;
    }
    // "reduced to 14 months from an initial three years": the new figure first, then "from"
    List<String> near = before.subList(Math.max(0, before.size() - FROM_REACH - 1), before.size());
    if (near.stream().noneMatch(FROM::contains)) return false;
    for (int j = 0; j < i; j++) {
      String between = text.substring(qs.get(j).end(), old.start());
      List<String> bw = words(between);
      if (!kinds.get(j).equals(kinds.get(i))
          || CLAUSE_MARK.matcher(between).find()
          || bw.isEmpty()
          || TO.contains(bw.get(bw.size() - 1))
          || bw.stream().noneMatch(FROM::contains)) continue;
      List<String> w = words(clauseTail(text.substring(sentenceStart, qs.get(j).start())));
      if (w.subList(Math.max(0, w.size() - CHANGE_REACH), w.size()).stream()
          .anyMatch(CHANGE::contains)) return true;
    }
    return false;
  }

  private static String clauseTail(String before) {
    Matcher m = CLAUSE_MARK.matcher(before);
    int from = 0;
    while (m.find()) from = m.end();
    return before.substring(from);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(Folding.fold(text).toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  private static Set<String> role(String role) {
    Set<String> out = new HashSet<>();
    for (List<String> row : WordLists.table(RESOURCE, 2))
      if (row.get(0).equals(role)) out.add(row.get(1));
    return Set.copyOf(out);
  }
}
