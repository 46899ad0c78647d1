package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateValuesTest {

  @ParameterizedTest
  @CsvSource({"2023, true", "XXXX-10-22, true", "XXXX-WXX-3, false", "P3Y, false", "XXXX, false"})
  void calendarDates(String value, boolean expected) {
    assertEquals(expected, DateValues.isCalendarDate(value));
  }
}
