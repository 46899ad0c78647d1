package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A date that opens its clause dates what the person named right after it did. */
class DateOwnersTest {
  @Test
  void aDateOpeningItsClauseBelongsToWhoeverIsNamedRightAfterIt() {
    assertEquals(
        "person:tomas verhoeven",
        at(measure("es", "El pasado 3 de marzo Tomás Verhoeven fue condenado.\n"), "3 de marzo")
            .subject());
    assertEquals(
        "person:tomas verhoeven",
        at(measure("en", "On March 3, Tomas Verhoeven was sentenced.\n"), "March 3").subject());
  }

  @Test
  void aDateInsideItsClauseDoesNotReachForward() {
    assertNull(
        at(
                measure(
                    "en",
                    "The appeal was heard in court on March 3 and Tomas Verhoeven was"
                        + " sentenced.\n"),
                "March 3")
            .subject());
  }

  @Test
  void aRoleIsNoOwnerOfADate() {
    String en =
        "Former President Marta Lindqvist was tried. Marta Lindqvist denied it.\nJudge Tomas"
            + " Verhoeven voted to acquit the former president on Wednesday.\n";
    assertEquals("person:tomas verhoeven", at(measure("en", en), "Wednesday").subject());
  }
}
