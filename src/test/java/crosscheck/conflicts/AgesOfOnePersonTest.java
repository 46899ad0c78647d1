package crosscheck.conflicts;

import static crosscheck.conflicts.MeasurementConflictsTest.run;
import static crosscheck.conflicts.MeasurementConflictsTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One person's age given two ways is a conflict, whatever noun each outlet puts beside it. */
class AgesOfOnePersonTest {
  @Test
  void twoAgesOfOnePersonWithOtherNounsBesideThemDisagree() {
    var conflicts =
        run(
                "The 21-year-old academy graduate Marta Lindqvist scored the fifth goal.\n",
                "El quinto gol lo marcó la canterana Marta Lindqvist, de 20 años.\n")
            .conflicts();
    assertEquals(1, conflicts.size(), conflicts.toString());
    assertTrue(texts(conflicts.get(0)).toString().contains("20"));
  }
}
