package crosscheck.facts;

import static crosscheck.facts.QuantitiesTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityCompatibilityTest {

  private static QuantityValue q(double value, String qualifier) {
    return new QuantityValue(0, 0, "", value, null, null, qualifier, null);
  }

  @ParameterizedTest
  @CsvSource({
    "4200, APPROX,   4234, EXACT",
    "3,    AT_LEAST, 3,    EXACT",
    "51,   UP_TO,    40,   EXACT",
  })
  void compatibleAmounts(double a, String qa, double b, String qb) {
    assertTrue(QuantityCompatibility.compatible(q(a, qa), q(b, qb)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Between 20 and 30 soldiers.  | Some 28 soldiers.",
        "A 160-foot mast.             | A 50-meter mast.",
        "Growth was 46.1 percent.     | Growth was 46%.",
        "It has 1.2 million users.    | It has 1,234,000 users.",
        "More than 500 were hurt.     | At least 517 were hurt.",
        "It owes more than $40 billion. | It owes $44 billion.",
        "At least 24 were freed.      | In all 26 were freed.",
        "More than a dozen towns.     | Sixteen towns.",
        "The ban runs up to two years. | A two-year ban.",
        "Average pay is $75,600.       | Average pay is $75,608.",
      })
  void compatibleStatements(String a, String b) {
    assertTrue(QuantityCompatibility.compatible(one(a, "en"), one(b, "en")));
  }

  /** Trailing zeros round a figure only when the step is a small share of it. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "El salario medio es de 75.600 dólares. | El salario medio es de 75.608 dólares. | true",
        "Hubo 1.200 detenidos.                  | Hubo 1.249 detenidos.                  | false",
        "There were 100 deaths.                 | There were 104 deaths.                 | false",
      })
  void trailingZerosRoundOnlyASmallShare(String a, String b, boolean compatible) {
    assertEquals(compatible, QuantityCompatibility.compatible(one(a, "es"), one(b, "es")));
  }

  /** A lower bound in digits reaches its next rounding step, and a tenth above it at least. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "More than 14,000 cases.      | There were 15,600 cases.",
        "At least 450 deaths.         | There were 524 deaths.",
        "Más de 14.000 casos.         | Hubo 15.600 casos.",
        "They face up to 43 years.    | They face up to 40 years.",
      })
  void boundsAreReadAsAnEditorReadsThem(String a, String b) {
    String lang = a.startsWith("Más") ? "es" : "en";
    assertFalse(QuantityCompatibility.compatible(one(a, lang), one(b, lang)));
  }

  @ParameterizedTest
  @CsvSource({
    "3200, EXACT,    4200, EXACT",
    "4200, APPROX,   3200, EXACT",
    "6,    AT_LEAST, 4,    EXACT",
    "51,   UP_TO,    60,   EXACT",
  })
  void incompatibleAmounts(double a, String qa, double b, String qb) {
    assertFalse(QuantityCompatibility.compatible(q(a, qa), q(b, qb)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A 160-foot mast.             | A 160-meter mast.",
        "Growth was 46 percent.       | There were 46 cases.",
      })
  void incompatibleStatements(String a, String b) {
    assertFalse(QuantityCompatibility.compatible(one(a, "en"), one(b, "en")));
  }

  /**
   * Two ranges of one figure are the same only when both bounds agree to the coarser bound's last
   * digit ("between 41% and 44%" may cut 41.5-44.2 short); a range and a value inside it agree.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "She won between 41.5% and 44.2%. | She won between 41% and 44%.       | en | true",
        "She won between 41.5% and 44.2%. | She won 42.8% of the vote.         | en | true",
        "She won between 41.5% and 44.2%. | She won between 41.5% and 44.6%.   | en | false",
        "She won between 41.5% and 44.2%. | She won between 40.2% and 44.2%.   | en | false",
        "Obtuvo entre un 20,1% y un 22,3%. | Obtuvo entre el 20,1 y el 22,8 por ciento. | es | false",
        "Obtuvo entre un 20,1% y un 22,3%. | Obtuvo entre un 20 y un 22 por ciento.    | es | true",
      })
  void rangesAgreeBoundByBound(String a, String b, String lang, boolean compatible) {
    assertEquals(compatible, QuantityCompatibility.compatible(one(a, lang), one(b, lang)));
  }

  /** A whole share is a figure with its decimals cut off; two whole shares still differ. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Turnout was 71%.                   | Turnout was 71.38%.                  | en | true",
        "La participación fue del 71%.      | La participación fue del 71,38 %.    | es | true",
        "Turnout was 71%.                   | Turnout was 72.2%.                   | en | false",
        "Turnout was 37%.                   | Turnout was 38%.                     | en | false",
        "La participación superó el 65%.    | La participación fue del 71,38 %.    | es | true",
        "La participación superó el 75%.    | La participación fue del 71,38 %.    | es | false",
        "Turnout exceeded 65%.              | Turnout was 71.38%.                  | en | true",
      })
  void aWholeShareMayCutDecimalsOff(String a, String b, String lang, boolean compatible) {
    assertEquals(compatible, QuantityCompatibility.compatible(one(a, lang), one(b, lang)));
  }
}
