package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.ConflictsConfig;
import crosscheck.config.SegmentConfig;
import crosscheck.facts.Measurement;
import crosscheck.facts.MeasurementExtractor;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.SourceDocument;
import crosscheck.segment.DocumentSegmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The same measured thing across invented outlets' words, in English and Spanish. */
class MeasurementConflictsTest {

  static ClaimBlocks.Found run(String... docs) {
    List<Measurement> all = new ArrayList<>();
    Map<String, String> outlets = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      all.addAll(extracted("d" + i, docs[i], "outlet " + i));
      outlets.put("d" + i, "outlet " + i);
    }
    return MeasurementConflicts.find(
        all, outlets, ConflictsConfig.DEFAULTS.minMeasurementScore(), 500);
  }

  /** The measurements of one invented document of one sentence or more. */
  static List<Measurement> extracted(String id, String sentences, String outlet) {
    String text = sentences + "\n";
    SegmentedDocument d =
        new DocumentSegmenter(SegmentConfig.DEFAULTS)
            .segment(
                new SourceDocument(
                    id,
                    id + ".txt",
                    "txt",
                    0,
                    "accepted",
                    null,
                    text.length(),
                    null,
                    text,
                    outlet,
                    null,
                    "2024-05-06",
                    null,
                    List.of()));
    return MeasurementExtractor.extract(d, "2024-05-06");
  }

  static Set<String> texts(ConflictFinding c) {
    Set<String> out = new TreeSet<>();
    for (ConflictValue v : c.values()) out.add(v.text());
    return out;
  }

  @Test
  void aCountGivenTwoWaysIsAConflictAcrossLanguages() {
    ClaimBlocks.Found found =
        run(
            "Health officials in Congo have reported 524 deaths from mpox so far this year.",
            "Congo has reported 450 mpox deaths so far this year, health officials said.",
            "Las autoridades sanitarias del Congo han notificado 524 muertes por mpox en lo que"
                + " va del año.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertTrue(texts(found.conflicts().get(0)).containsAll(Set.of("524", "450")));
  }

  @Test
  void roundingAndBoundsAgree() {
    ClaimBlocks.Found found =
        run(
            "The ministry said about 1,000 people were evacuated from the flooded district of"
                + " Norvale.",
            "The ministry said 987 people were evacuated from the flooded district of Norvale.",
            "El ministerio dijo que más de 900 personas fueron evacuadas del distrito de Norvale.");
    assertEquals(List.of(), found.conflicts());
  }

  @Test
  void differentMeasuredThingsAndOwnersAreKeptApart() {
    ClaimBlocks.Found found =
        run(
            "In the runoff, Ana Torres won 55.8% of the vote and Luis Pardo won 44.2%.",
            "In the runoff, Luis Pardo won 44.2% of the vote and Ana Torres won 55.8%.",
            "The strike left 12 workers dead and 40 injured in Vallemar, police said.",
            "Police said 12 workers were killed and 40 were injured in Vallemar.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void aShareChangedInOneOutletIsAConflictForItsOwner() {
    ClaimBlocks.Found found =
        run(
            "With most ballots counted, Ana Torres won 55.8% of the vote and Luis Pardo won 44.2%.",
            "Con la mayoría de las papeletas escrutadas, Ana Torres obtuvo el 52,8% de los votos y"
                + " Luis Pardo el 44,2%.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals(Set.of("55.8%", "52,8%"), texts(found.conflicts().get(0)));
  }

  @Test
  void whatOnePartyAskedIsNeverSetAgainstWhatAnotherAsked() {
    String prosecutors = "Prosecutors had called for a seven-year prison sentence for Ana Ruiz.";
    assertEquals(
        List.of(),
        run(prosecutors, "The victim's lawyer had requested 10 years in prison for Ana Ruiz.")
            .conflicts());
    assertEquals(
        List.of(),
        run(
                prosecutors,
                "La fiscalía solicitó siete años de prisión para Ana Ruiz, mientras que la"
                    + " acusación particular buscaba diez años de prisión.")
            .conflicts());
    assertEquals(
        1,
        run(prosecutors, "La fiscalía solicitó diez años de prisión para Ana Ruiz.")
            .conflicts()
            .size());
  }

  @Test
  void aYearTheTextDoesNotWriteNeverDisagrees() {
    String written =
        "The attack on the mayor took place on 14 November 2022 in Norvale, police said.";
    assertEquals(
        List.of(),
        run(written, "The attack on the mayor took place on 14 November in Norvale, police said.")
            .conflicts());
    assertEquals(
        List.of(),
        run(written, "El ataque contra el alcalde tuvo lugar el 14 de noviembre en Norvale.")
            .conflicts());
    assertEquals(
        1,
        run(written, "The attack on the mayor took place on 13 November in Norvale, police said.")
            .conflicts()
            .size());
  }

  @Test
  void theSameSumInTwoCurrenciesIsNeverCompared() {
    ClaimBlocks.Found found =
        run(
            "The Commission fined the company 1.8 billion euros for abusing its market position.",
            "The Commission fined the company $1.95 billion for abusing its market position.");
    assertEquals(List.of(), found.conflicts());
  }

  @Test
  void confirmedAndSuspectedCountsAreTwoThings() {
    ClaimBlocks.Found found =
        run(
            "Health officials in Norvale have reported 15,132 confirmed cases of the disease this"
                + " year.",
            "Health officials in Norvale have reported 17,000 suspected cases of the disease this"
                + " year.");
    assertEquals(List.of(), found.conflicts());
  }

  @Test
  void sharesOfWhatWasCountedAreProgressNotFacts() {
    ClaimBlocks.Found found =
        run(
            "With 86% of the ballots counted, Ana Torres led Luis Pardo in the runoff.",
            "With 97.6% of the ballots counted, Ana Torres led Luis Pardo in the runoff.",
            "Con el 91% de las papeletas escrutadas, Ana Torres aventajaba a Luis Pardo.");
    assertEquals(List.of(), found.conflicts());
  }

  @Test
  void progressSaidWithAuxiliariesOrACountNounIsNoFactEither() {
    ClaimBlocks.Found found =
        run(
            "Ana Torres won the runoff after 86% of the ballots were counted, officials said.",
            "Ana Torres won the runoff after 97% of the ballots had been counted, officials said.",
            "Ana Torres ganó la segunda vuelta tras el conteo del 91% de las papeletas.",
            "Ana Torres ganó la segunda vuelta con el 93% de las papeletas ya escrutadas.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void aSurnameAloneAndTheFullNameOwnOneShare() {
    ClaimBlocks.Found found =
        run(
            "Ana Torres won 55.8% of the vote in the runoff, the electoral court said.",
            "Torres won 52.8% of the vote in the runoff, the electoral court said.",
            "Ana Maria Torres won 55.8% of the vote in the runoff, the electoral court said.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals(Set.of("55.8%", "52.8%"), texts(found.conflicts().get(0)));
  }

  @Test
  void aGroupsSizeIsNotAPartOfIt() {
    ClaimBlocks.Found found =
        run(
            "The ruling against the mayor was backed by five of the seven judges of the court.",
            "The ruling against the mayor was backed by five judges of the court.",
            "La sentencia contra el alcalde contó con el apoyo de cinco de los 7 jueces del"
                + " tribunal.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void aNamedSumAndAnUnnamedOneAreTwoSums() {
    ClaimBlocks.Found found =
        run(
            "The court fined the mayor with a fine of 7,200 euros over the leak to the press.",
            "The court ordered the mayor to pay 10,000 euros to the businessman over the leak.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
    // the same sum converted in brackets keeps its name
    ClaimBlocks.Found converted =
        run(
            "The regulator hit the bank with a $2.1 billion fine for hiding fees from clients.",
            "The regulator hit the bank with a 1.8-billion-euro fine ($1.9 billion) for hiding"
                + " fees from clients.");
    assertEquals(1, converted.conflicts().size(), converted.conflicts().toString());
    assertEquals(Set.of("$2.1 billion", "$1.9 billion"), texts(converted.conflicts().get(0)));
  }

  @Test
  void aShareOfTheVoteAndAShareOfSupportAreOneShare() {
    ClaimBlocks.Found found =
        run(
            "Con el 99% de las mesas escrutadas, Ana Torres obtenía el 58,18% de apoyo frente a"
                + " Luis Pardo.",
            "Según el consolidado parcial, Ana Torres obtenía el 58,30% de los votos frente a Luis"
                + " Pardo.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals(Set.of("58,18%", "58,30%"), texts(found.conflicts().get(0)));
  }

  @Test
  void aShareOfTalliesIsNotAShareOfVotes() {
    ClaimBlocks.Found found =
        run(
            "Opposition leader Ana Torres said her party holds 73.2 percent of the voting tallies.",
            "La líder opositora Ana Torres dijo que su candidato ganó con el 70% de los votos.",
            "Opposition leader Ana Torres said her candidate won 70% of the popular vote.");
    assertEquals(List.of(), found.conflicts());
    ClaimBlocks.Found counted =
        run(
            "El presidente obtuvo el 51% de los votos, con un 80% escrutado.",
            "The president won 52% of the vote with 85% counted.");
    assertEquals(1, counted.conflicts().size(), counted.conflicts().toString());
    assertEquals(Set.of("51%", "52%"), texts(counted.conflicts().get(0)));
  }

  @Test
  void aShareOfOneBodyOfPeopleNamedByOtherNounsIsOneMeasuredThing() {
    ClaimBlocks.Found found =
        run(
            "The Norvale dockers' union said 59% of its members voted to approve the new contract.",
            "El 60% de la plantilla del sindicato de estibadores de Norvale votó a favor del nuevo"
                + " contrato.",
            "El 59% de los afiliados del sindicato de estibadores de Norvale votó a favor del nuevo"
                + " contrato.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertTrue(texts(found.conflicts().get(0)).containsAll(Set.of("60%")));
    // counts of two nouns may count two groups
    ClaimBlocks.Found counts =
        run(
            "The Norvale dockers' union has 33,000 members, who voted on the new contract.",
            "Los 30.000 trabajadores del puerto de Norvale votaron el nuevo contrato.");
    assertEquals(List.of(), counts.conflicts());
  }

  @Test
  void theRestOfAGroupIsNotTheWholeGroup() {
    ClaimBlocks.Found found =
        run(
            "La diferencia entre los dos candidatos fue de 700.000 votos en la elección de Norvale.",
            "Luis Pardo quedó tercero y otros siete candidatos no alcanzaron el 1% en Norvale.",
            "Luis Pardo came third, and seven other candidates won less than 1% in Norvale.",
            "Two candidates led the race in Norvale, and the other five trailed far behind.");
    assertEquals(List.of(), found.conflicts());
  }

  @Test
  void theWeekdayOfOneVoteGivenTwoWaysIsAConflict() {
    ClaimBlocks.Found found =
        run(
            "Judge Maria Ortega voted to acquit the former governor on Wednesday, the court said.",
            "La jueza Maria Ortega votó el jueves por absolver al exgobernador, informó el"
                + " tribunal.",
            "Judge Maria Ortega voted on Wednesday to acquit the former governor.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals("date", found.conflicts().get(0).attribute());
    assertTrue(texts(found.conflicts().get(0)).containsAll(Set.of("Wednesday", "jueves")));
  }

  @Test
  void valuesOfTwoDatedRoundsNeverMeet() {
    ClaimBlocks.Found found =
        run(
            "In the first round of October 22, Luis Pardo won 37% of the vote.",
            "En la primera vuelta del 22 de octubre, Luis Pardo obtuvo el 38% de los votos.",
            "In the runoff of November 19, Luis Pardo won 44.2% of the vote.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals(Set.of("37%", "38%"), texts(found.conflicts().get(0)));
  }

  @Test
  void countsOfTwoGroupsAreTwoThings() {
    ClaimBlocks.Found found =
        run(
            "Her lawyers will appeal to the full Supreme Court of 11 justices in Norvale.",
            "A panel of five Supreme Court justices in Norvale heard the appeal.",
            "Sus abogados apelarán ante el pleno de la Corte Suprema de 11 jueces de Norvale.");
    assertEquals(List.of(), found.conflicts());
  }

  @Test
  void whatWasNeededIsNotWhatWasReached() {
    ClaimBlocks.Found found =
        run(
            "The council of Ostrava removed its mayor on Monday with 41 votes.",
            "The council of Ostrava removed its mayor on Monday; 31 votes were needed.",
            "El consejo de Ostrava destituyó el lunes a su alcalde; bastaba con 31 votos.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void theMinuteOfAGoalGivenTwoWaysIsAConflictButNotTheMinuteAPlayerCameOn() {
    ClaimBlocks.Found found =
        run(
            "Norvale won the cup final 2-1 in Ostrava after Ana Ruiz scored in the 84th minute.",
            "Norvale ganó la final de la copa en Ostrava con un gol de Ana Ruiz en el minuto 85.",
            "Ana Ruiz, que entró en el minuto 61, dio a Norvale la copa en Ostrava.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals(
        List.of("84th minute", "en el minuto 85"),
        found.conflicts().get(0).values().stream().map(v -> v.text()).sorted().toList());
  }

  @Test
  void marksAFigureStayedBelowAreNeverSetAgainstEachOther() {
    ClaimBlocks.Found found =
        run(
            "The Norvale bid for Ostrava Bank failed to even get 30% of the shares.",
            "La oferta de Norvale por Ostrava Bank no ha conseguido alcanzar el 40% de las acciones.",
            "The Norvale bid for Ostrava Bank won 22% of the shares.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void pollsAndFormerYearsAreNotTheCount() {
    ClaimBlocks.Found found =
        run(
            "An exit poll showed Ana Ruiz winning 49% of the vote in Norvale.",
            "Ana Ruiz won 55% of the vote in Norvale, beating the 44% Luis Vela won in 2018.",
            "Ana Ruiz obtuvo el 55% de los votos en Norvale, según el recuento.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void aPlanIsNotItsOutcomeAndFiguresOrdersApartAreTwoThings() {
    ClaimBlocks.Found found =
        run(
            "Nine detainees are expected to be flown to Lisbon on Friday, officials said.",
            "Seven detainees were flown to Lisbon on Friday, officials said.",
            "Officials said 150 detainees were flown to Lisbon on Friday.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void countsThatNameNothingOrUnownedDurationsNeverMeet() {
    ClaimBlocks.Found found =
        run(
            "Ten prisoners went to Oslo, 13 to Lyon and three to Lisbon, said Nora Berg.",
            "Nora Berg said 16 went to Oslo and eight to Lisbon.",
            "A colonel received 26 years in the Ostrava trial.",
            "The general received 16 years in the Ostrava trial.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void aLowerBoundFarBelowAnotherFigureIsAConflict() {
    ClaimBlocks.Found found =
        run(
            "Health officials in Kivu have reported more than 14,000 cases of cholera this year.",
            "Kivu has reported 15,900 cholera cases this year, health officials said.",
            "Las autoridades sanitarias de Kivu han notificado más de 14.000 casos de cólera este"
                + " año.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertTrue(texts(found.conflicts().get(0)).contains("15,900"));
  }

  @Test
  void countsOfDifferentPlacesAreAPartAndAWholeNotAConflict() {
    ClaimBlocks.Found found =
        run(
            "Health officials said 14,100 cholera cases had been reported so far this year across"
                + " Africa.",
            "Health officials said 12,900 cholera cases had been reported so far this year in"
                + " Kenya.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void figuresOfTwoRoundsNamedByOrdinalsNeverMeet() {
    ClaimBlocks.Found found =
        run(
            "In the second round Ana Torres won 52.4% of the vote, the electoral board said.",
            "En la primera vuelta, Ana Torres obtuvo el 38,1% de los votos, según la junta"
                + " electoral.",
            "Ana Torres won the first round with 38.1% of the vote, the electoral board said.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void theSizeOfAGroupIsNotAPartOfIt() {
    ClaimBlocks.Found found =
        run(
            "Four of the five justices on the panel voted to convict Ruiz on Tuesday.",
            "Ruiz was convicted on Tuesday by a five-justice panel, with four votes against one.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void aSpanGivenInTwoUnitsAgreesAndALongerOneConflicts() {
    ClaimBlocks.Found found =
        run(
            "Marta Ruiz was sentenced to four years and two months in prison on Friday.",
            "Marta Ruiz was sentenced to 50 months in prison on Friday, the court said.",
            "Marta Ruiz fue condenada el viernes a cuatro años y ocho meses de prisión.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    Set<String> texts = texts(found.conflicts().get(0));
    assertTrue(texts.contains("cuatro años y ocho"), texts.toString());
    // the same span in two units is no conflict on its own
    ClaimBlocks.Found agreeing =
        run(
            "Marta Ruiz was sentenced to four years and two months in prison on Friday.",
            "Marta Ruiz was sentenced to 50 months in prison on Friday, the court said.");
    assertEquals(List.of(), agreeing.conflicts(), agreeing.conflicts().toString());
  }

  @Test
  void requestsAndTimeServedAreNotTheSentence() {
    ClaimBlocks.Found found =
        run(
            "Marta Ruiz was sentenced to 50 months in prison on Friday.",
            "Her lawyers had been asking the court for a sentence of 14 months for Marta Ruiz.",
            "The court credited Marta Ruiz with 12 months already served.",
            "La defensa de Marta Ruiz pide una condena mucho menor: solo 14 meses de cárcel.",
            "Marta Ruiz, que lleva cerca de un año detenida en Lyon, espera la apelación.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void theLengthOfOneTrialGivenTwoWaysIsAConflictAcrossLanguages() {
    ClaimBlocks.Found found =
        run(
            "The verdict came after a trial that lasted eight weeks in Lyon.",
            "El veredicto llegó tras un juicio que se prolongó durante siete semanas en Lyon.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
  }

  @Test
  void aDateIsComparedWhateverNameStandsNearest() {
    ClaimBlocks.Found found =
        run(
            "The court in Lyon sentenced on October 3, 2025, the former mayor Marta Ruiz.",
            "Marta Ruiz, the former mayor, was sentenced on October 4, 2025, in Lyon.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals("date", found.conflicts().get(0).attribute());
  }

  @Test
  void twoMaximaOfOnePenaltyConflictButTheSentenceIsWithinThem() {
    ClaimBlocks.Found found =
        run(
            "Marta Ruiz and the other defendants can face up to 43 years in jail each.",
            "Los jueces debatirán las penas, que podrían alcanzar hasta 40 años de prisión.",
            "Marta Ruiz was sentenced to 27 years in prison on Thursday.",
            "Marta Ruiz fue condenada el jueves a 27 años de prisión.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    assertEquals(Set.of("up to 43", "hasta 40"), texts(found.conflicts().get(0)), found.toString());
    ClaimBlocks.Found within =
        run(
            "Marta Ruiz and the other defendants can face up to 43 years in jail each.",
            "Marta Ruiz fue condenada a 27 años de prisión por el tribunal.");
    assertEquals(List.of(), within.conflicts(), within.conflicts().toString());
  }

  @Test
  void aYearWrittenBesideAFigureDatesItWhenNoTimeDoes() {
    Measurement earlier =
        extracted("d0", "The party won just 92 seats in the 2019 elections.", "o").get(0);
    assertTrue(MeasurementMatcher.ofEarlierYear(earlier, 2025), earlier.toString());
    Measurement now =
        extracted("d1", "La formación obtuvo 85 escaños en las elecciones de 2025.", "o").get(0);
    assertFalse(MeasurementMatcher.ofEarlierYear(now, 2025), now.toString());
    assertFalse(MeasurementMatcher.ofEarlierYear(earlier, null));
  }

  @Test
  void oneOrganisationNamedInTwoLanguagesOwnsOneFigure() {
    ClaimBlocks.Found same =
        run(
            "In Valdemora, the Liberal Party won 23.7% of the vote.",
            "En Valdemora, el Partido Liberal obtuvo el 18,4% de los votos.");
    assertEquals(1, same.conflicts().size(), same.conflicts().toString());
    ClaimBlocks.Found other =
        run(
            "In Valdemora, the Liberal Party won 23.7% of the vote.",
            "En Valdemora, el Partido Nacional obtuvo el 18,4% de los votos.");
    assertEquals(0, other.conflicts().size(), other.conflicts().toString());
    ClaimBlocks.Found partyOfACountry =
        run(
            "In Valdemora, the Alternative for Spain won 23.7% of the vote.",
            "En Valdemora, Alternativa para España obtuvo el 18,4% de los votos.",
            "In Valdemora, the Liberal Party won 18.4% of the vote.");
    assertEquals(1, partyOfACountry.conflicts().size(), partyOfACountry.conflicts().toString());
  }

  @Test
  void votesAndBallotsCountedAreOneMeasuredThing() {
    ClaimBlocks.Found spanish =
        run(
            "La candidata Marta Gil obtuvo 612.904 sufragios, según el consejo.",
            "Marta Gil logró 613.557 votos en el recuento final.");
    assertEquals(1, spanish.conflicts().size(), spanish.conflicts().toString());
    ClaimBlocks.Found english =
        run(
            "Marta Gil won 612,904 ballots, the council said.",
            "Marta Gil got 613,557 votes in the final count.");
    assertEquals(1, english.conflicts().size(), english.conflicts().toString());
  }

  @Test
  void aNameOfTheOwnerReadAsAPlaceIsNoPlaceOfTheCount() {
    String sentence = "Mora received 41.2% of the vote to Ferro's 38.7%, a margin of 30,412 votes.";
    assertEquals(Set.of(), MeasurementProfile.places(sentence, "person:ana ferro"));
    assertEquals(Set.of("place:ferro"), MeasurementProfile.places(sentence, "person:luis mora"));
    ClaimBlocks.Found found =
        run(
            "Luis Mora won 41.2% of the vote against 38.7% for Ana Ferro, a margin of 31,000 votes"
                + " in Portugal.",
            "Ana Ferro came second. " + sentence);
    assertTrue(
        found.conflicts().stream().anyMatch(c -> c.toString().contains("30,412")),
        found.conflicts().toString());
  }

  @Test
  void placesListedAsMembersAreNotWhereAFigureWasCounted() {
    assertEquals(
        Set.of("place:africa"),
        MeasurementProfile.places(
            "Mpox has spread across Africa to 16 countries, including Burundi and Nigeria.", null));
    ClaimBlocks.Found found =
        run(
            "The mpox virus has spread to 16 countries, including Burundi, Cameroon and Nigeria.",
            "El virus de la mpox ya se ha detectado en 13 países africanos, según la OMS.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
  }

  @Test
  void aRunningFigureIsNotTheFinalOne() {
    ClaimBlocks.Found found =
        run(
            "Ana Ruiz hit 42 winners in the final against Marta Gil, the tour said.",
            "Ana Ruiz hit 12 winners by the early stages of the second set against Marta Gil.",
            "Ana Ruiz sumaba 9 winners al descanso ante Marta Gil, según el circuito.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
    ClaimBlocks.Found finalFigures =
        run(
            "Ana Ruiz hit 42 winners in the final against Marta Gil, the tour said.",
            "Ana Ruiz hit 12 winners in the final against Marta Gil, the tour said.");
    assertEquals(1, finalFigures.conflicts().size(), finalFigures.conflicts().toString());
  }

  @Test
  void sumsNamedByOneWordAreOneSumWhateverTheirSentencesSay() {
    ClaimBlocks.Found found =
        run(
            "The $1.8 billion fine is part of a wider crackdown on large banks in Europe.",
            "The $1.9 billion fine follows a long inquiry triggered by a complaint from a rival.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    // the same fine in two currencies is never a conflict
    ClaimBlocks.Found currencies =
        run(
            "The regulator fined Nordbank €1.8 billion on Monday.",
            "The $1.9 billion fine follows a long inquiry triggered by a complaint from a rival.");
    assertEquals(List.of(), currencies.conflicts(), currencies.conflicts().toString());
  }

  @Test
  void twoDatesAnEndIsSetToDateOneThing() {
    ClaimBlocks.Found found =
        run(
            "The Congress swore in Luis Gil to complete the presidential term until March 7, 2027.",
            "El Congreso juramentó a Luis Gil para completar el periodo presidencial hasta el 9 de"
                + " marzo del 2027.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
  }

  @Test
  void aFigureDatedToAnEarlierYearThanTheStorysIsAnotherEvent() {
    ClaimBlocks.Found found =
        run(
            "The Commission fined Ruiz Corp 1.6 billion euros on 12 May 2024 for abusing its"
                + " dominance.",
            "The Commission fined Ruiz Corp 1.6 billion euros on 12 May 2024, its second"
                + " largest fine.",
            "The Commission fined Ruiz Corp 1.6 billion euros for abusing its dominance.",
            "In 2019, the Commission fined Ruiz Corp 2.2 billion euros for abusing its dominance.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void theAgesOfTwoPeopleInAppositionAreNeverOneFact() {
    ClaimBlocks.Found found =
        run(
            "Minutos después, el presidente del Congreso, el abogado Luis Gil, de 41 años, juró el"
                + " cargo ante el Congreso.",
            "Poco después de la votación en el Congreso, Ana Ruiz, de 57 años, habló en el palacio"
                + " ante el Congreso.");
    assertEquals(List.of(), found.conflicts(), found.conflicts().toString());
  }

  @Test
  void aPrisonTermNamedByOtherNounsIsOneSpan() {
    ClaimBlocks.Found found =
        run(
            "A federal judge sentenced the former mayor Ruiz to 30 months in prison for bribery.",
            "The judge sentenced the 61-year-old former mayor to three years and two months for"
                + " bribery.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    ClaimBlocks.Found spanish =
        run(
            "El juez condenó al exalcalde Ruiz a 30 meses de cárcel por soborno.",
            "El exalcalde Ruiz fue condenado a una pena de tres años y dos meses de prisión por"
                + " soborno.");
    assertEquals(1, spanish.conflicts().size(), spanish.conflicts().toString());
    // a ban from office is another penalty, however like its sentence
    ClaimBlocks.Found ban =
        run(
            "El juez impuso al exalcalde Ruiz una pena de ocho años de inhabilitación por soborno.",
            "El juez impuso al exalcalde Ruiz una pena de seis años de prisión por soborno.");
    assertEquals(List.of(), ban.conflicts(), ban.conflicts().toString());
  }

  @Test
  void aDelayGivenInMinutesOrInHoursIsOneSpan() {
    ClaimBlocks.Found found =
        run(
            "The final was delayed by 50 minutes because of rain.",
            "La final se retrasó aproximadamente media hora por la lluvia.");
    assertEquals(1, found.conflicts().size(), found.conflicts().toString());
    ClaimBlocks.Found agreeing =
        run(
            "The final was delayed by about an hour because of rain.",
            "La final arrancó con casi una hora de retraso por la lluvia.");
    assertEquals(List.of(), agreeing.conflicts(), agreeing.conflicts().toString());
  }

  @Test
  void aWordSharedByTwoSpanishWordsWeighsItsBestEveryRun() {
    String text =
        "La candidata obtuvo el 30% de los votos, según dijo el consejo, que ya había logrado"
            + " ganar y conseguir otros resultados antes.";
    List<Measurement> found = new ArrayList<>();
    for (Measurement m : extracted("d0", text, "outlet")) if (m.text().contains("30")) found.add(m);
    MeasurementProfile p = MeasurementProfile.of(found.get(0));
    int checked = 0;
    for (Map.Entry<String, Set<String>> e : p.alternatives().entrySet()) {
      for (String english : e.getValue()) {
        if (p.weights().containsKey(english)) continue;
        double best = 0;
        for (Map.Entry<String, Set<String>> f : p.alternatives().entrySet())
          if (f.getValue().contains(english)) best = Math.max(best, p.weights().get(f.getKey()));
        assertEquals(best, p.weightOf(english), english);
        checked++;
      }
    }
    assertTrue(checked > 0, p.alternatives().toString());
  }
}
