package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What was asked for, and the rest of a group, read a few words away; both languages. */
class RequestsAndRemaindersTest {

  @Test
  void whatAPartySeeksIsARequest() {
    assertTrue(
        at(
                measure(
                    "es",
                    "La fiscalía solicitó cinco años, mientras que la acusación particular buscaba"
                        + " diez años de cárcel.\n"),
                "diez")
            .planned());
    assertTrue(
        at(
                measure(
                    "es",
                    "La defensa había pedido una indemnización de 50.000 euros para la víctima.\n"),
                "50.000")
            .planned());
    assertTrue(
        at(measure("en", "Prosecutors had called for a seven-year prison sentence.\n"), "seven")
            .planned());
  }

  @Test
  void aRequestReachesAValueJoinedToWhatWasAskedByAConjunction() {
    assertTrue(
        at(
                measure(
                    "es",
                    "La acusación pedía cinco años de cárcel y 14 años de inhabilitación para"
                        + " Ruiz.\n"),
                "14")
            .planned());
    assertTrue(
        at(
                measure(
                    "en",
                    "Prosecutors sought five years in prison and 14 years of disqualification.\n"),
                "14")
            .planned());
    // a conjunction that opens a clause of its own still ends the request
    assertFalse(
        at(
                measure(
                    "es",
                    "La fiscalía pedía cinco años y el tribunal impuso tres años de"
                        + " inhabilitación.\n"),
                "tres")
            .planned());
  }

  @Test
  void theRestOfAGroupNamedAFewWordsBeforeTheValueIsARemainder() {
    assertTrue(
        Remainders.isRemainder(
            at(
                measure(
                    "es",
                    "Las penas restantes oscilan entre los 17 años de cárcel para Gil y los 21"
                        + " para Soto.\n"),
                "17")));
    assertTrue(
        Remainders.isRemainder(
            at(
                measure("en", "The remaining defendants each received 17 years in prison.\n"),
                "17")));
    assertFalse(
        Remainders.isRemainder(
            at(
                measure("en", "Ruiz, the remaining candidate, received 17% of the vote.\n"),
                "17%")));
  }

  @Test
  void theFirstFigureOfASumIsAPart() {
    assertTrue(
        Remainders.isRemainder(
            at(
                measure(
                    "es",
                    "La sentencia fija 28 meses de prisión por soborno, más otros 9 meses por"
                        + " fraude.\n"),
                "28")));
    assertTrue(
        Remainders.isRemainder(
            at(measure("en", "Gil got 28 months for bribery, plus 9 months for fraud.\n"), "28")));
    assertFalse(
        Remainders.isRemainder(
            at(measure("en", "Gil got 28 months in prison, plus a fine of 3,000 euros.\n"), "28")));
    assertFalse(
        Remainders.isRemainder(
            at(measure("es", "Gil recibió 37 meses de cárcel, más de lo pedido.\n"), "37")));
  }

  @Test
  void whatWouldHaveBeenIsNoOutcome() {
    assertTrue(
        at(
                measure("en", "Without the appeal, Ruiz would not have played until March 2030.\n"),
                "2030")
            .planned());
    assertTrue(
        at(measure("es", "Sin la rebaja, la sanción habría terminado en marzo de 2030.\n"), "2030")
            .planned());
    assertFalse(at(measure("en", "Ruiz will play again in March 2030.\n"), "2030").planned());
    assertFalse(
        at(measure("es", "La sanción de Ruiz terminará en marzo de 2030.\n"), "2030").planned());
  }

  @Test
  void whatMayBeIsNoOutcomeButAMaximumIsAFact() {
    assertTrue(
        at(measure("en", "Nine prisoners held in Norvale could be freed on Friday.\n"), "Nine")
            .planned());
    assertTrue(
        at(measure("es", "Al menos 9 presos podrían ser liberados el viernes en Norvale.\n"), "9")
            .planned());
    assertFalse(
        at(measure("es", "Las penas podrían alcanzar hasta 25 años de prisión.\n"), "25")
            .planned());
    assertFalse(
        at(measure("en", "Nine prisoners were freed on Friday in Norvale.\n"), "Nine").planned());
  }
}
