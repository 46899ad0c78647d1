package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

  static List<QuantityValue> find(String text, String lang) {
    List<QuantityValue> found = Quantities.find(text, 0, text.length(), lang);
    for (QuantityValue q : found) assertEquals(text.substring(q.start(), q.end()), q.text());
    return found;
  }

  /** The only quantity in the text. */
  static QuantityValue one(String text, String lang) {
    List<QuantityValue> found = find(text, lang);
    assertEquals(1, found.size(), () -> "expected one quantity in: " + text + " got " + found);
    return found.get(0);
  }

  // ---- digits, words, scales ----

  @Test
  void scaleWordsHyphenatedToDigitsScaleThem() {
    QuantityValue euros = one("The regulator imposed a 2.35-billion-euro penalty.", "en");
    assertEquals(2.35e9, euros.value(), 1);
    assertEquals("EUR", euros.unit());
    assertEquals("penalty", euros.counted());
    QuantityValue headline = one("Fund agrees a $12-B loan", "en");
    assertEquals(1.2e10, headline.value(), 1);
    assertEquals("USD", headline.unit());
    QuantityValue dollars = one("The fund agreed a $12-billion loan.", "en");
    assertEquals(1.2e10, dollars.value(), 1);
    assertEquals("USD", dollars.unit());
    assertEquals(
        "12-billion", one("It was a 12-billion-dollar plan.", "en").text().substring(0, 10));
  }

  @Test
  void countsWithTheirNounAndModifier() {
    QuantityValue q = one("Rescuers recovered 55 identified bodies on Monday.", "en");
    assertEquals(55, q.value());
    assertEquals("bodies", q.counted());
    assertEquals("identified", q.modifier());
    assertEquals("55", q.text());
    assertEquals("EXACT", q.qualifier());

    QuantityValue es = one("Los equipos hallaron 55 cuerpos identificados.", "es");
    assertEquals("cuerpos", es.counted());
    assertEquals("identificados", es.modifier());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Three people were hurt.                 | en | 3",
        "The fleet has twenty-two boats.         | en | 22",
        "She bought a dozen lamps.               | en | 12",
        "About two hundred and fifty guests came.| en | 250",
        "Llegaron tres barcos.                   | es | 3",
        "Zarparon veintidós barcos.              | es | 22",
        "Tenía treinta y cinco años.             | es | 35",
        "Costó dos mil millones de dólares.      | es | 2e9",
      })
  void numberWordsInBothLanguages(String text, String lang, double value) {
    assertEquals(value, one(text, lang).value());
  }

  @Test
  void spanishMillionOfEuros() {
    QuantityValue million = one("Pagaron un millón de euros.", "es");
    assertEquals(1e6, million.value());
    assertEquals("EUR", million.unit());
  }

  @Test
  void vaguePluralsAreRanges() {
    QuantityValue q = one("Hundreds of protesters marched.", "en");
    assertEquals("RANGE", q.qualifier());
    assertEquals(100, q.value());
    assertEquals(999, q.upper());
    assertEquals("protesters", q.counted());
    QuantityValue es = one("Miles de personas marcharon.", "es");
    assertEquals(1000, es.value());
    assertEquals("personas", es.counted());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "It has 1.2 million users.            | en | 1.2e6",
        "Tiene 1,2 millones de usuarios.      | es | 1.2e6",
        "El buque llevaba 4.200 pasajeros.    | es | 4200",
        "The ship carried 4,200 passengers.   | en | 4200",
        "Hubo 1.234.567 votos.                | es | 1234567",
        "A total of 5m people watched.        | en | 5e6",
      })
  void scalesAndSeparatorsByLanguage(String text, String lang, double value) {
    assertEquals(value, one(text, lang).value());
  }

  @Test
  void aGluedMAloneIsMetres() {
    QuantityValue metres = one("They built a 5m wall.", "en");
    assertEquals(5, metres.value());
    assertEquals("m", metres.unit());
  }

  // ---- money, percent, units ----

  @Test
  void money() {
    QuantityValue usd = one("The deal is worth $30 million.", "en");
    assertEquals(3e7, usd.value());
    assertEquals("USD", usd.unit());
    assertEquals("$30 million", usd.text());
    assertEquals(5e9, one("Brussels pledged €5bn.", "en").value());
    QuantityValue prefixed = one("Exports reached US$ 2.5 billion.", "en");
    assertEquals(2.5e9, prefixed.value());
    assertEquals("USD", prefixed.unit());
    QuantityValue es = one("Invirtió 30 millones de dólares.", "es");
    assertEquals(3e7, es.value());
    assertEquals("USD", es.unit());
    assertEquals("30 millones de dólares", es.text());
  }

  @Test
  void percentages() {
    QuantityValue en = one("Turnout was 46.1 percent.", "en");
    assertEquals(46.1, en.value(), 1e-9);
    assertEquals("percent", en.unit());
    assertEquals(46.1, one("La participación fue del 46,1%.", "es").value(), 1e-9);
    assertEquals("percent", one("Subió un 12 por ciento.", "es").unit());
  }

  @Test
  void hyphenatedModifiers() {
    QuantityValue ship = one("A 3,200-passenger ship docked.", "en");
    assertEquals(3200, ship.value());
    assertEquals("passengers", ship.counted());
    assertEquals("3,200-passenger", ship.text());
    assertEquals("floors", one("They fled the 27-floor tower.", "en").counted());
    QuantityValue tower = one("A 160-foot (50-meter) mast fell.", "en");
    assertEquals(160, tower.value());
    assertEquals("ft", tower.unit());
    assertEquals("50-meter", tower.alternative());
    assertEquals("160-foot (50-meter)", tower.text());
    assertEquals("mast", tower.counted());
  }

  // ---- qualifiers and ranges ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "At least six crew died.              | en | AT_LEAST",
        "Some 300 advisers arrived.           | en | APPROX",
        "It took about 30 minutes.            | en | APPROX",
        "Nearly 40 homes burned.              | en | APPROX",
        "More than 20 boats sank.             | en | MORE_THAN",
        "It can carry up to 51 drones.        | en | UP_TO",
        "Fewer than 10 staff remain.          | en | LESS_THAN",
        "Llegaron unos 300 soldados.          | es | APPROX",
        "Hubo más de 20 muertos.              | es | MORE_THAN",
        "Murieron al menos seis personas.     | es | AT_LEAST",
        "Transporta hasta 51 drones.          | es | UP_TO",
        "Vinieron alrededor de 30 personas.   | es | APPROX",
        "Ardieron casi 40 casas.              | es | APPROX",
      })
  void qualifiers(String text, String lang, String qualifier) {
    assertEquals(qualifier, one(text, lang).qualifier());
  }

  @Test
  void aQualifierIsPartOfTheQuantity() {
    assertEquals("at least six", one("Officials said at least six crew died.", "en").text());
  }

  @Test
  void rangesEnglish() {
    QuantityValue range = one("Between 20 and 30 soldiers left.", "en");
    assertEquals("RANGE", range.qualifier());
    assertEquals(20, range.value());
    assertEquals(30, range.upper());
    assertEquals("Between 20 and 30", range.text());
    QuantityValue money = one("It costs $20-30 million.", "en");
    assertEquals(2e7, money.value());
    assertEquals(3e7, money.upper());
  }

  @Test
  void rangesSpanish() {
    QuantityValue range = one("Hubo entre 20 y 30 heridos.", "es");
    assertEquals("RANGE", range.qualifier());
    assertEquals(30, range.upper());
  }

  @Test
  void aRiseFromOneShareToAnotherIsTwoValuesNotARange() {
    List<QuantityValue> found = Quantities.find("El apoyo subió del 24% al 37% en un año.", "es");
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void aSpanishTextThatWritesDecimalsWithAPointIsReadSo() {
    String american = "Obtuvo 3,215,406 votos, el 48.75%, y una multa de 1,840 millones de euros.";
    assertTrue(Quantities.pointDecimal(american));
    assertFalse(Quantities.pointDecimal("Obtuvo 5.150.092 votos, el 51,2% del total."));
    assertFalse(Quantities.pointDecimal("Una multa de 2,955 millones de euros."));
    // a decimal comma is never followed by three digits ending in a zero
    String grouped = "Una multa de 1,840 millones de euros (unos 2,105 millones de dólares).";
    assertTrue(Quantities.pointDecimal(grouped));
    assertEquals(1.84e9, Quantities.find(grouped, "es").get(0).value(), 1);
    // both conventions in one text: no sign to go by
    assertFalse(Quantities.pointDecimal("Obtuvo el 48.75% y el 41,2% de los votos."));
    int at = american.indexOf("1,840");
    QuantityValue fine = Quantities.find(american, at, american.length(), "es", true).get(0);
    assertEquals(1.84e9, fine.value(), 1);
    // read by the language alone, a comma before a scale word marks decimals
    assertEquals(
        2.955e6, Quantities.find("Una multa de 2,955 millones de euros.", "es").get(0).value(), 1);
  }

  @Test
  void fromOneBoundToAnotherAfterARangeVerbIsARange() {
    QuantityValue en = one("The other terms ranging from 16 to 24 years were lighter.", "en");
    assertEquals("RANGE", en.qualifier());
    assertEquals(16, en.value());
    assertEquals(24, en.upper());
    QuantityValue es = one("Las otras penas van de 16 a 24 años de cárcel.", "es");
    assertEquals("RANGE", es.qualifier());
    assertEquals(24, es.upper());
    assertEquals(2, Quantities.find("Turnout rose from 16 to 24 percent.", "en").size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The poll gave her between 41.5% and 44.2% of the vote.       | en | 41.5 | 44.2 | percent",
        "Turnout was between 61 percent and 64 percent, it said.       | en | 61   | 64   | percent",
        "Obtuvo entre un 41,5% y un 44,2% de los votos.                | es | 41.5 | 44.2 | percent",
        "La rival logró entre el 22,4 y el 24,1 por ciento.            | es | 22.4 | 24.1 | percent",
        "Le dieron entre un 41,5 y 44,2 por ciento de los sufragios.   | es | 41.5 | 44.2 | percent",
        "Los sondeos le daban entre un 24% al 27% de los votos.        | es | 24   | 27   | percent",
      })
  void rangesWithTheUnitOrAnArticleOnBothBounds(
      String text, String lang, double lo, double hi, String unit) {
    QuantityValue range = one(text, lang);
    assertEquals("RANGE", range.qualifier());
    assertEquals(lo, range.value(), 1e-9);
    assertEquals(hi, range.upper(), 1e-9);
    assertEquals(unit, range.unit());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "El candidato sumó 12 millones 408 mil 915 votos.     | 12408915 | 12 millones 408 mil 915",
        "Los nulos fueron un millón 207 mil 33 en total.      | 1207033  | un millón 207 mil 33",
        "Hubo 64 mil 310 sufragios por otros candidatos.      | 64310    | 64 mil 310",
        "Ganó 3 millones 150 mil votos más que en la anterior. | 3150000  | 3 millones 150 mil",
      })
  void spanishFiguresWrittenGroupByGroup(String text, double value, String written) {
    QuantityValue q = one(text, "es");
    assertEquals(value, q.value(), 1e-6);
    assertEquals(written, q.text());
  }

  @Test
  void aSecondRangeMayLeaveOutItsBetween() {
    List<QuantityValue> en =
        find(
            "The count gave her between 31.2 and 33.4%, while the third candidate took 7.1 and"
                + " 8.3%.",
            "en");
    assertEquals(2, en.size(), en.toString());
    assertEquals("RANGE", en.get(1).qualifier());
    assertEquals(7.1, en.get(1).value(), 1e-9);
    assertEquals(8.3, en.get(1).upper(), 1e-9);
    List<QuantityValue> es =
        find("Ella obtuvo entre el 31,2 y el 33,4%, y el tercero logró 7,1 y 8,3%.", "es");
    assertEquals(2, es.size(), es.toString());
    assertEquals("RANGE", es.get(1).qualifier());
    assertEquals(8.3, es.get(1).upper(), 1e-9);
    // without a range opened by "between" earlier, two figures joined by "and" stay two
    assertEquals(2, find("Her party and his took 7.1 and 8.3% of the vote.", "en").size());
  }

  @Test
  void aUnitOnlyOnTheFirstBoundIsNoRange() {
    // "5% and 7 seats" are two figures, not a range of percentages
    assertEquals(2, find("It won between 5% and 7 seats in the chamber.", "en").size());
  }

  // ---- exclusions ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The pact was signed on July 16, 2023 at 5 p.m. in Quito.     | en",
        "In 2021 the firm grew; it peaked in the 1990s.                | en",
        "The 2010 memorandum lapsed. Talks ended at 17:30 GMT.         | en",
        "Se firmó el 16 de julio de 2023 a las 5 de la tarde.          | es",
      })
  void datesTimesAndYearsAreNotQuantities(String text, String lang) {
    assertTrue(find(text, lang).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The 7th Summit cited Article 51 on Radio 4.          | en",
        "The A320 and F-16 jets; COVID-19; 4G phones.         | en",
        "Call +44 20 7946 0958 or 0800 123 456 today.         | en",
        "Rovers won 2-1 in the 2023-24 season.                | en",
        "No one came, and one of them left.                   | en",
        "Quedó en el 7.º puesto según el artículo 51.         | es",
      })
  void namesIdsOrdinalsAndFurnitureAreNotQuantities(String text, String lang) {
    assertTrue(find(text, lang).isEmpty());
  }

  @Test
  void aSpanOfTimeRightAfterANameIsStillATerm() {
    // a name's number ("Radio 4") never counts years: "pidió para Ruiz 7 años" is a term asked for
    QuantityValue es = one("La fiscalía pedía para Ruiz 7 años de prisión.", "es");
    assertEquals(7, es.value());
    assertEquals("años", es.counted());
    QuantityValue en = one("Prosecutors sought for Ruiz 7 years in prison.", "en");
    assertEquals(7, en.value());
  }

  @Test
  void listMarkersAndPageNumbersAreNotQuantities() {
    assertTrue(find("1. Apprehensions\n2) Costs\nPage 3 of 10", "en").isEmpty());
  }

  @Test
  void offsetsAreIntoTheWholeText() {
    String text = "Intro. Then 3,200 passengers boarded.";
    int from = text.indexOf("Then");
    List<QuantityValue> found = Quantities.find(text, from, text.length(), "en");
    assertEquals(1, found.size());
    assertEquals("3,200", text.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void unitlessCountHasNoUnit() {
    assertNull(one("They sent 12 drones.", "en").unit());
  }

  @Test
  void aScoreIsNoAmountInEitherLanguage() {
    assertEquals(List.of(), find("Vallemar beat Norvale 2-1 in the final on Sunday.", "en"));
    assertEquals(List.of(), find("Vallemar superó a Norvale 1 a 0 en la final.", "es"));
    // a change from one figure to another still gives both
    assertEquals(2, find("La pena bajó de 12 a 10 meses.", "es").size());
  }
}
