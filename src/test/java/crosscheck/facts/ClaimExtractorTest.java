package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims on invented news: the date and number finders are stubs that know the test's values. */
class ClaimExtractorTest {

  /** A stub time finder: every listed surface text found in the span, with its value. */
  private static ClaimExtractor.TimeFinder times(Map<String, String> values) {
    return (text, start, end, language, anchor) -> {
      List<TimeValue> out = new ArrayList<>();
      for (var e : values.entrySet()) {
        int at = text.indexOf(e.getKey(), start);
        while (at >= 0 && at + e.getKey().length() <= end) {
          out.add(
              new TimeValue(
                  at, at + e.getKey().length(), e.getKey(), e.getValue(), "DATE", null, false, 1));
          at = text.indexOf(e.getKey(), at + 1);
        }
      }
      out.sort((a, b) -> Integer.compare(a.start(), b.start()));
      return out;
    };
  }

  /** A stub quantity finder: every listed number in the span, counting the word after it. */
  private static ClaimExtractor.QuantityFinder numbers(String... surfaces) {
    return (text, start, end, language) -> {
      List<QuantityValue> out = new ArrayList<>();
      for (String s : surfaces) {
        int at = text.indexOf(s, start);
        if (at >= 0 && at + s.length() <= end) {
          double value = Double.parseDouble(s.replace(",", ""));
          out.add(new QuantityValue(at, at + s.length(), s, value, null, null, "EXACT", null));
        }
      }
      return out;
    };
  }

  private static List<Claim> claims(String text, Map<String, String> dates, String... numbers) {
    return claims(text, "en", dates, numbers);
  }

