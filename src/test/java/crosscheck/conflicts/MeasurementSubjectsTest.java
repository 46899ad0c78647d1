package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeasurementSubjectsTest {

  @Test
  void aSurnameOrAMiddleNameStandsForTheFullName() {
    assertTrue(MeasurementSubjects.same("name:torres", "person:ana torres"));
    assertTrue(MeasurementSubjects.same("person:ana torres", "person:ana maria torres"));
    assertTrue(MeasurementSubjects.same("person:luis pepe pardo", "name:pepe"));
    assertTrue(MeasurementSubjects.same("org:pdc", "org:pdc"));
  }

  @Test
  void otherPeopleAndOtherSortsOfOwnerDiffer() {
    assertFalse(MeasurementSubjects.same("name:ana", "person:ana torres"));
    assertFalse(MeasurementSubjects.same("person:ana torres", "person:luis torres"));
    assertFalse(MeasurementSubjects.same("person:ana torres", "person:ana gil"));
    assertFalse(MeasurementSubjects.same("country:PE", "name:pe"));
    assertFalse(MeasurementSubjects.same("org:torres", "name:torres"));
    assertFalse(MeasurementSubjects.same(null, "name:torres"));
  }
}
