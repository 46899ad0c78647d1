package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.SegmentConfig;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.SourceDocument;
import crosscheck.segment.DocumentSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measurements of invented sentences, through the real segmenter, in English and Spanish. */
class MeasurementExtractorTest {

  static List<Measurement> measure(String doc, String text) {
    return measure(doc, text, "2024-05-06");
  }

  static List<Measurement> measure(String doc, String text, String anchor) {
    SourceDocument source =
        new SourceDocument(
            doc,
            doc + ".txt",
            "txt",
            0,
            "accepted",
            null,
            text.length(),
            null,
            text,
            null,
            null,
            anchor,
            null,
            List.of());
    SegmentedDocument d = new DocumentSegmenter(SegmentConfig.DEFAULTS).segment(source);
    List<Measurement> found = MeasurementExtractor.extract(d, anchor);
    for (Measurement m : found) assertEquals(text.substring(m.start(), m.end()), m.text());
    return found;
  }

  static Measurement at(List<Measurement> found, String text) {
    return found.stream()
        .filter(m -> m.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no measurement \"" + text + "\" in " + found));
  }

  @Test
  void sharesTakeTheNounTheyAreOfAndTheirOwnOwner() {
    List<Measurement> en =
        measure(
            "en",
            "The electoral board said Javier Milei won 55.8% of the vote while Sergio Massa"
                + " received 44.2%.\n");
    Measurement milei = at(en, "55.8");
    assertEquals("percent", milei.kind());
    assertEquals(55.8, milei.quantity().value(), 1e-9);
    assertEquals("vote", milei.measured());
    assertTrue(milei.subject().contains("milei"), milei.subject());
    assertTrue(at(en, "44.2").subject().contains("massa"), at(en, "44.2").subject());

    List<Measurement> es =
        measure(
            "es",
            "Según la junta electoral, Javier Milei obtuvo el 55,8% de los votos, mientras que"
                + " Sergio Massa recibió el 44,2%.\n");
    Measurement mileiEs = at(es, "55,8");
    assertEquals(55.8, mileiEs.quantity().value(), 1e-9);
    assertEquals("votos", mileiEs.measured());
    assertTrue(mileiEs.subject().contains("milei"), mileiEs.subject());
    assertTrue(at(es, "44,2").subject().contains("massa"), at(es, "44,2").subject());
  }

  @Test
  void spanishGroupingAndCountedNouns() {
    Measurement es =
        at(
            measure("es", "El ministerio registró más de 14.000 casos en lo que va del año.\n"),
            "14.000");
    assertEquals(14000, es.quantity().value(), 1e-9);
    assertEquals("count", es.kind());
    assertEquals("casos", es.measured());
    Measurement en =
        at(measure("en", "The ministry recorded more than 14,000 cases this year.\n"), "14,000");
    assertEquals(14000, en.quantity().value(), 1e-9);
    assertEquals("cases", en.measured());
  }

  @Test
  void formerFiguresAndForecastsAreMarked() {
    List<Measurement> found =
        measure("en", "The toll rose to 41 on Tuesday, up from 12 a week earlier.\n");
    assertTrue(at(found, "12").former());
    assertFalse(at(found, "41").former());
    assertTrue(
        at(measure("en", "Officials expect the toll to reach 100 by Friday.\n"), "100").hedged());
    assertTrue(
        at(measure("es", "Se prevé que la cifra llegue a 100 el viernes.\n"), "100").hedged());
    assertTrue(
        at(measure("es", "La cifra subió a 41, desde los 12 de la semana pasada.\n"), "12")
            .former());
  }

  @Test
  void currenciesAndDatesAreKindsOfTheirOwn() {
    List<Measurement> found =
        measure("en", "The regulator fined the company 1.8 billion euros on March 4, 2024.\n");
    assertEquals("money:EUR", at(found, "1.8").kind());
    Measurement date = found.stream().filter(m -> m.time() != null).findFirst().orElseThrow();
    assertEquals("date", date.kind());
    assertEquals("2024-03-04", date.time().value());
    assertNull(date.quantity());
  }

  @Test
  void partitiveCountsCountTheNounOfTheWhole() {
    assertEquals(
        "justices",
        at(measure("en", "Four of the five justices voted to convict the former mayor.\n"), "Four")
            .measured());
    assertEquals(
        "jueces",
        at(measure("es", "Cuatro de los cinco jueces votaron a favor de la condena.\n"), "Cuatro")
            .measured());
  }

  @Test
  void progressSharesNameWhatWasCounted() {
    assertEquals(
        "votes counted",
        at(measure("en", "With 97.6% of votes counted, the mayor led the race.\n"), "97.6")
            .measured());
    assertEquals(
        "mesas escrutadas",
        at(measure("es", "Con el 86% de las mesas escrutadas, la alcaldesa lideraba.\n"), "86")
            .measured());
  }

  @Test
  void progressSaidWithAuxiliariesOrACountNounIsProgress() {
    assertEquals(
        "ballots counted",
        at(measure("en", "She led after 86% of the ballots had been counted.\n"), "86").measured());
    assertEquals(
        "actas escrutadas",
        at(measure("es", "Lideraba con el 90% de las actas ya escrutadas.\n"), "90").measured());
    assertEquals(
        "votos conteo",
        at(measure("es", "Ganó tras el conteo del 86% de los votos.\n"), "86").measured());
    assertEquals(
        "votes count",
        at(measure("en", "She led at a count of 70% of the votes.\n"), "70").measured());
    // a count noun further back is not the share's
    assertEquals(
        "votos",
        at(measure("es", "El recuento dio a la alcaldesa el 54% de los votos.\n"), "54")
            .measured());
  }

  @Test
  void aShareOfAPersonNamesNoMeasuredThing() {
    List<Measurement> es =
        measure(
            "es",
            "Ana Torres obtenía el 58,18% de apoyo frente al 41,82% de Luisa Pardo, según el"
                + " tribunal.\n");
    // not "Luisa Pardo": the share set against the first is of what the first is of
    assertEquals("apoyo", at(es, "41,82").measured());
    assertEquals("apoyo", at(es, "58,18").measured());
    assertEquals(
        null,
        at(measure("es", "Ganó frente al 45,4% del exmandatario Luis Pardo.\n"), "45,4")
            .measured());
    assertEquals(
        null,
        at(measure("es", "Ganó frente al 41,8% logrado por la candidata.\n"), "41,8").measured());
    assertEquals(null, at(measure("en", "She won against 44% for the rival.\n"), "44").measured());
    assertEquals(
        null,
        at(measure("es", "Ganó con el 54% frente al 45,4% del derechista Luis Pardo.\n"), "45,4")
            .measured());
  }

  @Test
  void anAsideInBracketsDoesNotPushTheOwnerAway() {
    assertEquals(
        "name:pardo",
        at(
                measure(
                    "en",
                    "Ana Torres beat former mayor Luis Pardo (2001-2005), who garnered 44.2"
                        + " percent.\n"),
                "44.2")
            .subject()
            .replace("person:luis pardo", "name:pardo"));
  }

  @Test
  void aNumberWordOpeningASentenceIsNoName() {
    Measurement five =
        at(measure("en", "Four of the five judges found the mayor guilty.\n"), "five");
    assertEquals(null, five.subject());
    Measurement cinco =
        at(measure("es", "Cuatro de los cinco jueces condenaron al alcalde.\n"), "cinco");
    assertEquals(null, cinco.subject());
  }

  @Test
  void valuesGivenRespectivelyGoToTheNamesInOrder() {
    List<Measurement> en =
        measure(
            "en",
            "He did best in the provinces of Mendoza and Cordoba, where he won 71% and 74%"
                + " respectively.\n");
    assertTrue(at(en, "71").subject().contains("mendoza"), at(en, "71").subject());
    assertTrue(at(en, "74").subject().contains("cordoba"), at(en, "74").subject());
    List<Measurement> es =
        measure(
            "es",
            "Le fue mejor en las provincias de Mendoza y Córdoba, donde obtuvo el 71% y el 74%,"
                + " respectivamente.\n");
    assertTrue(at(es, "71").subject().contains("mendoza"), at(es, "71").subject());
    assertTrue(at(es, "74").subject().contains("cordoba"), at(es, "74").subject());
  }

  @Test
  void onlyTheValuesListedBeforeRespectivelyGoToTheNamesListedBeforeThem() {
    List<Measurement> en =
        measure(
            "en",
            "Luis Gil won 196 seats, ahead of Ana Cruz and Marta Paz, with 143 and 117 seats"
                + " respectively.\n");
    assertTrue(at(en, "196").subject().contains("gil"), at(en, "196").subject());
    assertTrue(at(en, "143").subject().contains("cruz"), at(en, "143").subject());
    assertTrue(at(en, "117").subject().contains("paz"), at(en, "117").subject());
    List<Measurement> es =
        measure(
            "es",
            "En Lugo, Ana Soto y Marta Vidal entran en el Senado Federal: obtuvieron el 12,3% y el"
                + " 7,9% de los votos, respectivamente.\n");
    assertTrue(at(es, "12,3").subject().contains("soto"), at(es, "12,3").subject());
    assertTrue(at(es, "7,9").subject().contains("vidal"), at(es, "7,9").subject());
  }

  @Test
  void aSentenceAboutAnEarlierThingGivesFormerFigures() {
    assertTrue(at(measure("en", "That outbreak killed about 200 people.\n"), "200").former());
    assertTrue(at(measure("es", "Aquel brote dejó unos 200 muertos.\n"), "200").former());
    assertFalse(at(measure("en", "This outbreak has killed 450 people.\n"), "450").former());
    // "that" as a pronoun for what was just said
    assertFalse(
        at(measure("en", "That gives her a lead of almost 18 percentage points.\n"), "18")
            .former());
  }

  @Test
  void thresholdsAreKeptApartFromWhatWasReached() {
    List<Measurement> en =
        measure(
            "en", "The motion passed with 301 votes. Its backers needed 275 votes to pass it.\n");
    assertFalse(at(en, "301").threshold());
    assertTrue(at(en, "275").threshold());
    List<Measurement> es =
        measure(
            "es",
            "La moción salió adelante con 301 votos, por encima de la mayoría absoluta de 275.\n");
    assertFalse(at(es, "301").threshold());
    assertTrue(at(es, "275").threshold());
    assertTrue(at(measure("es", "Bastaba con 275 votos para aprobarla.\n"), "275").threshold());
    // what a treaty needs to take effect is a mark, not what it got
    assertTrue(
        at(
                measure(
                    "es",
                    "El tratado debe ser ratificado por al menos 40 países para entrar en vigor.\n"),
                "40")
            .threshold());
    assertTrue(
        at(measure("en", "The pact will enter into force once 40 states ratify it.\n"), "40")
            .threshold());
    // a negation before the figure: a mark it stayed short of, not the figure
    assertTrue(at(measure("en", "The bid failed to even get 30% support.\n"), "30%").unreached());
    assertTrue(at(measure("es", "La oferta no llegó al 30% del capital.\n"), "30%").unreached());
    assertTrue(at(measure("es", "No obtuvo ni el 26% del capital.\n"), "26%").unreached());
    assertTrue(
        at(measure("es", "La oferta no ha conseguido alcanzar el 50% de aceptación.\n"), "50%")
            .unreached());
    assertFalse(at(measure("en", "No fewer than 30 people were hurt.\n"), "30").unreached());
    assertFalse(at(en, "301").unreached());
  }

  @Test
  void plansAreKeptApartFromOutcomes() {
    assertTrue(
        at(measure("en", "Nine detainees are expected to be sent home.\n"), "Nine").planned());
    assertFalse(at(measure("en", "Nine detainees were sent home.\n"), "Nine").planned());
    assertTrue(at(measure("es", "Se prevé que 9 detenidos vuelvan a casa.\n"), "9").planned());
  }

  @Test
  void compoundDurationsAreOneSpanAndWholeUnitsAreRounded() {
    Measurement en =
        at(measure("en", "She had led the agency for four months and 28 days.\n"), "four");
    assertEquals(4 + 28 * 1 / 30.44, en.quantity().value(), 1e-3);
    assertEquals("months", en.measured());
    Measurement es =
        at(measure("es", "El tribunal lo condenó a 12 años y seis meses de cárcel.\n"), "12");
    assertEquals(12.5, es.quantity().value(), 1e-3);
    Measurement whole = at(measure("en", "She led the agency for five months.\n"), "five");
    assertEquals(0.5, whole.quantity().precision(), 1e-9);
    assertTrue(Quantities.compatible(en.quantity(), whole.quantity()));
  }

  @Test
  void aDurationOfThreePartsIsOneSpanWithOrWithoutCommas() {
    List<Measurement> en =
        measure("en", "Ruiz was sentenced to 9 years, 2 months and 10 days in prison.\n");
    assertEquals(9 + 2 / 12.0 + 10 / 365.25, at(en, "9 years").quantity().value(), 1e-2);
    assertEquals(1, en.stream().filter(m -> m.quantity() != null).count(), en.toString());
    List<Measurement> es =
        measure("es", "Ruiz fue condenada a 9 años 7 meses y 10 días de cárcel.\n");
    assertEquals(9 + 7 / 12.0 + 10 / 365.25, at(es, "9 años").quantity().value(), 1e-2);
    assertEquals(1, es.stream().filter(m -> m.quantity() != null).count(), es.toString());
  }

  @Test
  void halfAUnitMoreIsPartOfTheSpan() {
    Measurement es =
        at(measure("es", "Ruiz recibió una condena de seis años y medio de prisión.\n"), "seis");
    assertEquals(6.5, es.quantity().value(), 1e-9);
    Measurement en =
        at(measure("en", "Ruiz was sentenced to six and a half years in prison.\n"), "six");
    assertEquals(6.5, en.quantity().value(), 1e-9);
    assertEquals("year", en.quantity().unit());
    assertEquals("six and a half", en.text());
    // a half rounds: six years, five months and some days is six and a half years
    Measurement exact =
        at(measure("en", "Ruiz was sentenced to 6 years, 5 months and 15 days in prison.\n"), "6");
    assertTrue(Quantities.compatible(en.quantity(), exact.quantity()));
  }

  @Test
  void datesAreNoHedgeAndLengthsNameWhatTheySpan() {
    assertFalse(
        at(measure("en", "The agency last raised its alert in May 2021.\n"), "May 2021").hedged());
    assertEquals(
        "inquiry", at(measure("en", "The ruling ends a 6-year-long inquiry.\n"), "6-year").whole());
  }

  @Test
  void aNameInAppositionOwnsTheValueAfterIt() {
    Measurement m =
        at(
            measure(
                "en",
                "Colonel Ana Ruiz, Marta Gil's former deputy and adviser, received 18 years.\n"),
            "18");
    assertTrue(m.subject() != null && m.subject().contains("ruiz"), m.subject());
  }

  @Test
  void pronounsStandForThePersonNamedBeforeAndNamesStopAtAnotherValue() {
    List<Measurement> en =
        measure(
            "en",
            "Despite Laura Pineda's early lead, she finished with 41.5% of the vote. Tomás Herrera"
                + " conceded. He won 52% versus 47% for his rival, Laura Pineda.\n");
    assertTrue(at(en, "41.5").subject().contains("pineda"), at(en, "41.5").subject());
    assertTrue(at(en, "52").subject().contains("herrera"), at(en, "52").subject());
    assertTrue(
        at(en, "47").subject() == null || !at(en, "47").subject().contains("herrera"),
        at(en, "47").subject());
    List<Measurement> es =
        measure("es", "Laura Pineda reconoció la derrota. Ella obtuvo el 41,5% de los votos.\n");
    assertTrue(at(es, "41,5").subject().contains("pineda"), at(es, "41,5").subject());
  }

  @Test
  void agesAndRequestsAreTheirOwnThings() {
    assertEquals(
        "age",
        at(measure("en", "Ruiz, who is 61 years old, received 9 years.\n"), "61").measured());
    assertEquals(
        "age", at(measure("es", "Ruiz, de 61 años, recibió 9 años de cárcel.\n"), "61").measured());
    assertEquals(
        "age", at(measure("es", "Ruiz (de 61 años) recibió 9 años de cárcel.\n"), "61").measured());
    assertEquals(
        "age",
        at(measure("es", "Agredió a una joven de 31 años en un local de Norvale.\n"), "31")
            .measured());
    // a term of years after a noun that names no person stays a term
    assertEquals(
        "años", at(measure("es", "Recibió una condena de 9 años de cárcel.\n"), "9").measured());
    assertTrue(
        at(measure("en", "Prosecutors sought 11 years in prison for Ruiz.\n"), "11").planned());
    assertTrue(at(measure("es", "La defensa pide 14 meses de cárcel.\n"), "14").planned());
  }

  @Test
  void spansOfTimeCarryTheirUnitAndCompareInDays() {
    Measurement months =
        at(measure("en", "Marta Ruiz was sentenced to 50 months in prison.\n"), "50");
    assertEquals("duration", months.kind());
    assertEquals("month", months.quantity().unit());
    assertEquals("months", months.measured());
    Measurement years =
        at(
            measure("es", "Marta Ruiz fue condenada a cuatro años y dos meses de prisión.\n"),
            "cuatro");
    assertEquals("year", years.quantity().unit());
    assertTrue(Quantities.compatible(months.quantity(), years.quantity()));
    Measurement longer =
        at(measure("en", "Ruiz was sentenced to 4 years, 8 months in prison.\n"), "4 years");
    assertEquals(4 + 8 / 12.0, longer.quantity().value(), 1e-3);
    assertFalse(Quantities.compatible(months.quantity(), longer.quantity()));
    // a whole number of years is rounded to the half: "four years" is 42 to 54 months
    Measurement four = at(measure("en", "Ruiz was sentenced to four years in prison.\n"), "four");
    assertTrue(Quantities.compatible(months.quantity(), four.quantity()));
    assertFalse(Quantities.compatible(longer.quantity(), four.quantity()));
  }

  @Test
  void distancesInTimeAreNoMeasurementsButWhatWasGivenIs() {
    assertTrue(measure("en", "The ruling came three months after the vote.\n").isEmpty());
    assertTrue(measure("en", "Ruiz was arrested two weeks ago.\n").isEmpty());
    assertTrue(measure("es", "La sentencia llegó tres meses después del veredicto.\n").isEmpty());
    assertTrue(measure("es", "Ruiz fue detenida hace dos semanas en Lima.\n").isEmpty());
    assertEquals(
        4.0,
        at(measure("en", "Ruiz was sentenced to four years after a long trial.\n"), "four")
            .quantity()
            .value(),
        1e-9);
  }

  @Test
  void timeServedSoFarIsAPartOfTheSpan() {
    assertTrue(
        at(measure("en", "The court credited Ruiz with 12 months already served.\n"), "12")
            .former());
    assertTrue(
        at(measure("es", "Ruiz sigue en prisión, con 13 meses ya cumplidos.\n"), "13").former());
    assertFalse(at(measure("en", "Ruiz was sentenced to 50 months.\n"), "50").former());
  }

  @Test
  void requestsReachBackOverAColonButNotPastAConjunction() {
    assertTrue(
        at(
                measure(
                    "en",
                    "Her lawyers were asking the court for a sentence of 14 months for Ruiz.\n"),
                "14")
            .planned());
    assertTrue(
        at(
                measure(
                    "es", "La defensa pide una condena mucho menor: solo 14 meses de cárcel.\n"),
                "14")
            .planned());
    assertTrue(
        at(
                measure(
                    "en",
                    "Prosecutors asked for about 135 months (11 years, 3 months) for Ruiz.\n"),
                "11 years")
            .planned());
    List<Measurement> both =
        measure("en", "Prosecutors sought 11 years but the judge imposed 50 months on Ruiz.\n");
    assertTrue(at(both, "11").planned());
    assertFalse(at(both, "50").planned());
    assertFalse(
        at(measure("es", "La fiscalía pedía 11 años y el juez impuso 50 meses a Ruiz.\n"), "50")
            .planned());
  }

  @Test
  void aSpanNamesWhatItIsOf() {
    assertEquals(
        "trial",
        at(measure("en", "The verdict came after a trial that lasted eight weeks.\n"), "eight")
            .whole());
    assertEquals(
        "juicio",
        at(
                measure(
                    "es",
                    "El veredicto llegó tras un juicio que se prolongó durante siete semanas.\n"),
                "siete")
            .whole());
    assertEquals(
        "prisión", at(measure("es", "El juez la condenó a 50 meses de prisión.\n"), "50").whole());
    assertEquals(
        "release",
        at(measure("en", "The judge added five years of release under supervision.\n"), "five")
            .whole());
    assertEquals(
        "jail", at(measure("en", "Each of them can face up to 43 years in jail.\n"), "43").whole());
    assertEquals(
        "prisión",
        at(measure("es", "Cada uno puede pasar hasta 43 años en prisión.\n"), "43").whole());
  }

  @Test
  void aSentencingVerbNamesTheSpanItsObjectIs() {
    assertEquals(
        "sentence",
        at(measure("en", "A judge sentenced the 61-year-old former mayor to 30 months.\n"), "30")
            .whole());
    assertEquals(
        "condena",
        at(measure("es", "El juez condenó al exalcalde Ruiz a 30 meses.\n"), "30").whole());
    // a generic penalty noun gives way to the noun after the unit
    assertEquals(
        "inhabilitación",
        at(measure("es", "Recibió una pena de ocho años de inhabilitación.\n"), "ocho").whole());
    assertEquals(
        "cárcel", at(measure("es", "Recibió una condena de 30 meses de cárcel.\n"), "30").whole());
    assertEquals(
        "probation",
        at(measure("en", "He got a sentence of 30 months of probation.\n"), "30").whole());
  }

  @Test
  void anAgeBeforeABirthdayIsAnUpperBound() {
    Measurement en = at(measure("en", "Ruiz won her sixth title before turning 23.\n"), "23");
    assertEquals(QuantityQualifier.LESS_THAN, en.quantity().qualifierKind());
    Measurement es =
        at(measure("es", "Ruiz ganó su sexto título antes de cumplir los 23 años.\n"), "23");
    assertEquals(QuantityQualifier.LESS_THAN, es.quantity().qualifierKind());
  }

  @Test
  void aSumIsNamedByTheNounOrVerbThatSaysWhatItIs() {
    assertEquals(
        "fine",
        at(measure("en", "The $1.8 billion fine is part of a wider crackdown.\n"), "$1.8")
            .measured());
    assertEquals(
        "fined",
        at(measure("en", "The regulator fined Nordbank nearly $2 billion on Monday.\n"), "$2")
            .measured());
    assertEquals(
        "fine",
        at(
                measure("en", "Nordbank received a fine of more than €1.8bn from the regulator.\n"),
                "1.8")
            .measured());
    assertEquals(
        "multa",
        at(
                measure(
                    "es", "El regulador impuso una multa de 1.840 millones de euros a Nordbank.\n"),
                "1.840")
            .measured());
    // the subject of another verb names no sum of its clause
    assertEquals(
        null,
        at(
                measure(
                    "en",
                    "The fine dwarfed the 500 million euros that analysts had told us to expect.\n"),
                "500")
            .measured());
  }

  @Test
  void anHourAfterACountCueAndHalfAnHourAreSpansOfTime() {
    Measurement casi =
        at(measure("es", "El partido arrancó con casi una hora de retraso.\n"), "una");
    assertEquals("duration", casi.kind());
    assertEquals(1.0, casi.quantity().value());
    assertEquals("hour", casi.quantity().unit());
    Measurement media =
        at(
            measure("es", "El inicio del partido se retrasó aproximadamente media hora.\n"),
            "media");
    assertEquals(0.5, media.quantity().value(), media.toString());
    assertEquals("hour", media.quantity().unit(), media.toString());
    Measurement half = at(measure("en", "The final was delayed by about half an hour.\n"), "half");
    assertEquals(0.5, half.quantity().value());
    Measurement over = at(measure("en", "The talks lasted more than an hour.\n"), "an");
    assertEquals(1.0, over.quantity().value());
    assertEquals("retraso", media.whole());
    assertEquals(
        "delay",
        at(measure("en", "The final was delayed by 50 minutes because of rain.\n"), "50").whole());
    // a rate and a frequency are no spans
    assertEquals(
        List.of(),
        measure("en", "The bus drove at 60 miles an hour and stops twice a day.\n").stream()
            .filter(m -> m.quantity() != null && m.quantity().value() == 1.0)
            .toList());
  }

  @Test
  void timeGivenToDoSomethingIsADeadline() {
    assertEquals(
        "deadline",
        at(measure("en", "The regulator gave the firm 45 days to answer.\n"), "45").whole());
    assertEquals(
        "deadline",
        at(measure("en", "The company has 75 days to propose remedies.\n"), "75").whole());
    assertEquals(
        "deadline",
        at(measure("es", "La Comisión le dio 45 días para responder.\n"), "45").whole());
    assertEquals(
        "plazo",
        at(measure("es", "Debe presentar un plan en un plazo máximo de 120 días.\n"), "120")
            .whole());
    // time spent, not given
    assertNotEquals(
        "deadline", at(measure("en", "The talks took 45 days to conclude.\n"), "45").whole());
    assertNotEquals("deadline", at(measure("es", "Tiene 45 años y vive en Lugo.\n"), "45").whole());
  }

  @Test
  void aShareIsOfTheHeadOfAnEnglishCompoundAndOfWhatTheParticipleSays() {
    assertEquals(
        "tallies",
        at(measure("en", "The party holds 73.2 percent of the voting tallies.\n"), "73.2")
            .measured());
    assertEquals(
        "vote", at(measure("en", "She won 70% of the popular vote in May.\n"), "70").measured());
    // a plural noun the stop list holds ends a compound all the same
    assertEquals(
        "members",
        at(measure("en", "The deal, backed by 59% of union members, ends the strike.\n"), "59")
            .measured());
    // a participle after a comma belongs to the next clause, not to the share
    assertEquals(
        "vote",
        at(measure("en", "He won 51% of the vote, compared to 46% for her.\n"), "51").measured());
    assertEquals(
        "votes counted",
        at(measure("en", "With 86% of the votes counted, she led.\n"), "86").measured());
    assertEquals(
        "escrutado",
        at(measure("es", "Ganó con el 51% de los votos, con un 80% escrutado.\n"), "80")
            .measured());
    assertEquals(
        "actas escrutadas",
        at(measure("es", "Con el 80% de las actas escrutadas, ganó.\n"), "80").measured());
  }

  @Test
  void aPollsterForecastIsPlannedNotAnOutcome() {
    assertTrue(
        at(
                measure(
                    "es",
                    "Una encuesta había pronosticado que la candidata obtendría el 65% de los"
                        + " votos.\n"),
                "65")
            .hedged());
    assertTrue(
        at(measure("en", "The poll predicted she would win 65% of the vote.\n"), "65").hedged());
  }

  @Test
  void aFigureDatedToAnEarlierYearIsAnotherEventsFigure() {
    // the document is written in 2024
    List<Measurement> en =
        measure(
            "en",
            "Her 61% beats the 48% her predecessor won in 2018. Sales are up 12% since 2019.\n");
    assertFalse(at(en, "61%").former());
    assertTrue(at(en, "48%").former());
    assertFalse(at(en, "12%").former());
    List<Measurement> es =
        measure("es", "Su 61% supera el 48% que logró su antecesor en 2018, según el recuento.\n");
    assertFalse(at(es, "61%").former());
    assertTrue(at(es, "48%").former());
  }

  @Test
  void aPossibleFigureIsNotWhatHappened() {
    assertTrue(
        at(measure("en", "The deal spares him a potential two-year ban.\n"), "two-year").planned());
    assertTrue(
        at(measure("es", "El acuerdo le evita una posible sanción de dos años.\n"), "dos")
            .planned());
    assertFalse(at(measure("en", "He accepted a three-month ban.\n"), "three-month").planned());
  }

  @Test
  void pollFiguresAreEstimatesNotResults() {
    List<Measurement> en =
        measure("en", "An exit poll by a local firm showed the mayor winning 52% of the vote.\n");
    assertTrue(at(en, "52%").planned());
    List<Measurement> es =
        measure(
            "es", "Según una encuesta a boca de urna, el alcalde obtuvo el 52% de los votos.\n");
    assertTrue(at(es, "52%").planned());
    assertFalse(
        at(measure("en", "The count showed the mayor winning 52% of the vote.\n"), "52%")
            .planned());
  }

  @Test
  void aDatelineDatesTheFilingNotTheEvent() {
    List<Measurement> en =
        measure("en", "Lima [Peru], May 3 (ANI): The court sentenced him to 12 years on May 1.\n");
    assertEquals(
        List.of("May 1"),
        en.stream().filter(m -> m.kind().equals("date")).map(Measurement::text).toList());
    List<Measurement> es =
        measure("es", "LIMA, 3 may (EFE).- El tribunal lo condenó el 1 de mayo a 12 años.\n");
    assertEquals(
        List.of("1 de mayo"),
        es.stream().filter(m -> m.kind().equals("date")).map(Measurement::text).toList());
  }

  @Test
  void minutesOfAMatchAreNamedByWhatHappenedAtThem() {
    List<Measurement> en =
        measure(
            "en",
            "Ana Ruiz scored the winner in the 84th minute. Her 12th-minute header was ruled"
                + " out. It was the 3rd minute of play.\n");
    assertEquals(84, at(en, "84th minute").quantity().value());
    assertEquals("goal", at(en, "84th minute").measured());
    assertEquals("goal", at(en, "12th-minute").measured());
    assertTrue(en.stream().noneMatch(m -> m.text().contains("3rd")));
    List<Measurement> es =
        measure(
            "es",
            "Ruiz, que entró en el minuto 61, marcó el gol a los 84 minutos tras un centro.\n");
    assertEquals("substitution-on", at(es, "minuto 61").measured());
    assertEquals("goal", at(es, "a los 84 minutos").measured());
    assertEquals("unit:match-minute", at(es, "a los 84 minutos").kind());
  }

  @Test
  void whatFollowsAConjunctionHappenedAtAnotherMinute() {
    List<Measurement> en =
        measure("en", "Ruiz came on in the 93rd minute and scored from a low cross.\n");
    assertEquals("substitution-on", at(en, "93rd minute").measured());
    List<Measurement> es =
        measure("es", "Ruiz entró como sustituto en el minuto 93 y marcó de cabeza.\n");
    assertEquals("substitution-on", at(es, "minuto 93").measured());
  }

  @Test
  void aPlayerComingOnAndOneGoingOffAreTwoEvents() {
    assertEquals(
        "substitution-off",
        at(
                measure("en", "Ruiz limped off in the 58th minute after a heavy tackle.\n"),
                "58th minute")
            .measured());
    assertEquals(
        "substitution-off",
        at(measure("es", "Ruiz fue sustituido en el minuto 64 tras un golpe.\n"), "minuto 64")
            .measured());
  }

  @Test
  void aDayWithoutItsYearIsADateOfItsOwnInADocumentWithoutADate() {
    // other outlets date the same deed: the year is the story's, the day and month are compared
    List<Measurement> en = measure("a", "Ana Ruiz was convicted in June of bribery.", null);
    assertEquals("XXXX-06", at(en, "June").time().value());
    List<Measurement> es =
        measure("b", "El torneo de Norvale comienza el 9 de mayo, según los organizadores.", null);
    assertEquals("XXXX-05-09", at(es, "9 de mayo").time().value());
  }
}
