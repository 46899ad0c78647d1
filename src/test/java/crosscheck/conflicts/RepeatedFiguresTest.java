package crosscheck.conflicts;

import static crosscheck.conflicts.MeasurementConflictsTest.extracted;
import static crosscheck.conflicts.MeasurementConflictsTest.run;
import static crosscheck.conflicts.MeasurementConflictsTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.Measurement;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A figure an outlet repeats, spans named by what they are of, and spans far apart: invented
 * outlets, English and Spanish.
 */
class RepeatedFiguresTest {

  /** Both mentions of a figure that a document gives twice, in one sentence each. */
  private static List<Measurement> twice(String doc, String figure) {
    List<Measurement> found =
        extracted(
            doc,
            "Marta Ruiz was sentenced to " + figure + " in prison. The " + figure + " are final.",
            "outlet " + doc);
    assertEquals(2, found.size(), found.toString());
    return found;
  }

  @Test
  void aFigureRepeatedInOneOutletStillJoinsTheOthersOfItsFact() {
    List<Measurement> a = twice("d0", "three years and four months");
    List<Measurement> b = twice("d1", "three years and four months");
    List<Measurement> c = twice("d2", "three years and four months");
    List<Measurement> e = twice("d3", "three years and ten months");
    // as one-to-one matching per pair of documents leaves them: d3's first mention took d1's and
    // d2's second ones, so its second mention met only d0's first
    List<MeasurementMatcher.Match> matches =
        List.of(
            new MeasurementMatcher.Match(a.get(0), b.get(0), 0.6),
            new MeasurementMatcher.Match(a.get(0), c.get(0), 0.6),
            new MeasurementMatcher.Match(b.get(0), c.get(0), 0.6),
            new MeasurementMatcher.Match(b.get(1), e.get(0), 0.5),
            new MeasurementMatcher.Match(c.get(1), e.get(0), 0.4),
            new MeasurementMatcher.Match(a.get(0), e.get(1), 0.25));
    Map<String, String> outlets = Map.of("d0", "a", "d1", "b", "d2", "c", "d3", "d");
    ClaimBlocks.Found found = MeasurementFindings.of(matches, outlets, 0.2);
    Set<Set<String>> docs = new java.util.HashSet<>();
    for (ConflictFinding f : found.conflicts()) {
      Set<String> cited = new TreeSet<>();
      for (ConflictValue v : f.values()) cited.add(v.doc());
      docs.add(cited);
    }
    assertTrue(docs.contains(Set.of("d0", "d1", "d2", "d3")), found.conflicts().toString());
  }

  @Test
  void aBanAndAPrisonTermAreTwoSpans() {
    ClaimBlocks.Found found =
        run(
            "The court sentenced Marta Ruiz to nine years in prison and barred her from running"
                + " for office for six years.",
            "Marta Ruiz was sentenced to nine years in prison on Friday.",
            "The court also barred Marta Ruiz from running for office for six years.",
            "La jueza inhabilitó a Marta Ruiz para cargos públicos por seis años.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void unnamedSpansFarApartAreTwoThingsButNamedOnesConflict() {
    ClaimBlocks.Found apart =
        run(
            "Marta Ruiz said the dispute had dragged on for some ten months.",
            "Marta Ruiz accepted a two-month ban from the federation on Saturday.");
    assertEquals(List.of(), apart.conflicts(), apart.conflicts().toString());
    ClaimBlocks.Found named =
        run(
            "Marta Ruiz accepted a two-month ban from the federation on Saturday.",
            "Marta Ruiz aceptó el sábado una suspensión de cinco meses de la federación.");
    assertEquals(1, named.conflicts().size(), named.conflicts().toString());
    assertTrue(texts(named.conflicts().get(0)).contains("cinco"));
  }
}
