package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time words read from facts/*.tsv, and the patterns spelt from them. */
class TimeLexiconTest {

  @Test
  void monthPatternsAreSpeltFromTheMonthTable() {
    assertEquals(
        "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september"
            + "|sept|sep|october|oct|november|nov|december|dec",
        TimeLexicon.MONTH_TRIGGER);
    assertTrue(TimeLexicon.MONTH_EN.contains("|Mar\\.|Apr\\.?|"), TimeLexicon.MONTH_EN);
    assertTrue(TimeLexicon.MONTH_ES.contains("septiembre|setiembre"), TimeLexicon.MONTH_ES);
    assertTrue(TimeLexicon.calendarWords().containsAll(List.of("sept", "miercoles", "setiembre")));
    assertTrue(!TimeLexicon.calendarWords().contains("mar"), "'Mar' alone may open a name");
  }

  @Test
  void spanishWeekdaysMatchWithOrWithoutTheirAccent() {
    Pattern weekday = Pattern.compile(TimeLexicon.WEEKDAY_ES);
    assertTrue(weekday.matcher("miércoles").matches() && weekday.matcher("Miercoles").matches());
    assertTrue(weekday.matcher("sabado").matches() && !weekday.matcher("sabados").matches());
    assertEquals(3, TimeLexicon.weekday("Miércoles"));
    assertEquals(6, TimeLexicon.weekday("sabado"));
  }

  @ParameterizedTest
  @CsvSource({
    "three, 3.0",
    "a couple of, 2.0",
    "several, -1.0",
    "twenty-one, 21.0",
    "dieciséis, 16.0",
    "veintidós, 22.0",
    "treinta y un, 31.0",
    "2 1/2, 2.5"
  })
  void numbersInWordsAndDigits(String written, double value) {
    assertEquals(value, TimeLexicon.number(written));
  }

  @Test
  void unitsAndModifiers() {
    assertEquals("D", TimeLexicon.unit("días"));
    assertEquals("WE", TimeLexicon.unit("fin de semana"));
    assertEquals("CE", TimeLexicon.unit("Centuries"));
    assertNull(TimeLexicon.unit("moments"));
    assertEquals("END", TimeLexicon.mod("the end of"));
    assertEquals("MORE_THAN", TimeLexicon.mod("más  de"));
    assertNull(TimeLexicon.mod("just"));
  }

  @Test
  void namedTimes() {
    assertEquals(-2, TimeNames.deicticShift("the day  before yesterday"));
    assertTrue(TimeNames.deicticNight("anoche"));
    assertEquals("FA", TimeNames.season("Otoño"));
    assertEquals(-1, TimeNames.shift("el pasado"));
    assertEquals(12, TimeNames.holiday("Nochebuena")[0]);
    assertEquals(21, TimeNames.century("XXI"));
    assertEquals("T24:00", TimeNames.noon("medianoche"));
  }

  @Test
  void wordListsSpeltAsAlternations() {
    assertEquals(
        "fin\\s+de\\s+semana|a\\.m\\.", WordPatterns.alternation(List.of("fin de semana", "a.m.")));
    assertEquals("mi[ée]rcoles\\s+santo", WordPatterns.accentOptional("miércoles santo"));
    assertEquals(List.of("fin", "hace"), WordPatterns.firstWords(List.of("fin de semana", "hace")));
    assertEquals(List.of("night"), WordPatterns.lastWords(List.of("last night", "night")));
  }
}