  private static List<Claim> claims(
      String text, String language, Map<String, String> dates, String... numbers) {
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : ActorsTest.sentences(text)) {
      sentences.add(new Sentence(s.index(), 0, s.start(), s.end(), language, true, List.of()));
    }
    return ClaimExtractor.extract(
        "doc", text, sentences, null, language, times(dates), numbers(numbers));
  }

  private static Claim only(List<Claim> claims, String trigger) {
    List<Claim> matching = claims.stream().filter(c -> c.trigger().equals(trigger)).toList();
    assertEquals(1, matching.size(), () -> "claims: " + claims);
    return matching.get(0);
  }

  @Test
  void anActiveSigningHasItsDocumentKindActorsAndDate() {
    Claim c =
        only(
            claims(
                "Kenya and Chile signed a trade accord on March 3.",
                Map.of("March 3", "2024-03-03")),
            "sign");
    assertEquals("accord", c.category());
    assertEquals(List.of("country:CL", "country:KE"), c.actors());
    assertEquals("2024-03-03", c.eventTime().value());
    assertNull(c.reportTime());
    assertFalse(c.negated());
    assertFalse(c.hedged());
  }

  @Test
  void aNounKeepsItsOwnDateBesideIt() {
    Claim en =
        only(
            claims(
                "Ruiz was declared the winner on Wednesday, weeks after the May 4 election in"
                    + " Norvale.",
                Map.of("Wednesday", "2025-05-28", "May 4", "2025-05-04")),
            "elect");
    assertEquals("2025-05-04", en.eventTime().value());
    Claim es =
        only(
            claims(
                "Ruiz fue declarado ganador el miércoles, semanas después de las elecciones del 4 de"
                    + " mayo.",
                "es",
                Map.of("miércoles", "2025-05-28", "4 de mayo", "2025-05-04")),
            "elect");
    assertEquals("2025-05-04", es.eventTime().value());
  }

  @Test
  void aDateAfterTheVerbOfANounsClauseIsTheVerbs() {
    assertNull(
        only(
                claims(
                    "Support for a recount in the Norvale election was dwindling on Monday.",
                    Map.of("Monday", "2025-05-12")),
                "elect")
            .eventTime());
    assertEquals(
        "2025-05-11",
        only(
                claims("The Norvale election was held on Sunday.", Map.of("Sunday", "2025-05-11")),
                "elect")
            .eventTime()
            .value());
    assertEquals(
        "2025-05-11",
        only(
                claims(
                    "Las elecciones de Norvale fueron celebradas el domingo.",
                    "es",
                    Map.of("domingo", "2025-05-11")),
                "elect")
            .eventTime()
            .value());
  }

  @Test
  void aNounTakesNoDateThatOpensASentenceFarAway() {
    Claim c =
        only(
            claims(
                "Más temprano el miércoles, Ruiz celebró la declaratoria del consejo de Norvale que"
                    + " indica que es el ganador indiscutible de las recientes elecciones.",
                "es",
                Map.of("miércoles", "2025-05-28")),
            "elect");
    assertNull(c.eventTime());
  }

  @Test
  void aHalfWithNoYearIsNoEventTime() {
    for (String[] text :
        new String[][] {
          {"en", "Ruiz injured his ankle in the first half of the final in Vallemar."},
          {"es", "Ruiz se lesionó el tobillo en la primera mitad de la final en Vallemar."}
        }) {
      List<Sentence> sentences = new ArrayList<>();
      for (Sentence s : ActorsTest.sentences(text[1]))
        sentences.add(new Sentence(s.index(), 0, s.start(), s.end(), text[0], true, List.of()));
      List<Claim> found = ClaimExtractor.extract("doc", text[1], sentences, "2024-07-15", text[0]);
      assertTrue(found.stream().allMatch(c -> c.eventTime() == null), found::toString);
    }
  }

  @Test
  void aDatelineDateIsNoEventTime() {
    Claim c =
        only(
            claims(
                "Quito [Ecuador], March 4 (ANI): Kenya and Chile signed a trade accord on March 3.",
                Map.of("March 4", "2024-03-04", "March 3", "2024-03-03")),
            "sign");
    assertEquals("2024-03-03", c.eventTime().value());
    Claim undated =
        only(
            claims(
                "Quito [Ecuador], March 4 (ANI): Kenya and Chile signed a trade accord.",
                Map.of("March 4", "2024-03-04")),
            "sign");
    assertNull(undated.eventTime());
  }

  @Test
  void passiveAndNominalSigningsAreSignings() {
    Claim passive =
        only(
            claims(
                "A memorandum of understanding was signed by Norway and Peru on May 5.",
                Map.of("May 5", "2024-05-05")),
            "sign");
    assertEquals("memorandum", passive.category());
    assertEquals("2024-05-05", passive.eventTime().value());

    Claim nominal =
        only(
            claims(
                "The signing of the treaty between Ghana and Japan took place on June 2.",
                Map.of("June 2", "2024-06-02")),
            "sign");
    assertEquals("treaty", nominal.category());
    assertEquals(List.of("country:GH", "country:JP"), nominal.actors());
    assertEquals("2024-06-02", nominal.eventTime().value());

    Claim participle =
        only(
            claims(
                "The deal signed by Kenya with Chile on March 3 covers tea exports.",
                Map.of("March 3", "2024-03-03")),
            "sign");
    assertEquals("deal", participle.category());
    assertEquals("2024-03-03", participle.eventTime().value());
  }

  @Test
  void aDateOnTheReportVerbIsAReportTimeNotAnEventTime() {
    Claim report =
        only(
            claims(
                "On April 9, Kenyan state radio reported on a new trade accord between Kenya and"
                    + " Chile.",
                Map.of("April 9", "2024-04-09")),
            "report");
    assertEquals("accord", report.category());
    assertNull(report.eventTime());
    assertEquals("2024-04-09", report.reportTime().value());
    assertEquals(List.of("country:CL", "country:KE"), report.actors());

    Claim signing =
        only(
            claims(
                "On April 9, Kenyan radio reported that Kenya and Chile signed an accord.",
                Map.of("April 9", "2024-04-09")),
            "sign");
    assertNull(signing.eventTime());
    assertEquals("2024-04-09", signing.reportTime().value());
  }

  @Test
  void aDateThatOpensTheSentenceBelongsToItsMainVerb() {
    Claim meeting =
        only(
            claims(
                "On March 3, 2024, the Kenyan trade minister, Amina Odhiambo, met her Chilean"
                    + " counterpart in Santiago, the agency said.",
                Map.of("March 3, 2024", "2024-03-03")),
            "meet");
    assertEquals("2024-03-03", meeting.eventTime().value());
    assertTrue(
        meeting.actors().containsAll(List.of("country:CL", "country:KE", "person:amina odhiambo")));
    assertTrue(
        claims(
                "On March 3, 2024, the minister met her counterpart, the agency said.",
                Map.of("March 3, 2024", "2024-03-03"))
            .stream()
            .noneMatch(c -> c.trigger().equals("say")));
  }

  @Test
  void anOlderAgreementInTheSameArticleKeepsItsOwnYear() {
    List<Claim> claims =
        claims(
            "Kenya and Chile signed a trade accord on March 3, 2024. "
                + "It replaces an agreement signed between the two countries in 2011. "
                + "In 2006, Peru and Chile signed a fishing pact.",
            Map.of("March 3, 2024", "2024-03-03", "2011", "2011", "2006", "2006"));
    List<Claim> signings = claims.stream().filter(c -> c.trigger().equals("sign")).toList();
    assertEquals(3, signings.size());
    assertEquals("2024-03-03", signings.get(0).eventTime().value());
    assertEquals("agreement", signings.get(1).category());
    assertEquals("2011", signings.get(1).eventTime().value());
    // "the two countries" refers back to the previous sentence's actors.
    assertEquals(List.of("country:CL", "country:KE"), signings.get(1).actors());
    assertEquals("2006", signings.get(2).eventTime().value());
    assertEquals(List.of("country:CL", "country:PE"), signings.get(2).actors());
  }

  @Test
  void aDateInsideAClauseAboutAnotherEventBelongsToThatEvent() {
    List<Claim> claims =
        claims(
            "A pact was signed in Accra on May 2, weeks after a state visit by the Chilean"
                + " president in March 2019.",
            Map.of("May 2", "2019-05-02", "March 2019", "2019-03"));
    assertEquals("2019-05-02", only(claims, "sign").eventTime().value());
    assertEquals("2019-03", only(claims, "visit").eventTime().value());
  }

  @Test
  void duringTheMeetingTakesTheMeetingsDateFromThePreviousSentence() {
    List<Claim> claims =
        claims(
            "On March 3, 2024, Kenya's trade minister met Chile's foreign minister in Nairobi. "
                + "During the meeting, the two ministers signed a memorandum of understanding.",
            Map.of("March 3, 2024", "2024-03-03"));
    Claim signing = only(claims, "sign");
    assertEquals("memorandum", signing.category());
    assertEquals("2024-03-03", signing.eventTime().value());
    assertEquals(1, signing.sentence());
    assertEquals(List.of("country:CL", "country:KE"), signing.actors());
  }

  @Test
  void negationAndHedgesAreMarked() {
    assertTrue(
        only(claims("Chile denied signing any accord with Kenya.", Map.of()), "sign").negated());
    assertTrue(only(claims("Kenya did not sign the pact with Chile.", Map.of()), "sign").negated());
    assertTrue(
        only(claims("Peru no firmó el acuerdo con Chile.", "es", Map.of()), "sign").negated());
    Claim hedged = only(claims("Kenya reportedly signed the pact with Chile.", Map.of()), "sign");
    assertTrue(hedged.hedged());
    assertFalse(hedged.negated());
    assertTrue(only(claims("Chile may sign the pact with Kenya.", Map.of()), "sign").hedged());
  }

  @Test
  void spanishSentencesGiveTheSameClaims() {
    Claim c =
        only(
            claims(
                "En marzo de 2024, Kenia y Chile firmaron un memorando de entendimiento, informó la"
                    + " radio.",
                "es",
                Map.of("marzo de 2024", "2024-03")),
            "sign");
    assertEquals("memorandum", c.category());
    assertEquals(List.of("country:CL", "country:KE"), c.actors());
    assertEquals("2024-03", c.eventTime().value());

    List<Claim> toll =
        claims(
            "En Lima al menos 12 personas murieron y 30 resultaron heridas.",
            "es",
            Map.of(),
            "12",
            "30");
    assertEquals(12, only(toll, "kill").quantities().get(0).value());
    assertEquals(30, only(toll, "injure").quantities().get(0).value());
  }

  @Test
  void aSpanOfSeveralPartsIsOneQuantityAndAnAgeOrADistanceBetweenMomentsNone() {
    for (String[] t :
        List.of(
            new String[] {
              "en",
              "Ana Ruiz was sentenced to 9 years, 7 months and 10 days in prison, almost two years"
                  + " after the attack."
            },
            new String[] {
              "es",
              "Ana Ruiz (de 76 años) fue condenada a 9 años, 7 meses y 10 días de prisión, casi"
                  + " dos años después de su arresto."
            })) {
      List<Sentence> sentences = new ArrayList<>();
      for (Sentence s : ActorsTest.sentences(t[1]))
        sentences.add(new Sentence(s.index(), 0, s.start(), s.end(), t[0], true, List.of()));
      Claim c = ClaimExtractor.extract("doc", t[1], sentences, "2024-05-06", t[0]).get(0);
      assertEquals(1, c.quantities().size(), c.quantities().toString());
      assertEquals(9 + 7 / 12.0 + 10 / 365.25, c.quantities().get(0).value(), 1e-2);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Police arrested five men in Lima.          | arrest",
        "The ferry was carrying 410 passengers.     | carry",
        "Two soldiers were killed near the border.  | kill",
        "Nine people were injured.                  | injure",
        "The Chilean president visited Kenya.       | visit",
        "Kenya announced new tariffs.               | announce",
        "Peru bought six patrol boats.              | buy",
        "The supplier delivered the trucks.         | deliver",
        "La policía detuvo a tres hombres.          | arrest",
        "El presidente visitó Kenia.                | visit",
        "El buque transportaba 300 pasajeros.       | carry",
        "Los ministros se reunieron en Lima.        | meet"
      })
  void eachTriggerHasItsLemma(String sentence, String lemma) {
    assertEquals(lemma, claims(sentence, Map.of()).get(0).trigger(), sentence);
  }

  @Test
  void numbersAttachToTheirTrigger() {
    Claim carry =
        only(
            claims("The ship was carrying 3,200 passengers when it left port.", Map.of(), "3,200"),
            "carry");
    assertEquals(3200, carry.quantities().get(0).value());
  }

  @Test
  void sentencesWithoutTriggersOrNotKeptGiveNoClaims() {
    assertTrue(claims("Kenya and Chile are old partners.", Map.of()).isEmpty());
    String text = "Kenya and Chile signed an accord.";
    List<Sentence> dropped = List.of(new Sentence(0, 0, 0, text.length(), "en", false, List.of()));
    assertTrue(
        ClaimExtractor.extract("d", text, dropped, null, "en", times(Map.of()), numbers())
            .isEmpty());
  }

  @Test
  void aNounSignIsNotASigning() {
    assertTrue(claims("The vote was a sign of support for Kenya.", Map.of()).isEmpty());
  }
}
