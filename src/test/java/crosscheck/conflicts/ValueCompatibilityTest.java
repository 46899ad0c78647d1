package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.QuantityValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueCompatibilityTest {

  @Test
  void aMonthContainsItsDays() {
    assertTrue(ValueCompatibility.datesCompatible("2023-07", null, "2023-07-16", null));
    assertTrue(ValueCompatibility.datesCompatible("2023", null, "2023-07-16", null));
    assertFalse(ValueCompatibility.datesCompatible("2023-08", null, "2023-07-16", null));
  }

  @Test
  void twoDaysOfOneMonthDisagree() {
    assertFalse(ValueCompatibility.datesCompatible("2023-07-16", null, "2023-07-20", null));
    assertTrue(ValueCompatibility.datesCompatible("2023-07-16", null, "2023-07-16", null));
  }

  @Test
  void partsOfAPeriodBoundTheDay() {
    assertTrue(ValueCompatibility.datesCompatible("2023-07", "END", "2023-07-26", null));
    assertFalse(ValueCompatibility.datesCompatible("2023-07", "START", "2023-07-26", null));
    assertTrue(ValueCompatibility.datesCompatible("2023-07", "MID", "2023-07-15", null));
    assertFalse(ValueCompatibility.datesCompatible("2023-07", "MID", "2023-07-30", null));
    assertTrue(ValueCompatibility.datesCompatible("2023", "START", "2023-02-10", null));
    assertFalse(ValueCompatibility.datesCompatible("2023", "START", "2023-11-10", null));
  }

  @Test
  void anApproximateDayAllowsAFewDaysAround() {
    assertTrue(ValueCompatibility.datesCompatible("2023-07-18", "APPROX", "2023-07-20", null));
    assertFalse(ValueCompatibility.datesCompatible("2023-07-10", "APPROX", "2023-07-20", null));
  }

  @Test
  void aDateWithoutItsYearMatchesTheSameDayOfAnyYear() {
    assertTrue(ValueCompatibility.datesCompatible("XXXX-07-20", null, "2023-07-20", null));
    assertFalse(ValueCompatibility.datesCompatible("XXXX-07-20", null, "2023-07-16", null));
    assertTrue(ValueCompatibility.datesCompatible("XXXX-07", null, "2023-07-16", null));
  }

  @Test
  void weeksSeasonsAndDecadesAreRanges() {
    assertTrue(ValueCompatibility.datesCompatible("2023-W29", null, "2023-07-20", null));
    assertFalse(ValueCompatibility.datesCompatible("2023-W29", null, "2023-07-26", null));
    assertTrue(ValueCompatibility.datesCompatible("2023-SU", null, "2023-07-26", null));
    assertTrue(ValueCompatibility.datesCompatible("199", null, "1994-05", null));
  }

  @Test
  void whatIsNoCalendarDateIsNeverCompatible() {
    assertNull(ValueCompatibility.dateRange("PRESENT_REF", null));
    assertNull(ValueCompatibility.dateRange("P3D", null));
    assertNull(ValueCompatibility.dateRange("2023-02-30", null));
    assertFalse(ValueCompatibility.datesCompatible("PAST_REF", null, "2023-07-20", null));
  }

  @Test
  void yearsAreReadOnlyWhenStated() {
    assertEquals("2023", ValueCompatibility.yearOf("2023-07-16"));
    assertEquals("2023", ValueCompatibility.yearOf("2023-W29"));
    assertNull(ValueCompatibility.yearOf("XXXX-07-20"));
    assertNull(ValueCompatibility.yearOf("199"));
  }

  @Test
  void approximateAndBoundedAmountsAllowTheExactOne() {
    assertTrue(
        ValueCompatibility.quantitiesCompatible(
            count(4200, "APPROX", "passengers"), count(4234, "EXACT", "passengers")));
    assertTrue(
        ValueCompatibility.quantitiesCompatible(
            count(3, "AT_LEAST", null), count(3, "EXACT", null)));
    assertFalse(
        ValueCompatibility.quantitiesCompatible(
            count(3200, "EXACT", "passengers"), count(4200, "EXACT", "passengers")));
  }

  @Test
  void partsAreNotComparedWithTotals() {
    QuantityValue identified =
        new QuantityValue(0, 2, "55", 55, null, null, "EXACT", "bodies", "identified", null, 0);
    QuantityValue all = count(75, "EXACT", "bodies");
    QuantityValue dead = count(75, "EXACT", null);
    assertFalse(ValueCompatibility.comparable(identified, all));
    assertFalse(ValueCompatibility.comparable(identified, dead));
    assertTrue(
        ValueCompatibility.comparable(
            count(3200, "EXACT", "passengers"), count(4200, "EXACT", "Passenger")));
  }

  @Test
  void measuresCompareWithinTheirDimension() {
    QuantityValue km = new QuantityValue(0, 4, "5 km", 5, null, "km", "EXACT", null);
    QuantityValue m = new QuantityValue(0, 4, "5000 m", 5000, null, "m", "EXACT", null);
    QuantityValue usd = new QuantityValue(0, 4, "$5", 5, null, "USD", "EXACT", null);
    assertTrue(ValueCompatibility.comparable(km, m));
    assertFalse(ValueCompatibility.comparable(km, usd));
    assertFalse(ValueCompatibility.comparable(km, count(5, "EXACT", null)));
  }

  @Test
  void countedNounsCompareByLemma() {
    assertEquals("passenger", ValueCompatibility.countedLemma("passengers"));
    assertEquals("person", ValueCompatibility.countedLemma("people"));
    assertEquals("casualty", ValueCompatibility.countedLemma("casualties"));
    assertEquals("muerto", ValueCompatibility.countedLemma("muertos"));
    assertNull(ValueCompatibility.countedLemma("ones"));
  }

  private static QuantityValue count(double v, String qualifier, String counted) {
    return new QuantityValue(0, 1, "x", v, null, null, qualifier, counted);
  }

  @ParameterizedTest
  @CsvSource({
    "2023, 2023-07-16, true",
    "2023-07, 2023-07-16, true",
    "2023-07-16, 2023-07-20, false",
    "XXXX-10-22, 2023-10-22, true",
    "XXXX-10-22, 2023-11-19, false",
    "2019, 2020-06, false",
    "XXXX-07, 2024-07-01, true"
  })
  void calendarDatesAtAnyPrecisionCanBeOneDay(String x, String y, boolean expected) {
    assertEquals(expected, ValueCompatibility.datesCompatible(x, null, y, null));
    assertEquals(expected, ValueCompatibility.datesCompatible(y, null, x, null));
  }
}
