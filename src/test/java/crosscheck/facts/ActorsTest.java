package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorsTest {

  private static List<String> keys(String text) {
    return Actors.find(text, 0, text.length()).stream()
        .filter(Actor::identified)
        .map(Actor::key)
        .toList();
  }

  /** One sentence per ". "-terminated stretch, all kept, English. */
  static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int dot = text.indexOf(". ", start);
      int end = dot < 0 ? text.length() : dot + 1;
      out.add(new Sentence(out.size(), 0, start, end, "en", true, List.of()));
      start = dot < 0 ? text.length() : dot + 2;
    }
    return out;
  }

  @Test
  void countryNamesInEnglishAndSpanishComeFromTheLocaleTables() {
    assertEquals(
        List.of("country:KE", "country:CL"), keys("Talks between Kenya and Chile resumed."));
    assertEquals(
        List.of("country:KE", "country:CL"), keys("Kenia y Chile reanudaron las conversaciones."));
    assertEquals(List.of("country:KR"), keys("Exports from South Korea fell."));
  }

  @Test
  void demonymsAndSpanishAdjectivesNameTheirCountry() {
    assertEquals(List.of("country:KE", "country:CL"), keys("Kenyan officials met Chilean envoys."));
    assertEquals(List.of("country:KE"), keys("El ministro keniano habló con la prensa."));
    assertEquals(List.of("country:PE"), keys("Las autoridades peruanas confirmaron la cifra."));
  }

  @Test
  void capitalsStandForTheirCountry() {
    assertEquals(
        List.of("country:KE", "country:CL"),
        keys("Officials in Nairobi answered Santiago de Chile."));
  }

  @Test
  void aCapitalisedWordAfterAnAdjectivePrefixIsNoName() {
    String en = "The ultra-Catholic former deputy and an anti-Establishment party won seats.";
    assertEquals(List.of(), Actors.find(en, 0, en.length()));
    String es = "El exdiputado ultra-Católico ganó escaños.";
    assertEquals(List.of(), Actors.find(es, 0, es.length()));
    // a demonym after a prefix still names its country
    String ru = "A pro-Russian party won seats.";
    assertEquals("country:RU", Actors.find(ru, 0, ru.length()).get(0).key());
  }

  @Test
  void hyphenatedPairsNameBothSides() {
    assertEquals(List.of("country:KE", "country:CL"), keys("The Kenya-Chile accord was praised."));
    assertEquals(List.of("country:CA", "country:AU"), keys("The Ottawa–Canberra talks ended."));
    assertEquals(List.of("country:PE"), keys("They bought Peru-made boats."));
  }

  @Test
  void titlesAreDroppedAndDemonymsSplitOff() {
    List<Actor> actors = Actors.find("Kenyan Trade Minister Amina Odhiambo arrived.", 0, 44);
    assertEquals(
        List.of("country:KE", "person:amina odhiambo"), actors.stream().map(Actor::key).toList());
    assertEquals("Amina Odhiambo", actors.get(1).text());
  }

  @Test
  void aNicknameInQuotesInsideANameIsLeftOut() {
    assertEquals(List.of("person:ana ruiz"), keys("Ana “Nena” Ruiz was sentenced on Friday."));
    assertEquals(List.of("person:luis gil"), keys("Luis \"Tito\" Gil obtuvo el 45% de los votos."));
    // a quoted word that is no part of a name stays out of it
    assertFalse(
        keys("Ana Ruiz called it “Madness” on Friday.").contains("person:ana ruiz madness"));
  }

  @Test
  void connectorsJoinNames() {
    assertEquals(List.of("person:luiz carlos da silva"), keys("Then Luiz Carlos da Silva spoke."));
    assertEquals(
        List.of("org:institute for the study of trade"),
        keys("He joined the Institute for the Study of Trade."));
  }

  @Test
  void sentenceInitialFunctionWordsAreNotNames() {
    assertEquals(List.of("country:PE"), keys("During the talks the minister visited Peru."));
    assertEquals(List.of("country:BO"), keys("La Paz answered."));
  }

  @Test
  void organisationsByHeadWordOrAcronymKeepTheirDemonymCountry() {
    assertEquals(
        List.of("country:KE", "org:kenyan foreign ministry", "org:imf"),
        keys("the Kenyan Foreign Ministry wrote to the IMF."));
    assertEquals(
        List.of("org:daily courier"), keys("A report in The Daily Courier surprised them."));
    // a football club's abbreviation heads an organisation, never a person's given name
    assertEquals(List.of("org:fc norvale"), keys("He left FC Norvale in June."));
    assertEquals(List.of("org:norvale cf"), keys("Dejó el Norvale CF en junio."));
  }

  @Test
  void regionsArePlaces() {
    assertEquals(
        List.of("place:latin america", "place:middle east"),
        keys("Latin American ties with the Middle East grew."));
  }

  @Test
  void givenNamesThatAreCountryNamesStayPeople() {
    assertEquals(List.of("person:mauricio ramos"), keys("The mayor, Mauricio Ramos, resigned."));
  }

  @Test
  void shortNamesResolveToTheFullNameOfTheDocument() {
    String text =
        "Trade Minister Amina Odhiambo Wanjiru arrived in Lima. Amina Odhiambo met the press. "
            + "Odhiambo said the talks went well.";
    List<List<Actor>> actors = Actors.inDocument(text, sentences(text));
    assertTrue(actors.get(0).stream().anyMatch(a -> a.key().equals("person:amina odhiambo")));
    assertEquals("person:amina odhiambo", actors.get(1).get(0).key());
    assertEquals("person:amina odhiambo", actors.get(2).get(0).key());
  }

  @Test
  void anAmbiguousShortNameStaysUnresolved() {
    String text = "Juan Soto and Maria Soto spoke. Soto left.";
    List<List<Actor>> actors = Actors.inDocument(text, sentences(text));
    Actor soto = actors.get(1).get(0);
    assertFalse(soto.identified());
  }
}
