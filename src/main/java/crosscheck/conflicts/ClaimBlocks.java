package crosscheck.conflicts;

import crosscheck.facts.FactRow;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Corroboration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The conflicts kernel around {@link ConflictFinder}, free of Spark: the keys a claim is blocked
 * under, the analysis of one block, and the merge of what the blocks found. Blocking keeps the cost
 * near-linear in the corpus (only claims sharing a trigger and actors, or a reuse alignment, are
 * compared); a claim sits in several blocks, so the merge removes what two blocks both found.
 */
public final class ClaimBlocks {
  private ClaimBlocks() {}

  /** One block's claims. */
  public record Block(String key, List<LinkedClaim> claims) {}

  /**
   * What one block found, and what its size limit left out.
   *
   * @param skipped claims not compared, as over {@code conflicts.max_block_claims}
   * @param valuesSkipped distinct values that only those claims state (0 when every value in the
   *     block was compared through another claim)
   * @param repeats claims compared once as repeats of an earlier claim of their document
   */
  public record Found(
      List<ConflictFinding> conflicts,
      List<Corroboration> corroborations,
      int skipped,
      int valuesSkipped,
      int repeats) {

    public Found(List<ConflictFinding> conflicts, List<Corroboration> corroborations, int skipped) {
      this(conflicts, corroborations, skipped, 0, 0);
    }
  }

  /** A claim under one block key. */
  public record Keyed(String key, LinkedClaim claim) {}

  /** The reuse findings whose side (in this claim's document) overlaps the claim's sentence. */
  public static LinkedClaim link(FactRow fact, List<ReuseSpan> spansOfDoc) {
    List<String> links = new ArrayList<>();
    if (spansOfDoc != null) {
      for (ReuseSpan s : spansOfDoc) {
        if (s.start() < fact.claim().sentenceEnd() && fact.claim().sentenceStart() < s.end()) {
          links.add(s.finding() + ":" + s.side());
        }
      }
    }
    links.sort(null);
    return new LinkedClaim(fact, links);
  }

  /**
   * Block keys: trigger with actor pairs ({@link SameEvent#blockingKeys}) and each reuse finding.
   */
  public static List<Keyed> keys(LinkedClaim c) {
    Set<String> keys = new java.util.TreeSet<>(SameEvent.blockingKeys(c.fact().claim()));
    if (SameEvent.isEvent(c.fact().claim())) {
      for (String link : c.reuseLinks())
        keys.add("reuse|" + link.substring(0, link.lastIndexOf(':')));
    }
    List<Keyed> out = new ArrayList<>(keys.size());
    for (String k : keys) out.add(new Keyed(k, c));
    return out;
  }

  /**
   * Conflicts and corroborations within one block. Repeats of a claim within its document are
   * compared once ({@link BlockSelection#withoutRepeats}). A block still over {@code maxClaims} is
   * split by the year its claims state (claims of different years are never one event); a part
   * still over it is compared on a selection that keeps every distinct value ({@link
   * BlockSelection#select}), and what it leaves out is counted.
   */
  public static Found analyze(Block block, double minSameEvent, int maxClaims) {
    List<LinkedClaim> all = new ArrayList<>(block.claims());
    all.sort(CLAIM_ORDER);
    List<LinkedClaim> claims = BlockSelection.withoutRepeats(all);
    List<List<LinkedClaim>> parts = new ArrayList<>();
    if (claims.size() <= maxClaims) {
      parts.add(claims);
    } else {
      Map<String, List<LinkedClaim>> byYear = new TreeMap<>();
      for (LinkedClaim c : claims) {
        String year = SameEvent.eventYear(c.fact().claim());
        byYear.computeIfAbsent(year == null ? "" : year, y -> new ArrayList<>()).add(c);
      }
      parts.addAll(byYear.values());
    }
    List<ConflictFinding> conflicts = new ArrayList<>();
    List<Corroboration> corroborations = new ArrayList<>();
    int skipped = 0;
    int valuesSkipped = 0;
    for (List<LinkedClaim> whole : parts) {
      BlockSelection.Selected selected = BlockSelection.select(whole, maxClaims);
      skipped += selected.leftOut();
      valuesSkipped += selected.valuesLeftOut();
      List<LinkedClaim> part = selected.claims();
      List<ClaimWithEvidence> evidence = new ArrayList<>(part.size());
      for (LinkedClaim c : part) evidence.add(ClaimWithEvidence.of(c.fact()));
      ConflictFinder.Result r = ConflictFinder.analyze(evidence, reusePairs(part), minSameEvent);
      conflicts.addAll(r.conflicts());
      corroborations.addAll(r.corroborations());
    }
    return new Found(conflicts, corroborations, skipped, valuesSkipped, all.size() - claims.size());
  }

