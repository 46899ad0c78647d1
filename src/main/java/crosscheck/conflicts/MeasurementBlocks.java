package crosscheck.conflicts;

import crosscheck.facts.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where measurements meet: one block per sort of value and name its sentence mentions, and one per
 * sort and measured noun, so that two outlets' values of one measured thing share a block (they
 * name the same people, places or counted things) while a corpus of many stories is never compared
 * all against all.
 */
final class MeasurementBlocks {
  /** A measurement under one block key. */
  public record Keyed(String key, Measurement measurement) {}

  /** The measurements under one key. */
  public record Block(String key, List<Measurement> measurements) {}

  /** What one block's measurements matched. */
  public record Matches(List<MeasurementMatcher.Match> matches) {}

  private static final java.util.Set<String> SORTS_TOO_COMMON_ALONE =
      java.util.Set.of("count", "percent", "date");

  private MeasurementBlocks() {}

  public static List<Keyed> keys(Measurement m) {
    MeasurementProfile p = MeasurementProfile.of(m);
    TreeSet<String> keys = new TreeSet<>();
    for (String name : p.names()) keys.add(m.kind() + "|name:" + name);
    for (String measured : p.measured()) keys.add(m.kind() + "|measured:" + measured);
    // A date has no counted noun; the words right beside it name what it dates ("Monday's move",
    // "anunciada este lunes", "fined ... on Monday").
    if (m.time() != null)
      p.weights()
          .forEach(
              (w, weight) -> {
                if (weight >= 1.0 && !p.names().contains(w)) keys.add("date|word:" + w);
              });
    // Sums of money and sized amounts are few in a story and often stand without a name or noun
    // near them ("fined it nearly $3 billion"): they also meet by their sort alone.
    if (!SORTS_TOO_COMMON_ALONE.contains(m.kind())) keys.add(m.kind() + "|sort");
    List<Keyed> out = new ArrayList<>();
    for (String k : keys) out.add(new Keyed(k, m));
    return out;
  }
}
