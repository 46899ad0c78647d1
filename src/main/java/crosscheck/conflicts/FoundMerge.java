package crosscheck.conflicts;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Corroboration;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings of the claims and of the measurements as one list: a measurement finding whose values
 * all stand at words a claim finding already cites says nothing new and is left out, so an editor
 * never reads one disagreement twice.
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
    for (ConflictValue c : cited)
      if (c.doc().equals(v.doc()) && c.start() < v.end() && v.start() < c.end()) return true;
    return false;
  }
}
