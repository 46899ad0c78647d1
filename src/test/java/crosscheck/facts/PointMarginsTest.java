package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The points of a lead are percentage points; both languages. */
class PointMarginsTest {
  @Test
  void pointsOfALeadArePercentagePoints() {
    assertEquals(
        "pp",
        at(measure("es", "Ruiz ganó con casi 18 puntos de ventaja sobre Gil.\n"), "18").kind());
    assertEquals(
        "pp", at(measure("en", "Ruiz won with a lead of 12 points over Gil.\n"), "12").kind());
    assertEquals("count", at(measure("en", "Ruiz scored 30 points in the final.\n"), "30").kind());
  }

  @Test
  void pointsOfAMarginOrOfBeatingARivalArePercentagePoints() {
    assertEquals(
        "pp",
        at(measure("es", "Ruiz venció a Gil por un amplio margen de casi 14 puntos.\n"), "14")
            .kind());
    assertEquals("pp", at(measure("es", "Ruiz superaba por casi 14 puntos a Gil.\n"), "14").kind());
    assertEquals(
        "pp", at(measure("en", "The gap of 14 points between them surprised Gil.\n"), "14").kind());
  }

  @Test
  void anExitPollInThePluralIsAPoll() {
    assertTrue(
        at(
                measure(
                    "es",
                    "Dos bocas de urna daban a Gil un triunfo por unos seis puntos de"
                        + " ventaja.\n"),
                "seis")
            .planned());
  }
}
