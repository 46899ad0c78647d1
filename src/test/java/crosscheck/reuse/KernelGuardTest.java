package crosscheck.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.SegmentConfig;
import crosscheck.model.DocumentNotice;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import crosscheck.model.SourceDocument;
import crosscheck.segment.DocumentSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reuse kernel that fails on one pair or document costs that input, never the run. */
class KernelGuardTest {

  private static SegmentedDocument segment(String doc, String text) {
    return new DocumentSegmenter(SegmentConfig.DEFAULTS)
        .segment(
            new SourceDocument(
                doc,
                doc + ".txt",
                "txt",
                0,
                "accepted",
                null,
                text.length(),
                null,
                text,
                null,
                null,
                null,
                null,
                List.of()));
  }

  @Test
  void aPairTheKernelFailsOnIsNotedInBothDocuments() {
    for (Throwable failure :
        List.of(new IllegalStateException("odd offsets"), new StackOverflowError())) {
      List<KernelGuard.PairOutcome> out =
          KernelGuard.pair(
              "a",
              "b",
              "alignment",
              () -> {
                if (failure instanceof RuntimeException r) throw r;
                throw (Error) failure;
              });
      assertEquals(1, out.size());
      assertNull(out.get(0).pair());
      List<DocumentNotice> notices = out.get(0).notes().notices();
      assertEquals(List.of("a", "b"), notices.stream().map(DocumentNotice::doc).toList());
      assertTrue(
          notices.get(0).warning().startsWith("reuse: no alignment with b: "), notices.toString());
    }
  }

  @Test
  void aBrokenBuildStillFailsTheRun() {
    assertThrows(
        NoClassDefFoundError.class,
        () ->
            KernelGuard.pair(
                "a",
                "b",
                "alignment",
                () -> {
                  throw new NoClassDefFoundError("missing");
                }));
  }

  @Test
  void aDocumentOfTooManyQuotationsIsReadForSpeakersUpToTheLimit() {
    String text =
        "“We will sign,” Laura Pérez said.\n\n“Not yet,” Ilse Varga said.\n\n"
            + "«Mañana», dijo Juan Gómez.\n";
    DocumentAttributions all = KernelGuard.attributions(segment("q", text), 10);
    assertTrue(all.notes().isEmpty());
    assertEquals(3, all.attributions().size());
    DocumentAttributions one = KernelGuard.attributions(segment("q", text), 1);
    assertEquals(1, one.attributions().size());
    assertEquals("reuse.max_document_quotes", one.notes().limits().get(0).setting());
    assertEquals(2, one.notes().limits().get(0).count(), "two sentences not read");
  }

  @Test
  void aDocumentTheAttributorFailsOnHasNoSpeakersAndANotice() {
    SegmentedDocument good = segment("q", "“We will sign,” Laura Pérez said.\n");
    // A sentence reaching past the end of the text: the kernel throws on it.
    Sentence broken = new Sentence(0, 0, 0, 500, "en", true, List.of());
    SegmentedDocument bad =
        new SegmentedDocument(
            "q", good.text(), good.meta(), good.languages(), good.paragraphs(), List.of(broken));
    DocumentAttributions out = KernelGuard.attributions(bad, 10);
    assertTrue(out.attributions().isEmpty());
    assertTrue(
        out.notes().notices().get(0).warning().startsWith("reuse: no speakers found: "),
        out.notes().toString());
  }
}
