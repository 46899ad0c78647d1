package crosscheck.report;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ReuseFinding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which documents report.html carries in full for its document view: those the findings cite,
 * documents of conflicts first, then of reuse, each set by id, as long as their texts fit in {@code
 * report.max_text_chars} altogether, so that neither the driver nor report.html grows with the
 * corpus.
 */
final class CitedTexts {
  private CitedTexts() {}

  /** The documents findings cite, in the order they are worth carrying. */
  static Set<String> cited(List<ReuseFinding> reuse, List<ConflictFinding> conflicts) {
    Set<String> byConflicts = new TreeSet<>();
    conflicts.forEach(c -> c.values().forEach(v -> byConflicts.add(v.doc())));
    Set<String> byReuse = new TreeSet<>();
    reuse.forEach(
        f -> {
          byReuse.add(f.a().doc());
          byReuse.add(f.b().doc());
        });
    Set<String> cited = new LinkedHashSet<>(byConflicts);
    cited.addAll(byReuse);
    return cited;
  }

  /** The cited documents whose texts fit in {@code budget} characters, taken in order. */
  static List<String> chosen(Set<String> cited, Map<String, Integer> lengths, long budget) {
    List<String> chosen = new ArrayList<>();
    long left = budget;
    for (String doc : cited) {
      Integer length = lengths.get(doc);
      if (length == null || length > left) continue;
      left -= length;
      chosen.add(doc);
    }
    return chosen;
  }
}
