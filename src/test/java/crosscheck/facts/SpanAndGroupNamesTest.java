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
                    "en",
                    "The court also barred Ruiz from holding public office for seven years.\n"),
                "seven")
            .whole());
    assertEquals(
        "ban",
        at(measure("en", "She faces a ban on holding any public office for six years.\n"), "six")
            .whole());
    assertEquals(
        "inhabilitacion",
        at(
                measure(
                    "es", "La jueza lo inhabilitó para ejercer cargos públicos por siete años.\n"),
                "siete")
            .whole());
    // "for" reaches back only to a verb or noun that names a span
    assertEquals(
        null,
        at(measure("en", "The case had been hanging over her for nearly a year.\n"), "nearly a")
            .whole());
  }

  @Test
  void membersOfAGroupCountTheGroupsNoun() {
    assertEquals(
        "justice",
        at(
                measure(
                    "en",
                    "Ruiz was convicted on two counts by three members of a five-justice panel.\n"),
                "three")
            .measured());
    assertEquals(
        "magistrados",
        at(
                measure(
                    "es",
                    "Tres integrantes de los cinco magistrados votaron a favor de la condena.\n"),
                "Tres")
            .measured());
  }
}
