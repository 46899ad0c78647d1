package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A value joined to a requested one as part of the same request was asked for by that party. */
class JoinedRequestsTest {
  @Test
  void aSumAskedForAlongWithATermIsTheSamePartys() {
    String en =
        "Prosecutors had been seeking a seven-year prison sentence, as well as €90,000 in"
            + " compensation to the victim.\n";
    assertEquals("party:prosecution", at(measure("en", en), "90,000").subject());
    String es =
        "La fiscalía pedía siete años de prisión con una indemnización de 90.000 euros para la"
            + " víctima.\n";
    assertEquals("party:prosecution", at(measure("es", es), "90.000").subject());
  }

  @Test
  void whatTheCourtDidAfterwardsIsNotAsked() {
    String es =
        "La fiscalía pedía siete años de prisión, y la jueza impuso una multa de 90.000 euros.\n";
    assertNotEquals("party:prosecution", at(measure("es", es), "90.000").subject());
  }
}
