package crosscheck.conflicts;

import static crosscheck.conflicts.ClaimFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.FactRow;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Blocks that hostile input fills: a conflicting pair of sentences repeated thousands of times, a
 * sentence copied verbatim into many documents. The conflict must survive the block limit.
 */
class BlockSelectionTest {
  private static final double MIN = SameEvent.DEFAULT_MIN_SCORE;

  static final String EARLY = "Chile and Kenya signed a trade memorandum on March 3, 2024.";
  static final String LATE = "Chile and Kenya signed the trade memorandum on March 9, 2024.";
  static final String TEMPRANO =
      "Chile y Kenia firmaron un memorando comercial el 3 de marzo de 2024.";

  /** The {@code index}-th copy of a sentence in its document, one after another. */
  static LinkedClaim copy(String doc, String sentence, int index, String words, String date) {
    ClaimFixture f =
        claim(doc, sentence)
            .at(index, index * (sentence.length() + 1))
            .actors("country:CL", "country:KE")
            .category("memorandum")
            .date(words, date);
    ClaimWithEvidence c = f.build();
    return new LinkedClaim(new FactRow(c.claim(), c.sentenceText(), c.outlet()), List.of());
  }

  static List<LinkedClaim> repeated(
      String doc, String sentence, int copies, String words, String date) {
    List<LinkedClaim> out = new ArrayList<>();
    for (int i = 0; i < copies; i++) out.add(copy(doc, sentence, i, words, date));
    return out;
  }

  static LinkedClaim fisheries(String doc, String sentence, String words, String date) {
    ClaimWithEvidence c =
        claim(doc, sentence)
            .at(0, 0)
            .actors("country:GH", "country:PE")
            .category("agreement")
            .date(words, date)
            .build();
    return new LinkedClaim(new FactRow(c.claim(), c.sentenceText(), c.outlet()), List.of());
  }

  /**
   * One conflicting pair repeated 3,000 times in each of two documents, next to an ordinary pair:
   * both conflicts are found, nothing is left out, and the repeats are counted.
   */
  @Test
  void aConflictingPairRepeatedThousandsOfTimesKeepsItsConflictNextToAnOrdinaryPair() {
    List<LinkedClaim> echo = new ArrayList<>();
    echo.addAll(repeated("echo-a", EARLY, 3000, "March 3, 2024", "2024-03-03"));
    echo.addAll(repeated("echo-b", LATE, 3000, "March 9, 2024", "2024-03-09"));
    List<LinkedClaim> ordinary =
        List.of(
            fisheries(
                "plain-c", "Peru and Ghana signed a fisheries agreement on May 14, 2024.",
                "May 14, 2024", "2024-05-14"),
            fisheries(
                "plain-d", "Peru and Ghana signed the fisheries agreement on May 21, 2024.",
                "May 21, 2024", "2024-05-21"));
    ClaimBlocks.Found found =
        ClaimBlocks.merge(
            List.of(
                ClaimBlocks.analyze(new ClaimBlocks.Block("sign|CL|KE", echo), MIN, 2000),
                ClaimBlocks.analyze(new ClaimBlocks.Block("sign|GH|PE", ordinary), MIN, 2000)));
    assertEquals(2, found.conflicts().size(), found.conflicts().toString());
    assertEquals(0, found.skipped());
    assertEquals(5998, found.repeats());
    ConflictFinding echoConflict =
        found.conflicts().stream()
            .filter(c -> c.values().stream().anyMatch(v -> v.doc().equals("echo-a")))
            .findFirst()
            .orElseThrow();
    ConflictValue early =
        echoConflict.values().stream().filter(v -> v.doc().equals("echo-a")).findFirst().get();
    assertTrue(early.end() <= EARLY.length(), "the first copy stands for the others: " + early);
  }

  /** Before, the first claims in document order filled the block and the late value was lost. */
  @Test
  void aClaimCopiedIntoManyDocumentsCannotCrowdOutTheOtherValue() {
    List<LinkedClaim> claims = new ArrayList<>();
    for (int d = 0; d < 300; d++) {
      claims.add(copy("wire-%03d".formatted(d), EARLY, 0, "March 3, 2024", "2024-03-03"));
    }
    claims.add(copy("zeta", LATE, 4, "March 9, 2024", "2024-03-09"));
    ClaimBlocks.Found found = ClaimBlocks.analyze(new ClaimBlocks.Block("k", claims), MIN, 50);
    assertEquals(1, found.conflicts().size(), "the conflict is kept");
    assertEquals(251, found.skipped(), "301 claims, 50 compared");
    assertEquals(0, found.valuesSkipped(), "every value was compared");
    assertEquals(0, found.repeats(), "copies in other documents are not repeats");
    assertTrue(
        found.conflicts().get(0).values().stream().anyMatch(v -> v.doc().equals("zeta")),
        found.conflicts().get(0).toString());
  }

