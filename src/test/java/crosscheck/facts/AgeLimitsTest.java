package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An age limit is a threshold, not a person's age; both languages. */
class AgeLimitsTest {
  @Test
  void anAgeLimitIsAThreshold() {
    assertTrue(
        at(
                measure(
                    "es", "Ruiz puede pedir la prisión domiciliaria por ser mayor de 80 años.\n"),
                "80")
            .threshold());
    assertTrue(
        at(measure("en", "The law bars people under the age of 16 from the platform.\n"), "16")
            .threshold());
    assertFalse(
        at(measure("es", "Ruiz, de 82 años, pidió la prisión domiciliaria.\n"), "82").threshold());
  }
}