  /**
   * Sentence pairs on opposite sides of one reuse finding ({@link ConflictFinder#sentencePair}).
   */
  static Set<String> reusePairs(List<LinkedClaim> claims) {
    Map<String, List<LinkedClaim>> byLink = new LinkedHashMap<>();
    for (LinkedClaim c : claims) {
      for (String link : c.reuseLinks())
        byLink.computeIfAbsent(link, l -> new ArrayList<>()).add(c);
    }
    Set<String> pairs = new HashSet<>();
    for (Map.Entry<String, List<LinkedClaim>> a : byLink.entrySet()) {
      if (!a.getKey().endsWith(":a")) continue;
      String finding = a.getKey().substring(0, a.getKey().length() - 2);
      for (LinkedClaim x : a.getValue()) {
        for (LinkedClaim y : byLink.getOrDefault(finding + ":b", List.of())) {
          pairs.add(
              ConflictFinder.sentencePair(
                  x.fact().claim().doc(),
                  x.fact().claim().sentence(),
                  y.fact().claim().doc(),
                  y.fact().claim().sentence()));
        }
      }
    }
    return pairs;
  }

  /**
   * The findings of all blocks, each once, in a fixed order: equal ids are one finding, and a
   * conflict whose values all appear, from the same documents, in a larger conflict on the same
   * attribute is part of it (two blocks may see one event through different sentences).
   */
  public static Found merge(List<Found> parts) {
    Map<String, ConflictFinding> conflicts = new TreeMap<>();
    Map<String, Corroboration> corroborations = new TreeMap<>();
    int skipped = 0;
    int valuesSkipped = 0;
    int repeats = 0;
    for (Found f : parts) {
      f.conflicts().forEach(c -> conflicts.putIfAbsent(c.id(), c));
      f.corroborations().forEach(c -> corroborations.putIfAbsent(c.id(), c));
      skipped += f.skipped();
      valuesSkipped += f.valuesSkipped();
      repeats += f.repeats();
    }
    List<ConflictFinding> kept = new ArrayList<>();
    for (ConflictFinding c : conflicts.values()) {
      boolean contained = false;
      for (ConflictFinding o : conflicts.values()) {
        if (o != c
            && o.attribute().equals(c.attribute())
            && Objects.equals(o.measure(), c.measure())
            && o.values().size() > c.values().size()
            && evidence(o).containsAll(evidence(c))) {
          contained = true;
          break;
        }
      }
      if (!contained) kept.add(c);
    }
    kept.sort(
        Comparator.comparingDouble(ConflictFinding::confidence)
            .reversed()
            .thenComparing(ConflictFinding::id));
    List<Corroboration> agreed = new ArrayList<>();
    for (Corroboration k : corroborations.values()) {
      boolean contained = false;
      for (Corroboration o : corroborations.values()) {
        if (o != k
            && o.attribute().equals(k.attribute())
            && Objects.equals(o.measure(), k.measure())
            && Objects.equals(o.value(), k.value())
            && o.support().size() > k.support().size()
            && support(o).containsAll(support(k))) {
          contained = true;
          break;
        }
      }
      if (!contained) agreed.add(k);
    }
    return new Found(List.copyOf(kept), List.copyOf(agreed), skipped, valuesSkipped, repeats);
  }

  private static Set<String> evidence(ConflictFinding c) {
    Set<String> out = new HashSet<>();
    for (ConflictValue v : c.values()) out.add(v.value() + "@" + v.doc());
    return out;
  }

  private static Set<String> support(Corroboration k) {
    Set<String> out = new HashSet<>();
    for (ConflictValue v : k.support()) out.add(v.doc() + ":" + v.start() + ":" + v.end());
    return out;
  }

  private static final Comparator<LinkedClaim> CLAIM_ORDER =
      Comparator.comparing((LinkedClaim c) -> c.fact().claim().doc())
          .thenComparingInt(c -> c.fact().claim().sentence())
          .thenComparingInt(c -> c.fact().claim().sentenceStart())
          .thenComparing(c -> Objects.toString(c.fact().claim().trigger(), ""))
          .thenComparing(c -> c.fact().claim().toString());
}
