package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.TimeExpressions.InferredDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeExpressionsTest {

  /** A Thursday. */
  private static final String ANCHOR = "2023-07-20";

  private static List<TimeValue> en(String text) {
    return TimeExpressions.find(text, "en", ANCHOR);
  }

  private static List<TimeValue> es(String text) {
    return TimeExpressions.find(text, "es", ANCHOR);
  }

  /** The only expression found, checked to be the expected surface. */
  private static TimeValue only(List<TimeValue> found, String surface) {
    assertEquals(1, found.size(), () -> "expected one expression, got " + found);
    assertEquals(surface, found.get(0).text());
    return found.get(0);
  }

  private static String values(List<TimeValue> found) {
    return found.stream().map(TimeValue::value).collect(Collectors.joining(" "));
  }

  // Found at 40,000 documents: "April 31" without a year made the year inference throw.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The meeting on April 31 was cancelled.",
        "It opens on February 30, they said.",
        "Voters will go to the polls on 31 June.",
        "He said the deal would close on Nov. 31."
      })
  void aDayTheMonthNeverHasIsNoDateAndNoCrash(String text) {
    for (TimeValue t : en(text)) {
      assertFalse(
          t.value() != null && t.value().matches("\\d{4}-(04|02|06|11)-3[01]"),
          text + " -> " + t.value());
    }
  }

  @Test
  void fullDatesInEnglishAreAbsoluteWithExactOffsets() {
    String text = "The accord was signed on July 16, 2023 in Tehran.";
    TimeValue t = only(en(text), "July 16, 2023");
    assertEquals("2023-07-16", t.value());
    assertEquals("DATE", t.type());
    assertEquals(text.indexOf("July"), t.start());
    assertEquals(text.indexOf(" in Tehran"), t.end());
    assertFalse(t.relative());
    assertEquals("2023-07-16", only(en("Signed 16 July 2023."), "16 July 2023").value());
    assertEquals("2023-07-16", only(en("Filed 2023-07-16 by the clerk."), "2023-07-16").value());
  }

  @Test
  void fullDatesInSpanish() {
    assertEquals(
        "2023-07-16", only(es("Se firmó el 16 de julio de 2023."), "16 de julio de 2023").value());
    TimeValue t = only(es("El acuerdo se firmó el 16 de julio en Caracas."), "16 de julio");
    assertEquals("2023-07-16", t.value());
    assertTrue(t.relative());
  }

  @Test
  void partialDatesKeepTheirPrecision() {
    assertEquals("2023-07", only(en("Talks began in July 2023."), "July 2023").value());
    assertEquals("2021", only(en("The plant closed in 2021."), "2021").value());
    assertEquals(
        "2023-07", only(es("Las obras empezaron en julio de 2023."), "julio de 2023").value());
    assertEquals("199", only(en("Prices fell in the 1990s."), "the 1990s").value());
    TimeValue early = only(en("Rains are expected in early March."), "early March");
    assertEquals("2023-03", early.value());
    assertEquals("START", early.mod());
    TimeValue late = only(en("The fleet sailed in late July."), "late July");
    assertEquals("2023-07", late.value());
    assertEquals("END", late.mod());
  }

  @Test
  void relativeExpressionsResolveAgainstTheAnchor() {
    assertEquals("2023-07-19", only(en("The ship docked yesterday."), "yesterday").value());
    assertEquals("2023-07-13", only(en("He spoke last Thursday."), "last Thursday").value());
    TimeValue lateLastMonth = only(en("It was agreed late last month."), "late last month");
    assertEquals("2023-06", lateLastMonth.value());
    assertEquals("END", lateLastMonth.mod());
    assertEquals("2022", only(en("Sales rose last year."), "last year").value());
    assertEquals("2023-W30", only(en("They will meet next week."), "next week").value());
    assertEquals("2023-W29", only(en("Flights resumed this week."), "this week").value());
    assertEquals("PRESENT_REF", only(en("Prices are now stable."), "now").value());
  }

  @Test
  void relativeExpressionsInSpanish() {
    assertEquals("2023-06", only(es("Se reunieron el mes pasado."), "el mes pasado").value());
    assertEquals("2023-07-19", only(es("Lo anunció ayer."), "ayer").value());
    assertEquals("2023-07-13", only(es("Llegó el pasado jueves."), "pasado jueves").value());
    assertEquals("2021", only(es("Ocurrió hace dos años."), "hace dos años").value());
  }

  @Test
  void timesOfDayTakeTheAnchorDateOrTheDateBesideThem() {
    TimeValue t = only(en("The quake struck at 10:35 a.m. local time."), "10:35 a.m.");
    assertEquals("2023-07-20T10:35", t.value());
    assertEquals("TIME", t.type());
    assertEquals(
        "2023-07-16T19:00", only(en("It ended at 7 p.m. July 16."), "7 p.m. July 16").value());
  }

  @Test
  void durationsAndSets() {
    TimeValue three = only(en("The talks lasted three years."), "three years");
    assertEquals("P3Y", three.value());
    assertEquals("DURATION", three.type());
    assertEquals("P29Y", only(en("He served 29 years in office."), "29 years").value());
    assertEquals("P2W", only(es("La huelga duró dos semanas."), "dos semanas").value());
    TimeValue every = only(en("The fair is held every year."), "every year");
    assertEquals("P1Y", every.value());
    assertEquals("SET", every.type());
    assertEquals("P1M", only(en("Rent is paid each month."), "each month").value());
    assertEquals("P1Y", only(es("Se celebra cada año."), "cada año").value());
  }

  @Test
  void aMonthDayWithoutYearTakesTheNearestPastYear() {
    List<TimeValue> winter =
        TimeExpressions.find("The vote was held on December 28.", "en", "2023-01-05");
    assertEquals("2022-12-28", only(winter, "December 28").value());
    // A few days after the anchor is still the anchor's year.
    assertEquals("2023-07-26", only(en("The deal was signed July 26."), "July 26").value());
    List<TimeValue> spring =
        TimeExpressions.find("Ballots were counted on March 3.", "en", "2024-01-10");
    assertEquals("2023-03-03", only(spring, "March 3").value());
  }

  @Test
  void withoutAnAnchorRelativeValuesAreUnknownAndUnsure() {
    TimeValue yesterday =
        only(TimeExpressions.find("It rained yesterday.", "en", null), "yesterday");
    assertNull(yesterday.value());
    assertTrue(yesterday.confidence() < 0.5);
    TimeValue monthDay = only(TimeExpressions.find("Signed on July 16.", "en", null), "July 16");
    assertEquals("XXXX-07-16", monthDay.value());
    assertTrue(monthDay.confidence() < 0.5);
  }

  @Test
  void numbersThatAreNotYearsAndWordsThatAreNotMonths() {
    assertTrue(en("The ship carried 3,200 passengers.").isEmpty());
    assertTrue(en("It failed in 2,000 cases.").isEmpty());
    assertTrue(en("About 2000 people marched to the square.").isEmpty());
    assertTrue(en("May I ask a question? Prices may rise.").isEmpty());
    assertEquals("2023-03", only(en("Farmers march on the capital in March."), "March").value());
    assertEquals("2023-05", only(en("The vote is due in May."), "May").value());
    assertTrue(en("Carol April Smith and Jan Novak wrote it.").isEmpty());
    assertTrue(en("A 6-year-old girl was rescued.").isEmpty());
  }

  @Test
  void regionLimitsTheSearchButOffsetsStayInTheDocument() {
    String text = "In 2019 the mine opened. In 2021 it closed.";
    int from = text.indexOf("In 2021");
    List<TimeValue> found = TimeExpressions.find(text, from, text.length(), "en", ANCHOR);
    TimeValue t = only(found, "2021");
    assertEquals(text.indexOf("2021"), t.start());
  }

  @Test
  void undeterminedLanguageUsesBothRuleSets() {
    List<TimeValue> found =
        TimeExpressions.find("Signed July 16, 2023 / firmado el 20 de julio de 2023", "und", null);
    assertEquals("2023-07-16 2023-07-20", values(found));
  }

  @Test
  void publicationDateFromTheTextsLatestDate() {
    String text =
        "Harbor City, July 20, 2023 - Officials said yesterday that the accord, first drafted on"
            + " March 2, 2022 and signed on July 16, 2023, takes effect in 2024.";
    InferredDate d =
        TimeExpressions.inferPublicationDate(text, TimeExpressions.find(text, "en", null));
    assertEquals("2023-07-20", d.value());
    assertTrue(d.confidence() >= 0.7, () -> "confidence " + d.confidence());
    assertTrue(d.evidence().contains("July 20, 2023"));

    String vague = "The dam was finished in March 2019 and repaired in 2020.";
    InferredDate m =
        TimeExpressions.inferPublicationDate(vague, TimeExpressions.find(vague, "en", null));
    assertEquals("2020", m.value());
    assertTrue(m.confidence() < 0.5);

    InferredDate none = TimeExpressions.inferPublicationDate("No dates here.", List.of());
    assertNull(none.value());
    assertEquals(0.0, none.confidence());
  }

  @Test
  void aWeekdayWithADayOfAMonthGivesTheYearBeforeYearsTheTextMentions() {
    java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 6);
    String en =
        "On Friday, August 1, the court sentenced the former governor, in office from 2002 to"
            + " 2010, ahead of the 2027 election.";
    assertEquals(
        "2025",
        TimeExpressions.inferPublicationDate(en, TimeExpressions.find(en, "en", null), today)
            .value());
    String es =
        "El viernes 1 de agosto el tribunal condenó al exgobernador, investigado desde 2012.";
    assertEquals(
        "2025",
        TimeExpressions.inferPublicationDate(es, TimeExpressions.find(es, "es", null), today)
            .value());
    // the most recent such year up to the day of the run
    assertEquals(
        "2014",
        TimeExpressions.inferPublicationDate(
                en, TimeExpressions.find(en, "en", null), java.time.LocalDate.of(2020, 1, 1))
            .value());
    // a full date stays the better evidence
    String dated = "On Friday, August 1, 2014, the court ruled.";
    assertEquals(
        "2014-08-01",
        TimeExpressions.inferPublicationDate(dated, TimeExpressions.find(dated, "en", null), today)
            .value());
  }

  @Test
  void anEventsDateInASentenceIsNoSureAnchorWhenTheTextSpeaksOfLaterDays() {
    String text =
        "Ports reopen along the coast\n"
            + "Ferries resumed on Monday, weeks after the treaty signed on July 16, 2023 ended"
            + " the dispute.\n";
    InferredDate d =
        TimeExpressions.inferPublicationDate(text, TimeExpressions.find(text, "en", null));
    assertEquals("2023-07-16", d.value());
    assertTrue(d.confidence() < 0.5, () -> "confidence " + d.confidence());
    assertTrue(d.evidence().contains("event"), d.evidence());

    String es =
        "Reabren los puertos\n"
            + "Los transbordadores volvieron este lunes, semanas después del tratado firmado el 16"
            + " de julio de 2023.\n";
    InferredDate e = TimeExpressions.inferPublicationDate(es, TimeExpressions.find(es, "es", null));
    assertEquals("2023-07-16", e.value());
    assertTrue(e.confidence() < 0.5, () -> "confidence " + e.confidence());

    // On a dateline of its own the same date stays a sure anchor.
    String dated = "Ports reopen along the coast\nJuly 16, 2023\n" + text.substring(29);
    InferredDate sure =
        TimeExpressions.inferPublicationDate(dated, TimeExpressions.find(dated, "en", null));
    assertEquals("2023-07-16", sure.value());
    assertTrue(sure.confidence() >= 0.5, () -> "confidence " + sure.confidence());

    // Without words of later days the date keeps its confidence.
    String plain = "Ports reopen along the coast\nThe treaty signed on July 16, 2023 ended it.\n";
    InferredDate kept =
        TimeExpressions.inferPublicationDate(plain, TimeExpressions.find(plain, "en", null));
    assertTrue(kept.confidence() >= 0.5, () -> "confidence " + kept.confidence());
  }

  /** The value of the expression with the given surface among those found. */
  private static String valueOf(List<TimeValue> found, String surface) {
    return found.stream()
        .filter(t -> t.text().equals(surface))
        .map(TimeValue::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no \"" + surface + "\" in " + found));
  }

  @Test
  void tenseCuesLookPastInitialsTitlesAndPlaces() {
    List<TimeValue> found =
        TimeExpressions.find(
            "Mr. Brown said he will succeed Daniel P. Davison Feb. 1 as chairman.",
            "en",
            "2023-10-26");
    assertEquals("2024-02-01", valueOf(found, "Feb. 1"));
    // "next to" is a place, not the next week.
    assertEquals(
        "2023-07-14", valueOf(en("Two bombs exploded next to the embassy on Friday."), "Friday"));
  }

  @Test
  void aPastTenseReportMayScheduleADateWeeksAhead() {
    List<TimeValue> found =
        TimeExpressions.find(
            "They said the sale would be completed by Dec. 10.", "en", "2023-10-31");
    assertEquals("2023-12-10", valueOf(found, "Dec. 10"));
  }

  @Test
  void aMonthWithARelativeYear() {
    assertEquals(
        "2022-06", only(en("The plant closed in June last year."), "June last year").value());
    assertEquals(
        "2023-02", only(en("Talks began in February this year."), "February this year").value());
    assertEquals(
        "2022-03",
        only(es("La planta cerró en marzo del año pasado."), "marzo del año pasado").value());
    assertEquals(
        "2024-04", only(es("Abrirá en abril del próximo año."), "abril del próximo año").value());
  }

  @Test
  void recentYearsIsAVagueDuration() {
    TimeValue years = only(en("Prices have risen in recent years."), "recent years");
    assertEquals("PXY", years.value());
    assertEquals("DURATION", years.type());
    assertEquals("PAST_REF", only(en("Shares fell after the recent sale."), "recent").value());
  }

  @Test
  void theFutureAsANounBeforeAConjunction() {
    assertEquals(
        "FUTURE_REF",
        only(en("They worried about the future and the jobs."), "the future").value());
    assertTrue(en("The charge will cut future losses.").isEmpty());
  }

  @Test
  void theYearEndedIsATwelveMonthPeriod() {
    TimeValue year = en("Profit for the year ended March 31 rose.").get(0);
    assertEquals("the year", year.text());
    assertEquals("P1Y", year.value());
    assertEquals("DURATION", year.type());
  }

  @Test
  void aDeadlineWeekdayLooksAhead() {
    assertEquals(
        "2023-07-25", only(en("The hearing was postponed until Tuesday."), "Tuesday").value());
    assertEquals(
        "2023-07-24", only(en("He said they could arrive as early as Monday."), "Monday").value());
    assertEquals("2023-07-17", only(en("Until Monday, they had said nothing."), "Monday").value());
  }

  @Test
  void lastFallSeenFromFebruaryIsLastYears() {
    List<TimeValue> found =
        TimeExpressions.find("Sales fell sharply last fall.", "en", "2024-02-06");
    assertEquals("2023-FA", only(found, "last fall").value());
  }

  @Test
  void yearsReadOutInWords() {
    assertEquals(
        "1996", only(en("In nineteen ninety-six the law changed."), "nineteen ninety-six").value());
    assertEquals(
        "1997-01",
        only(en("It happened in January nineteen ninety-seven."), "January nineteen ninety-seven")
            .value());
    assertEquals(
        "2000", only(en("They feared the year two thousand."), "the year two thousand").value());
    assertEquals(
        "1994-WI",
        only(
                en("Prices fell in the winter of nineteen ninety-four."),
                "the winter of nineteen ninety-four")
            .value());
    assertTrue(en("About two thousand people marched.").isEmpty());
  }

  @Test
  void yearEarlierResultsAreTheSamePeriodAYearBefore() {
    List<TimeValue> q =
        en("Net rose in the quarter, compared with year-earlier profit of $3 million.");
    assertEquals("2022-Q2", valueOf(q, "year-earlier"));
    assertEquals("2022", only(en("Sales rose from year-ago levels."), "year-ago").value());
  }

  @Test
  void aYearNamedBeforeQuarterIsThatYearsReportedQuarter() {
    List<TimeValue> found = en("Profit fell in the quarter from the 2022 quarter.");
    assertEquals("2022-Q2", valueOf(found, "the 2022 quarter"));
  }

  @Test
  void aRateOfAnAmountIsNotASet() {
    assertTrue(en("Sales should rise 8% annually.").isEmpty());
    TimeValue set = only(en("The festival is held annually."), "annually");
    assertEquals("P1Y", set.value());
    assertEquals("SET", set.type());
  }

  @Test
  void daysLaterCountFromAnotherEvent() {
    TimeValue later = only(en("Three days later, the talks resumed."), "Three days");
    assertEquals("P3D", later.value());
    assertEquals("DURATION", later.type());
    assertEquals("P10D", only(en("He left ten days before the vote."), "ten days").value());
    // "ago" still counts back from the anchor.
    assertEquals("2023-07-10", only(en("He left ten days ago."), "ten days ago").value());
  }

  @Test
  void aPastVerbRightBeforeADateMakesItPast() {
    // "issued" right before the date is a past tense although "will" follows in the sentence.
    List<TimeValue> found =
        TimeExpressions.find(
            "Holders of the shares issued July 1 will receive a smaller dividend.",
            "en",
            "2023-04-27");
    assertEquals("2022-07-01", valueOf(found, "July 1"));
  }

  @Test
  void comingWeeksIsAVagueDuration() {
    assertEquals("PXW", only(en("Rates may fall in coming weeks."), "coming weeks").value());
    assertEquals(
        "PXM", only(en("Sales will slow in the months ahead."), "the months ahead").value());
  }

  @Test
  void lastBeforeAMonthDayPicksThePastOne() {
    TimeValue t = only(en("He was shot last Oct. 23 at his home."), "last Oct. 23");
    assertEquals("2022-10-23", t.value());
    assertEquals("2024-03-03", only(en("The vote is due next March 3."), "next March 3").value());
  }

  @Test
  void theYearInAReportIsTheCurrentYear() {
    assertEquals("2023", only(en("Sales for the full year rose 5%."), "the full year").value());
    assertEquals("2023", valueOf(en("The stock hit a high for the year in June."), "the year"));
    assertEquals("P1Y", valueOf(en("Net fell in the year ended March 31."), "the year"));
    assertTrue(en("He recalled the year before the war.").isEmpty());
  }

  @Test
  void lastNightIsYesterdaysNight() {
    TimeValue t = only(en("The network reported last night that talks failed."), "last night");
    assertEquals("2023-07-19TNI", t.value());
    assertEquals("TIME", t.type());
  }

  @Test
  void moreBetweenCountAndUnitStillADuration() {
    assertEquals("P2W", only(en("He will stay for two more weeks."), "two more weeks").value());
    assertEquals(
        "P1Y", only(en("The lease runs an additional year."), "an additional year").value());
  }

  @Test
  void decadesInWords() {
    assertEquals("199", only(en("Crime fell through the nineties."), "the nineties").value());
    assertTrue(en("Both men are in their forties.").isEmpty());
  }

  @Test
  void theNearTermIsTheFuture() {
    assertEquals(
        "FUTURE_REF", only(en("Profits will suffer in the near term."), "the near term").value());
    assertEquals(
        "FUTURE_REF", only(en("Shares may dip in the short term."), "the short term").value());
  }

  @Test
  void tradingDaysAndACoupleOfYearsAreDurations() {
    assertEquals("P8D", only(en("Eight trading days passed."), "Eight trading days").value());
    assertEquals(
        "P2Y",
        only(en("Prices will rise over the next couple of years."), "the next couple of years")
            .value());
  }

  @Test
  void overBeforeTheNextYearsIsASpanNotMoreThan() {
    TimeValue t = only(en("Costs will fall over the next two years."), "the next two years");
    assertEquals("P2Y", t.value());
    assertNull(t.mod());
    assertEquals("MORE_THAN", only(en("He waited over three years."), "over three years").mod());
  }

  @Test
  void earlySummerWithoutAnArticle() {
    TimeValue t = only(en("Orders were weak in early summer."), "early summer");
    assertEquals("2023-SU", t.value());
    assertEquals("START", t.mod());
  }

  @Test
  void clockTimesWithAPartOfDay() {
    assertEquals(
        "2023-07-20T04:00",
        only(en("The convoy left at 4 in the morning."), "4 in the morning").value());
    assertEquals(
        "2023-07-20T22:00",
        only(en("It started at ten o'clock in the evening."), "ten o'clock in the evening")
            .value());
    assertEquals(
        "2023-07-20T23:00", only(en("The shop closes at 11 at night."), "11 at night").value());
  }

  @Test
  void theEndOfTheMonth() {
    TimeValue t = only(en("Troops will arrive by the end of the month."), "the end of the month");
    assertEquals("2023-07", t.value());
    assertEquals("END", t.mod());
    assertEquals(
        "2023-W29",
        only(en("A deal is due by the middle of this week."), "the middle of this week").value());
  }
}
