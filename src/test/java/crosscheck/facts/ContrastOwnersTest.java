package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A value set against an earlier one belongs to the name after it; both languages. */
class ContrastOwnersTest {
  @Test
  void theShareSetAgainstTheWinnersIsTheRivalNamedAfterIt() {
    String en =
        "Tomas Verhoeven won 56.2% of the vote, against 43.8% for the centre-left senator Marta"
            + " Lindqvist.\n";
    assertEquals("person:tomas verhoeven", at(measure("en", en), "56.2").subject());
    assertEquals("person:marta lindqvist", at(measure("en", en), "43.8").subject());
    String es =
        "Tomás Verhoeven obtuvo el 56,2 % de los votos frente al 43,8 % logrado por la candidata"
            + " oficialista Marta Lindqvist.\n";
    assertEquals("person:marta lindqvist", at(measure("es", es), "43,8").subject());
  }

  @Test
  void theRivalsShareIsOfWhatTheWinnersIsOf() {
    String es =
        "Tomás Verhoeven obtuvo el 56,2 % de los votos frente al 43,8 % de su rival, Marta"
            + " Lindqvist.\n";
    assertEquals("votos", at(measure("es", es), "43,8").measured());
    assertEquals("person:marta lindqvist", at(measure("es", es), "43,8").subject());
  }

  @Test
  void aNameThatCompletesATitleOwnsNothing() {
    String en =
        "Tomas Verhoeven won 56.2% of the vote, compared to 43.8% for the former minister of"
            + " Oskar Brandt.\n";
    assertNull(at(measure("en", en), "43.8").subject());
    String es =
        "Tomás Verhoeven obtuvo el 56,2 % de los votos frente al 43,8 % de la exministra de Oskar"
            + " Brandt.\n";
    assertNull(at(measure("es", es), "43,8").subject());
  }

  @Test
  void aValueNotSetAgainstAnotherKeepsTheNameBeforeIt() {
    String en = "Tomas Verhoeven won 56.2% of the vote in the district of Oskar Brandt.\n";
    assertEquals("person:tomas verhoeven", at(measure("en", en), "56.2").subject());
  }

  @Test
  void aCountryATitleIsOfOwnsNoShare() {
    String es =
        "Tomás Verhoeven fue reelegido presidente de Portugal con el 56,2 % de los votos.\n";
    assertEquals("person:tomas verhoeven", at(measure("es", es), "56,2").subject());
    String en = "Tomas Verhoeven was re-elected president of Portugal with 56.2% of the vote.\n";
    assertEquals("person:tomas verhoeven", at(measure("en", en), "56.2").subject());
  }
}
