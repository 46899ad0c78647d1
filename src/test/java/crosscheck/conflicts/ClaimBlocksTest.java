package crosscheck.conflicts;

import static crosscheck.conflicts.ClaimFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.FactRow;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimBlocksTest {
  private static final double MIN = SameEvent.DEFAULT_MIN_SCORE;

  private static FactRow fact(ClaimFixture f) {
    ClaimWithEvidence c = f.build();
    return new FactRow(c.claim(), c.sentenceText(), c.outlet());
  }

  private static List<LinkedClaim> signings() {
    return List.of(
        new LinkedClaim(
            fact(
                claim("news-a", "On March 3, 2024, Chile and Kenya signed a trade memorandum.")
                    .at(1, 40)
                    .actors("country:CL", "country:KE")
                    .category("memorandum")
                    .date("March 3, 2024", "2024-03-03")),
            List.of()),
        new LinkedClaim(
            fact(
                claim("news-b", "Chile and Kenya signed the trade memorandum on March 9, 2024.")
                    .at(0, 0)
                    .actors("country:CL", "country:KE")
                    .category("memorandum")
                    .date("March 9, 2024", "2024-03-09")),
            List.of()));
  }

  @Test
  void aClaimIsLinkedToTheReuseFindingsItsSentenceOverlaps() {
    FactRow f = fact(claim("news-a", "Chile and Kenya signed a memorandum.").at(2, 100));
    LinkedClaim linked =
        ClaimBlocks.link(
            f,
            List.of(
                new ReuseSpan("r-2", "b", "news-a", 120, 300),
                new ReuseSpan("r-1", "a", "news-a", 0, 100), // ends where the sentence starts
                new ReuseSpan("r-0", "a", "news-a", 90, 101)));
    assertEquals(List.of("r-0:a", "r-2:b"), linked.reuseLinks());
  }

  @Test
  void blockKeysAreTriggerWithActorPairsAndReuseFindings() {
    FactRow f =
        fact(
            claim("news-a", "Chile and Kenya signed a memorandum.")
                .actors("country:CL", "country:KE"));
    List<String> keys =
        ClaimBlocks.keys(new LinkedClaim(f, List.of("r-9:a"))).stream()
            .map(ClaimBlocks.Keyed::key)
            .toList();
    assertEquals(List.of("reuse|r-9", "sign|country:CL|country:KE"), keys);
    FactRow report =
        fact(claim("news-a", "State media reported it.").trigger("report").actors("country:CL"));
    assertEquals(
        List.of(),
        ClaimBlocks.keys(new LinkedClaim(report, List.of("r-9:a"))),
        "a claim that only reports something is never compared");
  }

  @Test
  void sentencesOnOppositeSidesOfOneFindingArePaired() {
    LinkedClaim a = new LinkedClaim(fact(claim("news-a", "x").at(3, 0)), List.of("r-1:a"));
    LinkedClaim b = new LinkedClaim(fact(claim("news-b", "y").at(5, 0)), List.of("r-1:b"));
    LinkedClaim c = new LinkedClaim(fact(claim("news-c", "z").at(1, 0)), List.of("r-2:b"));
    assertEquals(
        Set.of(ConflictFinder.sentencePair("news-a", 3, "news-b", 5)),
        ClaimBlocks.reusePairs(List.of(a, b, c)));
  }

  @Test
  void aBlockFindsItsConflictWhateverTheOrderOfItsClaims() {
    List<LinkedClaim> claims = new ArrayList<>(signings());
    ClaimBlocks.Found forward = ClaimBlocks.analyze(new ClaimBlocks.Block("k", claims), MIN, 100);
    java.util.Collections.reverse(claims);
    ClaimBlocks.Found backward = ClaimBlocks.analyze(new ClaimBlocks.Block("k", claims), MIN, 100);
    assertEquals(1, forward.conflicts().size(), forward.toString());
    assertEquals(forward, backward);
    assertEquals(0, forward.skipped());
  }

  @Test
  void anOversizedBlockIsSplitByYearAndWhatStillExceedsIsCounted() {
    List<LinkedClaim> claims = new ArrayList<>(signings());
    claims.add(
        new LinkedClaim(
            fact(
                claim("news-c", "Chile and Kenya signed a memorandum in 2019.")
                    .actors("country:CL", "country:KE")
                    .date("2019", "2019")),
            List.of()));
    ClaimBlocks.Found found = ClaimBlocks.analyze(new ClaimBlocks.Block("k", claims), MIN, 2);
    assertEquals(0, found.skipped(), "2024 and 2019 are separate parts, each within the limit");
    assertEquals(1, found.conflicts().size());
    ClaimBlocks.Found tight = ClaimBlocks.analyze(new ClaimBlocks.Block("k", signings()), MIN, 1);
    assertEquals(1, tight.skipped());
    assertEquals(List.of(), tight.conflicts());
  }

  @Test
  void mergeKeepsEachFindingOnceAndDropsConflictsContainedInALargerOne() {
    ConflictValue a = new ConflictValue("2024-03-03", "news-a", 10, 20, "March 3", "s1");
    ConflictValue b = new ConflictValue("2024-03-09", "news-b", 10, 20, "March 9", "s2");
    ConflictValue bOtherSentence =
        new ConflictValue("2024-03-09", "news-b", 50, 60, "March 9", "s3");
    ConflictValue c = new ConflictValue("2024-03-12", "news-c", 10, 20, "March 12", "s4");
    ConflictFinding pair = new ConflictFinding("c-1", "t", "date", List.of(a, b), 0.7, "e");
    ConflictFinding triple =
        new ConflictFinding("c-2", "t", "date", List.of(a, bOtherSentence, c), 0.6, "e");
    ConflictFinding otherAttribute =
        new ConflictFinding("c-3", "t", "category", List.of(a, b), 0.5, "e");
    ClaimBlocks.Found merged =
        ClaimBlocks.merge(
            List.of(
                new ClaimBlocks.Found(List.of(pair, otherAttribute), List.of(), 1),
                new ClaimBlocks.Found(List.of(triple, pair), List.of(), 2)));
    assertEquals(
        List.of("c-2", "c-3"), merged.conflicts().stream().map(ConflictFinding::id).toList());
    assertEquals(3, merged.skipped());
    assertTrue(merged.corroborations().isEmpty());
  }
}
