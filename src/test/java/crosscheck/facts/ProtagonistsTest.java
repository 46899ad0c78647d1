package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A value said of the role of the person a document is about is theirs. */
class ProtagonistsTest {
  @Test
  void theRoleTheDocumentTitledThePersonWithIsThePerson() {
    String en =
        "Former President Tomas Verhoeven was convicted on Monday. Tomas Verhoeven denied the"
            + " charges.\nThe court sentenced the former president to 14 years in prison.\n";
    assertEquals("person:tomas verhoeven", at(measure("en", en), "14").subject());
    String es =
        "El expresidente Tomás Verhoeven fue condenado el lunes. Tomás Verhoeven negó los"
            + " cargos.\nEl tribunal impuso al expresidente una pena de 14 años de prisión.\n";
    assertEquals("person:tomas verhoeven", at(measure("es", es), "14").subject());
  }

  @Test
  void anotherTitleIsSomebodyElse() {
    String en =
        "Former President Tomas Verhoeven was convicted on Monday. Tomas Verhoeven denied the"
            + " charges.\nThe president signed 12 decrees that week.\n";
    assertNotEquals("person:tomas verhoeven", at(measure("en", en), "12").subject());
  }
}
