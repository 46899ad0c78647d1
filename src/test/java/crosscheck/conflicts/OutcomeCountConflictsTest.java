package crosscheck.conflicts;

import static crosscheck.conflicts.MeasurementConflictsTest.run;
import static crosscheck.conflicts.MeasurementConflictsTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counts of people named by what befell them, across invented outlets, in English and Spanish. */
class OutcomeCountConflictsTest {
  @Test
  void theArrestedCountedByAParticipleOrANounAreOneThing() {
    ClaimBlocks.Found found =
        run(
            "Over 60 arrested as protests spread across Vallemar on Tuesday, a rights group said.",
            "The protests across Vallemar have led to 75 arrests, a rights group said on Tuesday.",
            "Según un grupo de derechos humanos, 60 han sido detenidas en las protestas de Vallemar"
                + " el martes.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals(Set.of("Over 60", "75", "60"), texts(found.conflicts().get(0)));
  }

  @Test
  void theKilledAndTheDeadAreOneThingTheInjuredAnother() {
    ClaimBlocks.Found found =
        run(
            "The clashes in Norvale on Sunday left nine dead, the health ministry said.",
            "The clashes in Norvale on Sunday left 11 deaths, the health ministry said.",
            "Los enfrentamientos del domingo en Norvale dejaron 11 fallecidos, según el ministerio"
                + " de salud.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals(Set.of("nine", "11"), texts(found.conflicts().get(0)));
    assertEquals(
        List.of(),
        run(
                "The clashes in Norvale on Sunday left nine dead, the health ministry said.",
                "The clashes in Norvale on Sunday left 40 injured, the health ministry said.")
            .conflicts());
  }
}