  @Test
  void theSelectionTakesEveryValueFirstThenTheValueGroupsByTurns() {
    List<LinkedClaim> claims = new ArrayList<>();
    for (int d = 0; d < 10; d++)
      claims.add(copy("a-" + d, EARLY, 0, "March 3, 2024", "2024-03-03"));
    for (int d = 0; d < 3; d++) claims.add(copy("b-" + d, LATE, 0, "March 9, 2024", "2024-03-09"));
    claims.add(copy("c-0", TEMPRANO, 0, "3 de marzo de 2024", "2024-03"));
    BlockSelection.Selected s = BlockSelection.select(claims, 6);
    Map<String, Integer> byDate = new TreeMap<>();
    for (LinkedClaim c : s.claims())
      byDate.merge(c.fact().claim().eventTime().value(), 1, Integer::sum);
    assertEquals(Map.of("2024-03-03", 3, "2024-03-09", 2, "2024-03", 1), byDate);
    assertEquals(8, s.leftOut());
    assertEquals(0, s.valuesLeftOut());
    assertEquals(s.claims(), BlockSelection.select(claims, 6).claims(), "deterministic");
  }

  @Test
  void valuesBeyondTheLimitAreCounted() {
    List<LinkedClaim> claims =
        List.of(
            copy("a", EARLY, 0, "March 3, 2024", "2024-03-03"),
            copy("b", LATE, 0, "March 9, 2024", "2024-03-09"),
            copy("c", TEMPRANO, 0, "3 de marzo de 2024", "2024-03"));
    BlockSelection.Selected s = BlockSelection.select(claims, 2);
    assertEquals(1, s.leftOut());
    assertEquals(1, s.valuesLeftOut(), "the date only the third claim states");
  }

  @Test
  void aBlockWithinTheLimitIsComparedWhole() {
    List<LinkedClaim> claims = repeated("a", EARLY, 3, "March 3, 2024", "2024-03-03");
    assertSame(claims, BlockSelection.select(claims, 3).claims());
  }

  @Test
  void repeatsInOneDocumentAreComparedOnceWithTheReuseLinksOfEveryCopy() {
    List<LinkedClaim> claims = new ArrayList<>();
    claims.add(copy("a", TEMPRANO, 0, "3 de marzo de 2024", "2024-03-03"));
    LinkedClaim second = copy("a", TEMPRANO, 1, "3 de marzo de 2024", "2024-03-03");
    claims.add(new LinkedClaim(second.fact(), List.of("r-2:b")));
    LinkedClaim third = copy("a", TEMPRANO, 2, "3 de marzo de 2024", "2024-03-03");
    claims.add(new LinkedClaim(third.fact(), List.of("r-1:a")));
    claims.add(copy("b", TEMPRANO, 0, "3 de marzo de 2024", "2024-03-03")); // another document
    List<LinkedClaim> once = BlockSelection.withoutRepeats(claims);
    assertEquals(2, once.size());
    assertEquals(0, once.get(0).fact().claim().sentence(), "the first copy");
    assertEquals(List.of("r-1:a", "r-2:b"), once.get(0).reuseLinks());
    assertSame(claims.get(3), once.get(1));
  }

  /** One sentence whose date comes from different context each time is not one statement. */
  @Test
  void theSameWordsStatingAnotherValueAreNoRepeat() {
    String words = "The ministers signed the memorandum there.";
    ClaimWithEvidence first =
        claim("a", words).at(3, 100).actors("country:CL", "country:KE").build();
    ClaimWithEvidence again =
        claim("a", words).at(9, 400).actors("country:CL", "country:KE").build();
    var dated =
        new crosscheck.facts.Claim(
            "a",
            9,
            400,
            400 + words.length(),
            "sign",
            null,
            List.of("country:CL", "country:KE"),
            new crosscheck.facts.TimeValue(
                300, 310, "March 9", "2024-03-09", "DATE", null, false, 0.9),
            null,
            List.of(),
            false,
            false);
    List<LinkedClaim> claims =
        List.of(
            new LinkedClaim(new FactRow(first.claim(), words, null), List.of()),
            new LinkedClaim(new FactRow(dated, words, null), List.of()),
            new LinkedClaim(new FactRow(again.claim(), words, null), List.of()));
    assertEquals(2, BlockSelection.withoutRepeats(claims).size());
  }
}
