package crosscheck.conflicts;

import crosscheck.model.ConflictFinding;
import crosscheck.model.Corroboration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, per event and attribute (the event's date, each counted quantity, the kind of instrument),
 * the values on which documents disagree and those on which independent sources agree. Stateless
 * and thread-safe; results do not depend on input order.
 *
 * <ol>
 *   <li>Events: claims whose {@link SameEvent#score} reaches {@code minSameEvent} are grouped into
 *       events of two or more documents, never across two years or dates more than a month apart
 *       ({@link EventGrouping}); each event gets a readable topic ({@link EventTopic}).
 *   <li>Values: what each document states for each attribute of the event ({@link StatedValues}),
 *       with its words ({@link Evidence}).
 *   <li>Sides: compatible values ({@link ValueCompatibility}) collapse into one side, represented
 *       by the finest ("July 2023" joins "July 16, 2023"); a value compatible with two sides that
 *       disagree with each other supports neither ({@link Sides}).
 *   <li>Conflicts: sides that disagree become one finding with its evidence, confidence and
 *       explanation ({@link Disagreement}). Two sides disagree only when two documents state them
 *       in claims that score at least {@code minSameEvent - }{@link #VERIFY_MARGIN} together.
 *   <li>Corroborations: a side two independent sources support ({@link Agreement}, {@link
 *       IndependentSources}).
 * </ol>
 *
 * <p>Conflicts come most confident first, then by id; corroborations by id.
 */
public final class ConflictFinder {

  /** What one run over a set of claims found. */
  public record Result(List<ConflictFinding> conflicts, List<Corroboration> corroborations) {}

  /**
   * Two values disagree only when the two claims stating them score at least this much below the
   * grouping threshold on their own: the event holds together through its strongest links, but a
   * disagreement must not rest on a chain of links alone.
   */
  static final double VERIFY_MARGIN = 0.1;

  private ConflictFinder() {}

  /** The disagreements among {@code claims} (see {@link #analyze}). */
  public static List<ConflictFinding> find(
      List<ClaimWithEvidence> claims, Set<String> reuseLinkedSentencePairs, double minSameEvent) {
    return analyze(claims, reuseLinkedSentencePairs, minSameEvent).conflicts();
  }

  /** The facts on which two or more independent sources agree (see {@link #analyze}). */
  public static List<Corroboration> corroborations(
      List<ClaimWithEvidence> claims, Set<String> reuseLinkedSentencePairs, double minSameEvent) {
    return analyze(claims, reuseLinkedSentencePairs, minSameEvent).corroborations();
  }

  /**
   * Conflicts and corroborations of a set of claims (a block or a whole corpus).
   *
   * @param reuseLinkedSentencePairs keys from {@link #sentencePair} of sentences a reuse alignment
   *     links
   * @param minSameEvent the least {@link SameEvent#score} that joins two claims into one event
   */
  public static Result analyze(
      List<ClaimWithEvidence> claims, Set<String> reuseLinkedSentencePairs, double minSameEvent) {
    ReuseLinks reuse = new ReuseLinks(reuseLinkedSentencePairs);
    List<ConflictFinding> conflicts = new ArrayList<>();
    List<Corroboration> corroborations = new ArrayList<>();
    for (Event e : EventGrouping.events(claims, reuse, minSameEvent)) {
      String topic = EventTopic.describe(e.members(), e.year());
      for (Map.Entry<String, List<Stated>> attribute : StatedValues.of(e).entrySet()) {
        Sides sides = Sides.of(attribute.getValue(), Sides.compatibility(attribute.getKey()));
        ConflictFinding c =
            Disagreement.conflict(
                topic, attribute.getKey(), sides, e, reuse, minSameEvent - VERIFY_MARGIN);
        if (c != null) conflicts.add(c);
        for (List<Stated> side : sides.sides()) {
          Corroboration k = Agreement.corroboration(topic, attribute.getKey(), side, reuse);
          if (k != null) corroborations.add(k);
        }
      }
    }
    conflicts.sort(
        Comparator.comparingDouble(ConflictFinding::confidence)
            .reversed()
            .thenComparing(ConflictFinding::id));
    corroborations.sort(Comparator.comparing(Corroboration::id));
    return new Result(List.copyOf(conflicts), List.copyOf(corroborations));
  }

  /**
   * The key of two sentences linked by a reuse alignment, the same whichever side comes first.
   * Document ids must not contain tabs.
   */
  public static String sentencePair(String docA, int sentenceA, String docB, int sentenceB) {
    return ReuseLinks.sentencePair(docA, sentenceA, docB, sentenceB);
  }
}
