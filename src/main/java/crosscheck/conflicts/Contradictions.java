package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.facts.ClaimStance;
import crosscheck.facts.ClaimStance.Polarity;
import crosscheck.model.ConflictFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Claims that contradict beyond values, blocked apart from the event blocks of {@link ClaimBlocks}
 * and analysed per block on the executors: an event asserted by one source and denied or left
 * unconfirmed by another ({@link StanceConflicts}, blocked by trigger and each participant and by
 * reuse finding, only claims that take a stance), and a doer named with a mixed-up name ({@link
 * NameMixups}, blocked by trigger and surname). Keys carry their own prefixes, so one shuffle
 * serves both kinds of block. Stateless.
 */
public final class Contradictions {

  private static final String STANCE = "stance|";
  private static final String NAMES = "names|";

  private static final Comparator<LinkedClaim> ORDER =
      Comparator.comparing((LinkedClaim c) -> c.fact().claim().doc())
          .thenComparingInt(c -> c.fact().claim().sentenceStart())
          .thenComparing(c -> Objects.toString(c.fact().claim().trigger(), ""))
          .thenComparing(c -> c.fact().claim().toString());

  private Contradictions() {}

  /** Whether a block key is one of these blocks' (else an event block of {@link ClaimBlocks}). */
  public static boolean handles(String key) {
    return key.startsWith(STANCE) || key.startsWith(NAMES);
  }

  /** The keys of a claim's contradiction blocks. */
  public static List<ClaimBlocks.Keyed> keys(LinkedClaim c) {
    Claim claim = c.fact().claim();
    if (!SameEvent.isEvent(claim)) return List.of();
    TreeSet<String> keys = new TreeSet<>();
    String group = SameEvent.triggerGroup(claim.trigger());
    if (ClaimStance.of(claim, c.fact().sentence()).polarity() != Polarity.UNCLEAR) {
      // Each participant alone: a denial may name one party fewer than the assertion.
      for (String p : ContradictionEvents.participants(claim)) keys.add(STANCE + group + "|" + p);
      for (String link : c.reuseLinks())
        keys.add(STANCE + "reuse|" + link.substring(0, link.lastIndexOf(':')));
    }
    if (!claim.negated() && !claim.hedged()) {
      for (String actor : claim.actors()) {
        int space = actor.lastIndexOf(' ');
        if (actor.startsWith("person:") && space > 0)
          keys.add(NAMES + group + "|" + actor.substring(space + 1));
      }
    }
    List<ClaimBlocks.Keyed> out = new ArrayList<>(keys.size());
    for (String k : keys) out.add(new ClaimBlocks.Keyed(k, c));
    return out;
  }

  /**
   * The contradictions of one block. A block over {@code maxClaims} is read on its first {@code
   * maxClaims} claims (by document and place; for stances, the claims that deny or doubt first),
   * and the rest are counted as left out.
   */
  public static ClaimBlocks.Found analyze(ClaimBlocks.Block block, int maxClaims) {
    List<LinkedClaim> claims = new ArrayList<>(block.claims());
    claims.sort(ORDER);
    boolean stance = block.key().startsWith(STANCE);
    List<ClaimWithEvidence> evidence = new ArrayList<>();
    List<ClaimWithEvidence> asserted = new ArrayList<>();
    for (LinkedClaim c : claims) {
      ClaimWithEvidence m = ClaimWithEvidence.of(c.fact());
      boolean asserts =
          stance && ClaimStance.of(m.claim(), m.sentenceText()).polarity() == Polarity.ASSERTED;
      (asserts ? asserted : evidence).add(m);
    }
    if (stance && evidence.isEmpty()) return new ClaimBlocks.Found(List.of(), List.of(), 0);
    evidence.addAll(asserted);
    int skipped = Math.max(0, evidence.size() - maxClaims);
    if (skipped > 0) evidence = evidence.subList(0, maxClaims);
    List<ConflictFinding> found =
        stance ? StanceConflicts.find(evidence) : NameMixups.find(evidence);
    // A claim left out may hold the only denial or name of its kind: counted as values left out.
    return new ClaimBlocks.Found(found, List.of(), skipped, skipped, 0);
  }
}
