package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sentences written for the test, in English and Spanish. */
class ConflictLabelsTest {

  private static final String PLAIN_A = "Officials said 40 people were hurt in the blast.";
  private static final String PLAIN_B = "Officials said 45 people were hurt in the blast.";

  @Test
  void sameDayAndNoWordOfChangeIsADiscrepancy() {
    assertEquals(
        ConflictLabels.DISCREPANCY,
        ConflictLabels.label(PLAIN_A, "2024-03-02", PLAIN_B, "2024-03-02T18:00:00Z"));
    assertEquals(ConflictLabels.DISCREPANCY, ConflictLabels.label(PLAIN_A, null, PLAIN_B, null));
  }

  @Test
  void documentsADayApartMakeAnUpdate() {
    assertEquals(
        ConflictLabels.UPDATE, ConflictLabels.label(PLAIN_A, "2024-03-02", PLAIN_B, "2024-03-03"));
  }

  @Test
  void aSentenceSayingTheFigureRoseOrWasRevisedMakesAnUpdate() {
    assertEquals(
        ConflictLabels.UPDATE,
        ConflictLabels.label(
            PLAIN_A,
            null,
            "The number of people hurt in the blast rose to 45, officials said.",
            null));
    assertEquals(
        ConflictLabels.UPDATE,
        ConflictLabels.label(
            "El balance de heridos ascendió a 45, según las autoridades.",
            "2024-03-02",
            "Las autoridades cifraron en 40 los heridos.",
            "2024-03-02"));
    assertEquals(
        ConflictLabels.UPDATE,
        ConflictLabels.label(
            PLAIN_A, null, "Las autoridades actualizaron la cifra: se elevó a 45 heridos.", null));
    assertEquals(
        ConflictLabels.DISCREPANCY,
        ConflictLabels.label(PLAIN_A, null, "The rosebush by the road was unharmed.", null),
        "whole words only");
  }

  @Test
  void everyConflictGetsItsLabel() {
    ConflictFinding c =
        new ConflictFinding(
            "c-1",
            "blast",
            "quantity",
            List.of(
                new ConflictValue("40", "x", 15, 17, "40", PLAIN_A),
                new ConflictValue("45", "y", 15, 17, "45", PLAIN_B)),
            0.9,
            "",
            null);
    assertEquals(
        ConflictLabels.UPDATE,
        ConflictLabels.labelled(List.of(c), Map.of("x", "2024-03-01", "y", "2024-03-04"))
            .get(0)
            .label());
    assertEquals(
        ConflictLabels.DISCREPANCY, ConflictLabels.labelled(List.of(c), Map.of()).get(0).label());
  }
}
