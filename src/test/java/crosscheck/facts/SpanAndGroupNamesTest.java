package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a span of time or a partitive count is of, named some words before it; both languages. */
class SpanAndGroupNamesTest {

  @Test
  void aBanNamesTheSpanAfterForOrPor() {
    assertEquals(
        "ban",
        at(
                measure(
                    "en", "The court also barred Ruiz from running for office for seven years.\n"),
                "seven")
            .whole());
    assertEquals(
        "ban",
        at(measure("en", "She received a ban on running for office for six years.\n"), "six")
            .whole());
    assertEquals(
        "inhabilitacion",
        at(
                measure("es", "El tribunal la inhabilitó para cargos públicos por siete años.\n"),
                "siete")
            .whole());
    // "for" reaches back only to a verb or noun that names a span
    assertEquals(
        null,
        at(measure("en", "The dispute had dragged on for some ten months.\n"), "some ten").whole());
  }

  @Test
  void membersOfAGroupCountTheGroupsNoun() {
    assertEquals(
        "judge",
        at(measure("en", "Ruiz was acquitted by two members of a seven-judge court.\n"), "two")
            .measured());
    assertEquals(
        "magistrados",
        at(
                measure(
                    "es",
                    "Dos integrantes de los siete magistrados votaron a favor de la absolución.\n"),
                "Dos")
            .measured());
  }
}
