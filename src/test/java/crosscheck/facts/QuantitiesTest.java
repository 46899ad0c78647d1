package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  private static List<QuantityValue> find(String text, String lang) {
    List<QuantityValue> found = Quantities.find(text, 0, text.length(), lang);
    for (QuantityValue q : found) assertEquals(text.substring(q.start(), q.end()), q.text());
    return found;
  }

  /** The only quantity in the text. */
  private static QuantityValue one(String text, String lang) {
    List<QuantityValue> found = find(text, lang);
    assertEquals(1, found.size(), () -> "expected one quantity in: " + text + " got " + found);
    return found.get(0);
  }

  private static QuantityValue q(double value, String qualifier) {
    return new QuantityValue(0, 0, "", value, null, null, qualifier, null);
  }

  // ---- digits, words, scales ----

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

  @Test
  void numberWordsInBothLanguages() {
    assertEquals(3, one("Three people were hurt.", "en").value());
    assertEquals(22, one("The fleet has twenty-two boats.", "en").value());
    assertEquals(12, one("She bought a dozen lamps.", "en").value());
    assertEquals(250, one("About two hundred and fifty guests came.", "en").value());
    assertEquals(3, one("Llegaron tres barcos.", "es").value());
    assertEquals(22, one("Zarparon veintidós barcos.", "es").value());
    assertEquals(35, one("Tenía treinta y cinco años.", "es").value());
    assertEquals(2e9, one("Costó dos mil millones de dólares.", "es").value());
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

  @Test
  void scalesAndSeparatorsByLanguage() {
    assertEquals(1.2e6, one("It has 1.2 million users.", "en").value());
    assertEquals(1.2e6, one("Tiene 1,2 millones de usuarios.", "es").value());
    assertEquals(4200, one("El buque llevaba 4.200 pasajeros.", "es").value());
    assertEquals(4200, one("The ship carried 4,200 passengers.", "en").value());
    assertEquals(1234567, one("Hubo 1.234.567 votos.", "es").value());
    assertEquals(5e6, one("A total of 5m people watched.", "en").value());
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

  @Test
  void qualifiersEnglish() {
    assertEquals("AT_LEAST", one("At least six crew died.", "en").qualifier());
    assertEquals("at least six", one("Officials said at least six crew died.", "en").text());
    assertEquals("APPROX", one("Some 300 advisers arrived.", "en").qualifier());
    assertEquals("APPROX", one("It took about 30 minutes.", "en").qualifier());
    assertEquals("APPROX", one("Nearly 40 homes burned.", "en").qualifier());
    assertEquals("MORE_THAN", one("More than 20 boats sank.", "en").qualifier());
    assertEquals("UP_TO", one("It can carry up to 51 drones.", "en").qualifier());
    assertEquals("LESS_THAN", one("Fewer than 10 staff remain.", "en").qualifier());
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
  void qualifiersSpanish() {
    assertEquals("APPROX", one("Llegaron unos 300 soldados.", "es").qualifier());
    assertEquals("MORE_THAN", one("Hubo más de 20 muertos.", "es").qualifier());
    assertEquals("AT_LEAST", one("Murieron al menos seis personas.", "es").qualifier());
    assertEquals("UP_TO", one("Transporta hasta 51 drones.", "es").qualifier());
    assertEquals("APPROX", one("Vinieron alrededor de 30 personas.", "es").qualifier());
    assertEquals("APPROX", one("Ardieron casi 40 casas.", "es").qualifier());
    QuantityValue range = one("Hubo entre 20 y 30 heridos.", "es");
    assertEquals("RANGE", range.qualifier());
    assertEquals(30, range.upper());
  }

  // ---- exclusions ----

  @Test
  void datesTimesAndYearsAreNotQuantities() {
    assertTrue(find("The pact was signed on July 16, 2023 at 5 p.m. in Quito.", "en").isEmpty());
    assertTrue(find("In 2021 the firm grew; it peaked in the 1990s.", "en").isEmpty());
    assertTrue(find("The 2010 memorandum lapsed. Talks ended at 17:30 GMT.", "en").isEmpty());
    assertTrue(find("Se firmó el 16 de julio de 2023 a las 5 de la tarde.", "es").isEmpty());
  }

  @Test
  void namesIdsOrdinalsAndFurnitureAreNotQuantities() {
    assertTrue(find("The 7th Summit cited Article 51 on Radio 4.", "en").isEmpty());
    assertTrue(find("The A320 and F-16 jets; COVID-19; 4G phones.", "en").isEmpty());
    assertTrue(find("Call +44 20 7946 0958 or 0800 123 456 today.", "en").isEmpty());
    assertTrue(find("1. Apprehensions\n2) Costs\nPage 3 of 10", "en").isEmpty());
    assertTrue(find("Rovers won 2-1 in the 2023-24 season.", "en").isEmpty());
    assertTrue(find("No one came, and one of them left.", "en").isEmpty());
    assertTrue(find("Quedó en el 7.º puesto según el artículo 51.", "es").isEmpty());
  }

  @Test
  void offsetsAreIntoTheWholeText() {
    String text = "Intro. Then 3,200 passengers boarded.";
    int from = text.indexOf("Then");
    List<QuantityValue> found = Quantities.find(text, from, text.length(), "en");
    assertEquals(1, found.size());
    assertEquals("3,200", text.substring(found.get(0).start(), found.get(0).end()));
  }

  // ---- compatibility ----

  @Test
  void compatibleAmounts() {
    assertTrue(Quantities.compatible(q(4200, "APPROX"), q(4234, "EXACT")));
    assertTrue(Quantities.compatible(q(3, "AT_LEAST"), q(3, "EXACT")));
    assertTrue(Quantities.compatible(q(51, "UP_TO"), q(40, "EXACT")));
    assertTrue(Quantities.compatible(
        one("Between 20 and 30 soldiers.", "en"), one("Some 28 soldiers.", "en")));
    assertTrue(Quantities.compatible(
        one("A 160-foot mast.", "en"), one("A 50-meter mast.", "en")));
    assertTrue(Quantities.compatible(
        one("Growth was 46.1 percent.", "en"), one("Growth was 46%.", "en")));
    assertTrue(Quantities.compatible(
        one("It has 1.2 million users.", "en"), one("It has 1,234,000 users.", "en")));
  }

  @Test
  void incompatibleAmounts() {
    assertFalse(Quantities.compatible(q(3200, "EXACT"), q(4200, "EXACT")));
    assertFalse(Quantities.compatible(q(4200, "APPROX"), q(3200, "EXACT")));
    assertFalse(Quantities.compatible(q(6, "AT_LEAST"), q(4, "EXACT")));
    assertFalse(Quantities.compatible(q(51, "UP_TO"), q(60, "EXACT")));
    assertFalse(Quantities.compatible(
        one("A 160-foot mast.", "en"), one("A 160-meter mast.", "en")));
    assertFalse(Quantities.compatible(
        one("Growth was 46 percent.", "en"), one("There were 46 cases.", "en")));
  }

  @Test
  void unitlessCountHasNoUnit() {
    assertNull(one("They sent 12 drones.", "en").unit());
  }
}
