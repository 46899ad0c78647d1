package crosscheck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicationDatesTest {

  @Test
  void datelinesInEnglishAndSpanishNormaliseAtTheirPrecision() {
    assertEquals("2021-07-03", PublicationDates.firstIso("Published July 3, 2021"));
    assertEquals("2021-07-03", PublicationDates.firstIso("Updated 3 July 2021 10:45 GMT"));
    assertEquals("2021-07-03", PublicationDates.firstIso("2021-07-03T08:15:00Z"));
    assertEquals("2021-07-03", PublicationDates.firstIso("Publicado el 3 de julio de 2021"));
    assertEquals("2021-09", PublicationDates.firstIso("Sept. 2021"));
    assertNull(PublicationDates.firstIso("2021-02-30")); // not a day: nothing rather than a guess
  }

  @Test
  void onlyALineThatIsADateIsADateline() {
    assertTrue(PublicationDates.isDateline("Published July 3, 2021"));
    assertTrue(PublicationDates.isDateline("Updated: 2021-07-03"));
    assertTrue(PublicationDates.isDateline("Monday, July 3, 2021"));
    assertFalse(PublicationDates.isDateline("The council met on July 3, 2021."));
    assertFalse(PublicationDates.isDateline("Published by the city council"));
  }
}
