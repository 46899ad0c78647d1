package crosscheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageNotesTest {

  @Test
  void aLimitReachedInADocumentNamesItsSettingAndCount() {
    StageNotes n =
        StageNotes.limit("d1", "segment", "segment.max_sentence_tokens", 250, 3, "sentences cut");
    assertEquals(
        "segment: segment.max_sentence_tokens (250) reached: 3 sentences cut",
        n.notices().get(0).warning());
    assertEquals("d1", n.notices().get(0).doc());
    assertEquals(
        new LimitNotice("segment", "segment.max_sentence_tokens", 3, "sentences cut"),
        n.limits().get(0));
    assertTrue(StageNotes.limit("d1", "segment", "x", 1, 0, "nothing").isEmpty());
  }

  @Test
  void totalsSumEachSettingOverTheDocuments() {
    StageNotes all =
        StageNotes.limit("a", "facts", "facts.max_document_claims", 10, 5, "claims left out")
            .plus(
                StageNotes.limit(
                    "b", "facts", "facts.max_document_claims", 10, 7, "claims left out"))
            .plus(
                StageNotes.limit(
                    "b", "facts", "facts.max_sentence_matches", 2, 1, "matches left out"));
    List<LimitNotice> totals = StageNotes.totals(all.limits());
    assertEquals(2, totals.size());
    assertEquals(12, totals.get(0).count());
    assertEquals(
        "12 claims left out, in 2 documents: raise facts.max_document_claims",
        totals.get(0).message());
    assertEquals(
        "1 matches left out, in 1 document: raise facts.max_sentence_matches",
        totals.get(1).message());
  }

  @Test
  void aFailureNamesWhatTheDocumentLostAndWhy() {
    StageNotes n =
        StageNotes.failure("d", "facts", new IllegalStateException("bad rule"), "no claims");
    assertEquals(
        "facts: no claims: the kernel failed on it (IllegalStateException: bad rule)",
        n.notices().get(0).warning());
    assertTrue(n.limits().isEmpty());
    assertTrue(StageNotes.describe(new StackOverflowError()).contains("ran out of stack"));
    assertTrue(StageNotes.isDocumentFailure(new OutOfMemoryError()));
    assertFalse(StageNotes.isDocumentFailure(new NoClassDefFoundError("x")));
  }
}
