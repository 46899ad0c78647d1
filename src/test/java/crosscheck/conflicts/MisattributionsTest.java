package crosscheck.conflicts;

import static crosscheck.conflicts.MeasurementConflictsTest.run;
import static crosscheck.conflicts.MeasurementConflictsTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A share most outlets give another owner is read against the wrong name, not disputed. */
class MisattributionsTest {
  private static final String[] RESULTS = {
    "Tomas Verhoeven won 56.2% of the vote, while Marta Lindqvist took 43.8%.\n",
    "Verhoeven won the runoff with 56.2% of the vote; Marta Lindqvist got 43.8%.\n",
    "Tomás Verhoeven obtuvo el 56,2 % de los votos, mientras que Marta Lindqvist logró el 43,8"
        + " %.\n"
  };

  @Test
  void aShareOtherOutletsGiveTheOtherCandidateIsNoConflict() {
    String misread =
        "Marta Lindqvist spoke to supporters as the count reached 56.2% of the vote for her"
            + " rival.\n";
    assertEquals(
        0, run(RESULTS[0], RESULTS[1], RESULTS[2], misread).conflicts().size(), "misread share");
  }

  @Test
  void aShareNoOtherOutletGivesAnyoneIsStillAConflict() {
    String changed = "Marta Lindqvist took 41.8% of the vote, conceding defeat.\n";
    var conflicts = run(RESULTS[0], RESULTS[1], RESULTS[2], changed).conflicts();
    assertEquals(1, conflicts.size());
    assertTrue(texts(conflicts.get(0)).contains("41.8%"), texts(conflicts.get(0)).toString());
  }
}
