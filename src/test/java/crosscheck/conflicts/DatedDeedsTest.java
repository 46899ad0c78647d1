package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import crosscheck.facts.Measurement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deed a date dates, and one owner's deed dated twice; English and Spanish. */
class DatedDeedsTest {
  private static String deedOf(String sentence, String dateText) {
    Measurement m =
        MeasurementConflictsTest.extracted("a", sentence, "outlet a").stream()
            .filter(x -> x.time() != null && x.time().text().equals(dateText))
            .findFirst()
            .orElseThrow();
    return DatedDeeds.of(m);
  }

  @Test
  void theWordBesideADateNamesItsDeed() {
    assertEquals("convict", deedOf("Ana Ruiz was convicted in June of bribery.", "June"));
    assertEquals(
        "convict", deedOf("Ana Ruiz fue declarada culpable en junio de soborno.", "junio"));
    assertEquals("start", deedOf("The Norvale Open, which starts on May 9, is next.", "May 9"));
    assertEquals(
        "start",
        deedOf("El Abierto de Norvale, que comienza el 9 de mayo, es el próximo.", "9 de mayo"));
    // a date that opens its clause dates the verb after it
    assertEquals(
        "sentence",
        deedOf("El pasado 12 de febrero Ana Ruiz fue condenada a cinco años.", "12 de febrero"));
  }

  @Test
  void aDeedFarOffOrInAnotherClauseDatesNothing() {
    assertNull(deedOf("Ruiz, who was convicted of bribery last year, spoke on May 9.", "May 9"));
    // inside a clause, the verb after a date is another deed's
    assertNull(
        deedOf("The same council that swore him in in 2019 had now voted to remove him.", "2019"));
  }

  @Test
  void oneOwnersDeedDatedTwiceIsAConflictAcrossLanguages() {
    ClaimBlocks.Found found =
        MeasurementConflictsTest.run(
            "Ana Ruiz was convicted in June of bribery at the end of a long trial.",
            "Ruiz was convicted in April on several charges, including fraud and bribery.",
            "Ana Ruiz fue declarada culpable en junio por soborno tras un largo juicio.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals(
        Set.of("June", "April", "junio"), MeasurementConflictsTest.texts(found.conflicts().get(0)));
  }

  @Test
  void otherDeedsAndOtherOwnersAreKeptApart() {
    ClaimBlocks.Found found =
        MeasurementConflictsTest.run(
            "Ana Ruiz was convicted in June of bribery at the end of a long trial.",
            "Ruiz was sentenced in October to five years for bribery.",
            "Luis Pardo was convicted in April of bribery at the end of a long trial.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }
}
