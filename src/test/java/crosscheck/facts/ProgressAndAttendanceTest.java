package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How far a count had gone, and who of a body was there, are no facts of the body itself. */
class ProgressAndAttendanceTest {
  @Test
  void aShareAfterAProgressParticipleOrProcessingIsProgress() {
    String es = "Ruiz obtuvo el 52,3 % de los votos, escrutado el 97,3 % de las actas.\n";
    assertTrue(ProgressShares.isProgress(at(measure("es", es), "97,3").measured()));
    String en = "After processing 88.4% of the ballots, Ruiz had 52.3% of the vote.\n";
    assertTrue(ProgressShares.isProgress(at(measure("en", en), "88.4").measured()));
  }

  @Test
  void aShareRightAfterAReportingVerbIsNoProgress() {
    String en = "The electoral council reported 52.3% of the vote for Ruiz.\n";
    assertFalse(ProgressShares.isProgress(at(measure("en", en), "52.3").measured()));
  }

  @Test
  void membersPresentAreNotTheWholeBody() {
    String es = "La moción se aprobó con 96 votos de los 117 diputados presentes.\n";
    assertTrue(GroupTotals.isPresent(at(measure("es", es), "117")));
    String en = "The motion passed with 96 votes of the 117 deputies present.\n";
    assertTrue(GroupTotals.isPresent(at(measure("en", en), "117")));
    String whole = "Se requieren 80 votos de los 120 diputados que componen la cámara.\n";
    assertFalse(GroupTotals.isPresent(at(measure("es", whole), "120")));
  }
}
