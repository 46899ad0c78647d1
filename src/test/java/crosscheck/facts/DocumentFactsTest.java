package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.SegmentConfig;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.SourceDocument;
import crosscheck.segment.DocumentSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts kernel on invented articles, through the real segmenter and extractors. */
class DocumentFactsTest {

  private static SegmentedDocument segment(String text, String published) {
    return segment(text, null, published);
  }

  private static SegmentedDocument segment(String text, String url, String published) {
    SourceDocument source =
        new SourceDocument(
            "news-x",
            "file:/news-x.txt",
            "txt",
            0,
            "accepted",
            null,
            text.length(),
            null,
            text,
            null,
            url,
            published,
            null,
            List.of());
    return new DocumentSegmenter(SegmentConfig.DEFAULTS).segment(source);
  }

  @Test
  void aDocumentTheExtractorsFailOnLosesItsClaimsNotTheRun() {
    String text = "The council signed the plan on March 3, 2024.\n";
    SegmentedDocument good = segment(text, null);
    // A sentence pointing at a paragraph the document lacks makes the date rules throw.
    SegmentedDocument broken =
        new SegmentedDocument(
            good.doc(), good.text(), good.meta(), good.languages(), List.of(), good.sentences());
    DatedFacts facts = FactsStage.read(broken, 0.5);
    assertEquals("news-x", facts.date().doc());
    assertEquals("none", facts.date().source());
    assertTrue(facts.facts().isEmpty());
    assertTrue(
        !FactsStage.read(good, 0.5).facts().isEmpty(), "the same text, well formed, gives claims");
  }

  @Test
  void aDateFromAnEarlierSentenceComesWithThatSentenceAsEvidence() {
    String text =
        "On March 3, 2024, the trade ministers of Chile and Kenya met in Nairobi.\n\n"
            + "During the meeting, the two ministers signed a memorandum of understanding on fisheries.\n";
    SegmentedDocument d = segment(text, "2024-03-05");
    List<FactRow> rows = DocumentFacts.claims(d, DocumentFacts.anchor(DocumentFacts.date(d), 0.5));
    FactRow signing =
        rows.stream().filter(r -> "sign".equals(r.claim().trigger())).findFirst().orElseThrow();
    assertEquals("2024-03-03", signing.claim().eventTime().value());
    assertTrue(signing.sentence().startsWith("During the meeting"));
    assertEquals(0, signing.contextStart());
    assertTrue(
        signing.context().startsWith("On March 3, 2024")
            && signing.context().endsWith("fisheries."),
        signing.context());
    var evidence = crosscheck.conflicts.ClaimWithEvidence.of(signing);
    assertEquals(
        signing.context(),
        evidence.evidenceFor(
            signing.claim().eventTime().start(), signing.claim().eventTime().end()));
  }

  @Test
  void aClaimWhoseValuesAreInItsSentenceHasNoWiderContext() {
    String text = "Chile and Kenya signed a fisheries memorandum on March 3, 2024, in Nairobi.\n";
    SegmentedDocument d = segment(text, "2024-03-05");
    FactRow row = DocumentFacts.claims(d, "2024-03-05").get(0);
    assertNull(row.context());
    assertEquals(-1, row.contextStart());
  }

  @Test
  void withoutAGivenDateTheTextsOwnDatesAreUsedWithAConfidence() {
    String text =
        "Kenya and Chile signed a memorandum on March 3, 2024.\n\n"
            + "Talks had begun in January 2024, officials said.\n";
    DocumentDate date = DocumentFacts.date(segment(text, null));
    assertEquals("inferred", date.source());
    assertEquals("2024-03-03", date.value());
    assertTrue(date.confidence() > 0 && date.confidence() < 1, "confidence " + date.confidence());
    DocumentDate given = DocumentFacts.date(segment(text, "2024-03-05"));
    assertEquals("given", given.source());
    assertEquals(1.0, given.confidence());
  }

  @Test
  void aDateStillToComeNeverDatesTheDocument() {
    String text =
        "Kenya and Chile signed a memorandum on March 3, 2024.\n\n"
            + "It runs until June 30, 2999, when it may be renewed.\n";
    assertEquals("2024-03-03", DocumentFacts.date(segment(text, null)).value());
    String es =
        "El acuerdo se firmó el 3 de marzo de 2024.\n\nLa liberación se fijó para el 8 de mayo"
            + " de 2999.\n";
    assertEquals("2024-03-03", DocumentFacts.date(segment(es, null)).value());
  }

  @Test
  void aUrlFieldDatesTheDocumentBeforeTheTextsOwnDates() {
    String text =
        "Kenya and Chile signed a memorandum on March 3, 2024.\n\n"
            + "Talks had begun in January 2024, officials said yesterday.\n";
    String url = "https://www.coast-daily.example/2024/03/05/kenya-chile-memorandum/";
    SegmentedDocument d = segment(text, url, null);
    assertEquals("coast-daily.example", d.meta().outlet());
    DocumentDate date = DocumentFacts.date(d);
    assertEquals("url", date.source());
    assertEquals("2024-03-05", date.value());
    // The input's own publication date still comes first.
    DocumentDate given = DocumentFacts.date(segment(text, url, "2024-03-06"));
    assertEquals("given", given.source());
    assertEquals("2024-03-06", given.value());
  }
}
