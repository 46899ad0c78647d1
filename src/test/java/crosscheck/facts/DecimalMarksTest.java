package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalMarksTest {

  @ParameterizedTest
  @CsvSource({
    // written,     scaled, spanish, value,   decimals
    "'4.200',       false,  true,    4200,    0",
    "'4.200',       false,  false,   4.2,     3",
    "'4,200',       false,  false,   4200,    0",
    "'1,234',       true,   true,    1.234,   3",
    "'1,234',       false,  true,    1234,    0",
    "'46,1',        false,  true,    46.1,    1",
    "'1.2',         true,   false,   1.2,     1",
    "'1.234.567',   false,  true,    1234567, 0",
    "'1,234,567',   false,  false,   1234567, 0",
    "'1.234,5',     false,  true,    1234.5,  1",
    "'1,234.5',     false,  false,   1234.5,  1",
    "'4\u00A0200',  false,  false,   4200,    0",
  })
  void marksAreReadByLanguage(
      String raw, boolean scaled, boolean spanish, double value, int decimals) {
    DecimalMarks.Parsed parsed = DecimalMarks.parse(raw, scaled, spanish);
    assertEquals(value, parsed.value(), 1e-9);
    assertEquals(decimals, parsed.decimals());
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.168.1.1", "1.2.3", "12,34,567"})
  void versionsAndAddressesAreNoNumbers(String raw) {
    assertNull(DecimalMarks.parse(raw, false, false));
  }
}
