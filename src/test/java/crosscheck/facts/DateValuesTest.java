package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateValuesTest {

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
  void twoDatesCanBeOneDay(String x, String y, boolean expected) {
    assertEquals(expected, DateValues.compatible(x, y));
    assertEquals(expected, DateValues.compatible(y, x));
  }

  @ParameterizedTest
  @CsvSource({"2023, true", "XXXX-10-22, true", "XXXX-WXX-3, false", "P3Y, false", "XXXX, false"})
  void calendarDates(String value, boolean expected) {
    assertEquals(expected, DateValues.isCalendarDate(value));
  }
}
