package crosscheck.conflicts;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Corroboration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Findings of the claims, of the measurements and of values changed inside reused passages as one
 * list: a finding whose values all stand at words another finding already cites says nothing new
 * and is left out, so an editor never reads one disagreement twice.
 */
final class FoundMerge {
  private FoundMerge() {}

  static ClaimBlocks.Found merge(ClaimBlocks.Found claims, ClaimBlocks.Found measurements) {
    List<ConflictValue> cited = new ArrayList<>();
    claims.conflicts().forEach(c -> cited.addAll(c.values()));
    List<ConflictValue> corroborated = new ArrayList<>();
    claims.corroborations().forEach(c -> corroborated.addAll(c.support()));
    List<ConflictFinding> conflicts = new ArrayList<>(claims.conflicts());
    for (ConflictFinding c : measurements.conflicts())
      if (!c.values().stream().allMatch(v -> covered(v, cited))) conflicts.add(c);
    List<Corroboration> corroborations = new ArrayList<>(claims.corroborations());
    for (Corroboration c : measurements.corroborations())
      if (!c.support().stream().allMatch(v -> covered(v, corroborated))) corroborations.add(c);
    return new ClaimBlocks.Found(
        conflicts, corroborations, claims.skipped(), claims.valuesSkipped(), claims.repeats());
  }

  /** Whether a value's words overlap words of the same document that a finding cites. */
  private static boolean covered(ConflictValue v, List<ConflictValue> cited) {
    for (ConflictValue c : cited) if (sameSpan(v, c)) return true;
    return false;
  }

  /**
   * The conflicts claims found and those changed values show, each once: a value conflict whose
   * values all lie on the spans of one claims conflict on the same attribute is that conflict.
   * Ordered as {@link ClaimBlocks#merge} orders them.
   */
  static ClaimBlocks.Found withReused(ClaimBlocks.Found found, List<ConflictFinding> reused) {
    List<ConflictFinding> out = new ArrayList<>(found.conflicts());
    Set<String> ids = new HashSet<>();
    out.forEach(c -> ids.add(c.id()));
    for (ConflictFinding r : reused) {
      if (!coveredByOne(r, found.conflicts()) && ids.add(r.id())) out.add(r);
    }
    out.sort(
        Comparator.comparingDouble(ConflictFinding::confidence)
            .reversed()
            .thenComparing(ConflictFinding::id));
    return new ClaimBlocks.Found(
        List.copyOf(out),
        found.corroborations(),
        found.skipped(),
        found.valuesSkipped(),
        found.repeats());
  }

  private static boolean coveredByOne(ConflictFinding r, List<ConflictFinding> claims) {
    for (ConflictFinding c : claims) {
      if (!c.attribute().equals(r.attribute())) continue;
      boolean all = true;
      for (ConflictValue v : r.values()) {
        all &= c.values().stream().anyMatch(w -> sameSpan(v, w));
      }
      if (all) return true;
    }
    return false;
  }

  /** Whether two values of conflicts sit on overlapping spans of one document. */
  static boolean sameSpan(ConflictValue x, ConflictValue y) {
    return Objects.equals(x.doc(), y.doc()) && x.start() < y.end() && y.start() < x.end();
  }
}
