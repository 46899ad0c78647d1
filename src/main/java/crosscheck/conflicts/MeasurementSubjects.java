package crosscheck.conflicts;

import java.util.List;

/**
 * Whether two measurements' owners ({@link crosscheck.facts.Measurement#subject()}) can be one: the
 * same key, or two spellings of one person's name. Outlets name a person in full once and by the
 * surname after ("Ana Ruiz Soto won 51%", "Ruiz had 51%"), some with a middle name or nickname
 * ("Juan 'Pepe' Gil", "Juan Gil"): keys of two names that one person can bear agree.
 */
final class MeasurementSubjects {
  private MeasurementSubjects() {}

  /** Whether the two owners (keys such as "person:ana ruiz" or "name:ruiz") may be one. */
  static boolean same(String a, String b) {
    if (a == null || b == null) return false;
    if (a.equals(b)) return true;
    if (!personal(a) || !personal(b)) return false;
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.size() > y.size()) return sameName(y, x);
    return sameName(x, y);
  }

  /** A shorter name is a longer one's when all its words are the longer's, the last a surname. */
  private static boolean sameName(List<String> shorter, List<String> longer) {
    if (!longer.containsAll(shorter)) return false;
    // a lone first name ("Ana" of "Ana Ruiz") is too common to stand for one person
    if (shorter.size() == 1) return longer.size() == 1 || !shorter.get(0).equals(longer.get(0));
    // "Ana Ruiz" and "Ana Ruiz Soto": same given name, every other word kept
    return shorter.get(0).equals(longer.get(0));
  }

  private static boolean personal(String key) {
    return key.startsWith("person:") || key.startsWith("name:");
  }

  private static List<String> words(String key) {
    return List.of(key.substring(key.indexOf(':') + 1).split(" "));
  }
}
