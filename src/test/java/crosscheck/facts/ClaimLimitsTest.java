package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.FactsConfig;
import crosscheck.config.SegmentConfig;
import crosscheck.model.LimitNotice;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.SourceDocument;
import crosscheck.segment.DocumentSegmenter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The facts limits on text written for the test: claims bounded, what was left out counted. */
class ClaimLimitsTest {

  private static SegmentedDocument segment(String text) {
    return new DocumentSegmenter(SegmentConfig.DEFAULTS)
        .segment(
            new SourceDocument(
                "events",
                "events.txt",
                "txt",
                0,
                "accepted",
                null,
                text.length(),
                null,
                text,
                null,
                null,
                "2024-05-06",
                null,
                List.of()));
  }

  private static Map<String, LimitNotice> limits(DatedFacts f) {
    return f.notes().limits().stream()
        .collect(Collectors.toMap(LimitNotice::setting, Function.identity()));
  }

  @Test
  void aSentenceOfRepeatedEventWordsGivesClaimsUpToTheLimit() {
    for (String run :
        List.of(
            "Norway signed Peru signed the treaty signed on May 5 2021 signed 7 million ",
            "Noruega firmó Perú firmó el tratado firmó el 5 de mayo de 2021 firmó 7 millones ")) {
      SegmentedDocument d = segment(run.repeat(30));
      DatedFacts capped = FactsStage.read(d, new FactsConfig(0.5, 5, 10_000));
      Map<Integer, Long> perSentence =
          capped.facts().stream()
              .collect(Collectors.groupingBy(r -> r.claim().sentence(), Collectors.counting()));
      assertTrue(!perSentence.isEmpty(), run);
      perSentence.values().forEach(n -> assertTrue(n <= 5, run + ": " + perSentence));
      LimitNotice matches = limits(capped).get("facts.max_sentence_matches");
      assertTrue(matches != null && matches.count() > 0, capped.notes().toString());
      assertTrue(
          capped.notes().notices().get(0).warning().startsWith("facts: facts.max_sentence_matches"),
          capped.notes().toString());
      DatedFacts uncapped = FactsStage.read(d, new FactsConfig(0.5, 1_000, 10_000));
      assertTrue(uncapped.facts().size() > capped.facts().size(), run);
      assertTrue(uncapped.notes().isEmpty(), uncapped.notes().toString());
    }
  }

  @Test
  void aDocumentGivesAtMostItsClaimLimitInTextOrder() {
    String text =
        "The ministers of Chile and Kenya signed a fisheries agreement on March 3, 2024.\n\n"
            + "Chile and Peru signed a trade agreement on March 5, 2024.\n\n"
            + "Los ministros de Chile y Bolivia firmaron un acuerdo el 7 de marzo de 2024.\n";
    SegmentedDocument d = segment(text);
    DatedFacts all = FactsStage.read(d, FactsConfig.DEFAULTS);
    assertEquals(3, all.facts().size(), all.facts().toString());
    DatedFacts two = FactsStage.read(d, new FactsConfig(0.5, 20, 2));
    assertEquals(all.facts().subList(0, 2), two.facts());
    assertEquals(1, limits(two).get("facts.max_document_claims").count());
  }
}
