package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.conflicts.ReusedValueConflicts.SideText;
import crosscheck.facts.Quantities;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Edit;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Texts written for the test, in English and Spanish. */
class ReusedValueConflictsTest {

  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?\\s*");

  /** One side: the passage is text[from, to) of a document that is {@code text}. */
  private static SideText side(String side, String doc, String text, String language) {
    List<Span> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) sentences.add(new Span(m.start(), m.end()));
    return new SideText(
        "r-1", side, doc, 0, text, language, sentences, Quantities.pointDecimal(text));
  }

  private static ReuseFinding finding(
      String kind, String a, int aFrom, int aTo, String b, int bFrom, int bTo, Edit... edits) {
    return new ReuseFinding(
        "r-1",
        kind,
        0.9,
        new PassageSide("doc-a", aFrom, aTo, a.substring(aFrom, aTo), null),
        new PassageSide("doc-b", bFrom, bTo, b.substring(bFrom, bTo), null),
        null,
        List.of(edits));
  }

  private static List<ConflictFinding> find(
      String kind, String a, String langA, String b, String langB, Edit... edits) {
    return ReusedValueConflicts.find(
        finding(kind, a, 0, a.length(), b, 0, b.length(), edits),
        side("a", "doc-a", a, langA),
        side("b", "doc-b", b, langB));
  }

  @Test
  void aNamedSumAndAnUnnamedOneInARewordingAreTwoSums() {
    String a =
        "El tribunal condenó al alcalde a dos años de inhabilitación y una multa de 7.200 euros por"
            + " la filtración.";
    String b =
        "El tribunal condenó al alcalde a dos años de inhabilitación y a pagar 10.000 euros al"
            + " empresario.";
    assertEquals(List.of(), find("paraphrase", a, "es", b, "es"));
    String fine = b.replace("a pagar 10.000 euros al empresario", "una multa de 7.300 euros");
    assertEquals(1, find("paraphrase", a, "es", fine, "es").size());
  }

  @Test
  void aDistanceBetweenTwoMomentsIsNoFigureOfTheStory() {
    String a =
        "El tribunal condenó a Ruiz a 9 años de prisión por fraude, casi dos años después de su"
            + " arresto.";
    String b = "El tribunal condenó a Ruiz a 9 años de prisión por fraude y a Gil a 6 años.";
    assertEquals(List.of(), find("paraphrase", a, "es", b, "es"));
    String age = "El tribunal condenó a Ruiz por agredir a una joven de 31 años en Norvale.";
    String term = "El tribunal impuso a Ruiz tres años de libertad vigilada por la agresión.";
    assertEquals(List.of(), find("paraphrase", age, "es", term, "es"));
    // one figure read as two sorts on the two sides: the order of the rest is not to be trusted
    String elided =
        "La sentencia incluye seis años de cárcel, tres de libertad vigilada y ocho de"
            + " alejamiento.";
    String full =
        "Además, impone tres años de libertad vigilada, ocho de alejamiento y 11 de inhabilitación.";
    assertEquals(List.of(), find("paraphrase", elided, "es", full, "es"));
    String changed = a.replace("a 9 años", "a 8 años");
    assertEquals(
        1, find("paraphrase", changed, "es", b.replace(" y a Gil a 6 años", ""), "es").size());
  }

  @Test
  void twoPeoplesLikeFatesAreNoOneFact() {
    String a = "La exministra Ana Ruiz fue condenada este jueves a 9 años de cárcel por fraude.";
    String b = "Mientras que el exministro Luis Gil fue condenado a 12 años de cárcel por fraude.";
    assertEquals(List.of(), find("paraphrase", a, "es", b, "es"));
    String same =
        b.replace("el exministro Luis Gil fue condenado", "la exministra Ruiz fue condenada");
    assertEquals(1, find("paraphrase", a, "es", same, "es").size());
  }

  @Test
  void howFarACountHadGoneIsNoConflictInATranslation() {
    String en =
        "The mayor won the runoff by a wide margin, with 83.4% of the votes counted, officials"
            + " said.";
    String es =
        "La alcaldesa ganó la segunda vuelta por un amplio margen, con el 99 % de los votos"
            + " escrutados, dijeron los funcionarios.";
    assertEquals(List.of(), find("translation", en, "en", es, "es"));
    String later = en.replace("83.4% of the votes counted", "after 99% of the votes were counted");
    assertEquals(List.of(), find("paraphrase", en, "en", later, "en"));
  }

  @Test
  void aNumberChangedAsTheLastWordOfACopyIsAConflictCitingBothSentences() {
    String a =
        "Rain fell all day. Organisers of the march said the crowd near the cathedral square had"
            + " reached 12,500.";
    String b =
        "Rain fell all day. Organisers of the march said the crowd near the cathedral square had"
            + " reached 15,500.";
    List<ConflictFinding> found =
        find("near_verbatim", a, "en", b, "en", new Edit("number", "12,500", "15,500"));
    assertEquals(1, found.size(), found.toString());
    ConflictFinding c = found.get(0);
    assertEquals("quantity", c.attribute());
    ConflictValue x = c.values().get(0);
    ConflictValue y = c.values().get(1);
    assertEquals("12500", x.value());
    assertEquals("15500", y.value());
    assertEquals("12,500", a.substring(x.start(), x.end()));
    assertEquals("15,500", b.substring(y.start(), y.end()));
    assertEquals(
        "Organisers of the march said the crowd near the cathedral square had reached 12,500.",
        x.sentence());
    assertTrue(c.topic().contains("had reached"), c.topic());
    assertTrue(c.id().startsWith("c-"));
    assertEquals(
        c.id(),
        find("near_verbatim", a, "en", b, "en", new Edit("number", "12,500", "15,500")).get(0).id(),
        "the id is stable");
  }

  @Test
  void theCountedNounIsTheMeasure() {
    String a = "Officials at the port said 340 passengers were taken off the ferry before dawn.";
    String b = "Officials at the port said 430 passengers were taken off the ferry before dawn.";
    ConflictFinding c =
        find("near_verbatim", a, "en", b, "en", new Edit("number", "340", "430")).get(0);
    assertEquals("passenger", c.measure());
  }

  @Test
  void roundingApproximationAndCurrenciesAreNoConflict() {
    String a = "The ministry said the fund now holds 1.2 million dollars for the flooded towns.";
    String b = "The ministry said the fund now holds 1,200,000 dollars for the flooded towns.";
    assertEquals(
        List.of(),
        find(
            "near_verbatim", a, "en", b, "en", new Edit("substitute", "1.2 million", "1,200,000")));
    String c = "Rescuers said about 1,000 people were still missing in the hills on Sunday.";
    String d = "Rescuers said 987 people were still missing in the hills on Sunday.";
    assertEquals(
        List.of(),
        find("near_verbatim", c, "en", d, "en", new Edit("substitute", "about 1,000", "987")));
    String e = "The club paid 40 million euros for the striker, its board said on Friday.";
    String f = "The club paid 45 million dollars for the striker, its board said on Friday.";
    assertEquals(
        List.of(),
        find("paraphrase", e, "en", f, "en"),
        "no exchange rates: two currencies never disagree");
  }

  @Test
  void aSpanishThousandsMarkIsNoConflictButAChangedAmountInATranslationIs() {
    String es = "La alcaldía informó que 1.250 familias fueron evacuadas durante la noche.";
    String en = "The mayor's office said 1,250 families were evacuated during the night.";
    assertEquals(List.of(), find("translation", es, "es", en, "en"));
    String changed = "The mayor's office said 1,450 families were evacuated during the night.";
    List<ConflictFinding> found = find("translation", es, "es", changed, "en");
    assertEquals(1, found.size(), found.toString());
    assertEquals("1250", found.get(0).values().get(0).value());
    assertEquals("1450", found.get(0).values().get(1).value());
  }

  @Test
  void theSameValuesInAnotherOrderAreNoConflictButAChangedOneIs() {
    String en = "The federation cut the striker's ban to 14 months from an initial three years.";
    String es = "La federación redujo la sanción del delantero de tres años a 14 meses.";
    assertEquals(List.of(), find("translation", en, "en", es, "es"));
    String changed = es.replace("14 meses", "16 meses");
    List<ConflictFinding> found = find("translation", en, "en", changed, "es");
    assertEquals(1, found.size(), found.toString());
    assertEquals("16", found.get(0).values().get(1).text());
  }

  @Test
  void aParaphraseIsComparedOnlyWhenItsValuesPairUnambiguously() {
    String a = "Police said 12 people were hurt and 3 cars burned during the protest downtown.";
    String b = "During the downtown protest, 15 people were injured, police said.";
    assertEquals(List.of(), find("paraphrase", a, "en", b, "en"), "two amounts against one");
    String c = "Police said 12 people were hurt during the protest downtown on Saturday.";
    assertEquals(1, find("paraphrase", c, "en", b, "en").size());
  }

  @Test
  void sumsARewriteNamesByOtherWordsAreTwoSumsNotOneChanged() {
    String a =
        "Dockers won a 30% raise over three years and a $9,000 signing bonus from Norvale Port.";
    String b =
        "The deal brings a 30% raise over three years and an average pay of $88,250 at Norvale.";
    assertEquals(List.of(), find("paraphrase", a, "en", b, "en"));
    String c =
        "The deal brings a 30% raise over three years and a $7,000 signing bonus at Norvale.";
    List<ConflictFinding> found = find("paraphrase", a, "en", c, "en");
    assertEquals(1, found.size(), found.toString());
  }

  @Test
  void aChangedDateInACopyIsADateConflict() {
    String a = "El acuerdo se firmó el 16 de julio de 2023 en la sede del ministerio de comercio.";
    String b = "El acuerdo se firmó el 18 de julio de 2023 en la sede del ministerio de comercio.";
    List<ConflictFinding> found =
        find("near_verbatim", a, "es", b, "es", new Edit("number", "16", "18"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("date", found.get(0).attribute());
    assertEquals("2023-07-16", found.get(0).values().get(0).value());
    assertEquals("2023-07-18", found.get(0).values().get(1).value());
  }

  @Test
  void aCopyThatChangesABoundOrARoundedFigureChangesTheFact() {
    String a = "The museum said more than 50 paintings were lent to the show in the capital.";
    String b = "The museum said more than 40 paintings were lent to the show in the capital.";
    assertEquals(1, find("near_verbatim", a, "en", b, "en", new Edit("number", "50", "40")).size());
    String c = "El Gobierno calcula que 2 millones de hogares recibirán la ayuda este invierno.";
    String d = "El Gobierno calcula que 1 millones de hogares recibirán la ayuda este invierno.";
    assertEquals(1, find("near_verbatim", c, "es", d, "es", new Edit("number", "2", "1")).size());
  }

  @Test
  void aYearlessDateAndANumberThatIsNoAmountAreComparedInACopy() {
    String a = "The new line will open to passengers on 4 January, the transport office said.";
    String b = "The new line will open to passengers on 5 January, the transport office said.";
    List<ConflictFinding> dates =
        find("near_verbatim", a, "en", b, "en", new Edit("number", "4", "5"));
    assertEquals(1, dates.size(), dates.toString());
    assertEquals("date", dates.get(0).attribute());
    String c = "The young winger now sits at number 20 in the national ranking of the league.";
    String d = "The young winger now sits at number 10 in the national ranking of the league.";
    List<ConflictFinding> numbers =
        find("near_verbatim", c, "en", d, "en", new Edit("number", "20", "10"));
    assertEquals(1, numbers.size(), numbers.toString());
    assertEquals("number", numbers.get(0).attribute());
    assertEquals("20", numbers.get(0).values().get(0).value());
  }

  @Test
  void digitsOfAnAddressAreNoNumber() {
    String a =
        "Source: https://news.example.org/2024/08/14/the-harbour-board-votes-on-the-new-pier";
    String b =
        "Source: https://news.example.org/2024/08/15/the-harbour-board-votes-on-the-new-pier";
    assertEquals(
        List.of(), find("near_verbatim", a, "en", b, "en", new Edit("number", "14", "15")));
  }

  @Test
  void aParaphraseOfTwoPeriodsComparesNoAmount() {
    String a = "Exports reached 6.4 billion dollars in November, the statistics office said.";
    String b = "The statistics office said exports reached 7.1 billion dollars in December.";
    assertEquals(List.of(), find("paraphrase", a, "en", b, "en"));
  }

  @Test
  void aNumberOutsideThePassageOrInAnotherSlotIsNotPaired() {
    String a = "Fuel rose 5 percent. The harbour board said that 40 ships waited outside the port.";
    String b = "Fuel rose 9 percent. The harbour board said that 40 ships waited outside the port.";
    int from = a.indexOf("The harbour");
    ReuseFinding f = finding("near_verbatim", a, from, a.length(), b, from, b.length());
    assertEquals(
        List.of(),
        ReusedValueConflicts.find(f, side("a", "doc-a", a, "en"), side("b", "doc-b", b, "en")));
  }

  @Test
  void aValueConflictClaimsAlreadyFoundOnTheSameSpansIsListedOnce() {
    String a = "Officials at the port said 340 passengers were taken off the ferry before dawn.";
    String b = "Officials at the port said 430 passengers were taken off the ferry before dawn.";
    ConflictFinding reused =
        find("near_verbatim", a, "en", b, "en", new Edit("number", "340", "430")).get(0);
    ConflictValue x = reused.values().get(0);
    ConflictValue y = reused.values().get(1);
    ConflictFinding byClaims =
        new ConflictFinding(
            "c-claims",
            "evacuation",
            "quantity",
            List.of(
                new ConflictValue("340", x.doc(), x.start(), x.end() + 11, "340 passengers", ""),
                new ConflictValue("430", y.doc(), y.start(), y.end() + 11, "430 passengers", "")),
            0.8,
            "",
            "passenger");
    ClaimBlocks.Found merged =
        FoundMerge.withReused(
            new ClaimBlocks.Found(List.of(byClaims), List.of(), 0), List.of(reused));
    assertEquals(List.of(byClaims), merged.conflicts());
    ClaimBlocks.Found alone =
        FoundMerge.withReused(new ClaimBlocks.Found(List.of(), List.of(), 0), List.of(reused));
    assertEquals(List.of(reused), alone.conflicts());
    assertNotEquals(reused.id(), byClaims.id());
  }

  @Test
  void aSpanInHoursAndMinutesIsOneValue() {
    String a =
        "In a match that started 1 hour, 14 minutes late because of crowd trouble at Vallemar"
            + " Park, the home side won its third straight title.";
    String b = a.replace("1 hour, 14 minutes", "over 70 minutes");
    assertEquals(
        List.of(), find("near_verbatim", a, "en", b, "en", new Edit("number", "1", "over 70")));
  }
}
