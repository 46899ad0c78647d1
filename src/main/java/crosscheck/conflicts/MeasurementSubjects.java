package crosscheck.conflicts;

import crosscheck.reuse.CrossLanguageStems;
import java.util.List;
import java.util.Set;

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
    if (a.startsWith("org:") && b.startsWith("org:")) return sameOrganisation(a, b);
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

  /**
   * One organisation named in two languages ("Partido Liberal", "Liberal Party"): every content
   * word of each name is one of the other's, in some translation, and each name has one.
   */
  private static boolean sameOrganisation(String a, String b) {
    List<Set<String>> sx = SENSES.computeIfAbsent(a, k -> senses(words(k)));
    List<Set<String>> sy = SENSES.computeIfAbsent(b, k -> senses(words(k)));
    return !sx.isEmpty() && !sy.isEmpty() && covered(sx, sy) && covered(sy, sx);
  }

  private static boolean covered(List<Set<String>> words, List<Set<String>> by) {
    for (Set<String> w : words)
      if (by.stream().noneMatch(o -> o.stream().anyMatch(w::contains))) return false;
    return true;
  }

  /**
   * Each organisation key's word senses, stemmed once per JVM: owners are compared pair by pair in
   * every block, the same few keys again and again.
   */
  private static final java.util.concurrent.ConcurrentMap<String, List<Set<String>>> SENSES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Each content word's English stems, read as English and as Spanish; stop words left out. */
  private static List<Set<String>> senses(List<String> words) {
    List<Set<String>> out = new java.util.ArrayList<>();
    for (String w : words) {
      Set<String> en = CrossLanguageStems.alternatives(w, "en");
      Set<String> es = CrossLanguageStems.alternatives(w, "es");
      if (en.isEmpty() || es.isEmpty()) continue; // a stop word in either language
      Set<String> all = new java.util.HashSet<>(en);
      all.addAll(es);
      out.add(Set.copyOf(all));
    }
    return List.copyOf(out);
  }

  private static boolean personal(String key) {
    return key.startsWith("person:") || key.startsWith("name:");
  }

  private static List<String> words(String key) {
    return List.of(key.substring(key.indexOf(':') + 1).split(" "));
  }
}
