package crosscheck.conflicts;

import static crosscheck.conflicts.ClaimFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Corroboration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConflictFinderTest {

  private static final double MIN = SameEvent.DEFAULT_MIN_SCORE;
  private static final String[] PARTIES = {"country:NO", "country:PE", "person:lena haugen"};

  /** A signing of the Norway–Peru fisheries memorandum as one document tells it. */
  private static ClaimFixture signing(String doc, String sentence) {
    return claim(doc, sentence).trigger("sign").category("memorandum").actors(PARTIES);
  }

  private static List<ConflictFinding> find(ClaimWithEvidence... claims) {
    return ConflictFinder.find(List.of(claims), Set.of(), MIN);
  }

  private static List<String> values(ConflictFinding f) {
    return f.values().stream().map(v -> v.value() + "@" + v.doc()).sorted().toList();
  }

  private static List<ClaimWithEvidence> threeDates() {
    return List.of(
        signing(
                "news-a",
                "On July 16, 2023, Norway and Peru signed a fisheries memorandum, minister Lena Haugen said.")
            .at(2, 140)
            .date("July 16, 2023", "2023-07-16")
            .build(),
        signing("news-b", "Lena Haugen's Norway signed the memorandum with Peru on July 20.")
            .at(0, 0)
            .date("July 20", "XXXX-07-20")
            .build(),
        signing(
                "news-c",
                "The fisheries memorandum Norway and Peru signed on July 26, 2023 sets quotas.")
            .at(4, 610)
            .date("July 26, 2023", "2023-07-26")
            .build(),
        signing(
                "news-d",
                "In July 2023, Norway and Peru signed a memorandum, Lena Haugen confirmed.")
            .at(1, 75)
            .date("July 2023", "2023-07")
            .build());
  }

  @Test
  void threeSourcesDatingOneSigningDifferentlyAreOneConflict() {
    List<ConflictFinding> found = ConflictFinder.find(threeDates(), Set.of(), MIN);
    assertEquals(1, found.size(), found.toString());
    ConflictFinding f = found.get(0);
    assertEquals("date", f.attribute());
    // The month-only source agrees with each of them: it takes no side.
    assertEquals(List.of("2023-07-16@news-a", "2023-07-20@news-b", "2023-07-26@news-c"), values(f));
    ConflictValue c =
        f.values().stream().filter(v -> v.doc().equals("news-c")).findFirst().orElseThrow();
    assertEquals("signed on July 26, 2023", c.text());
    assertEquals(610 + c.sentence().indexOf("signed on"), c.start());
    assertTrue(f.topic().startsWith("signing of the 2023 Norway–Peru memorandum"), f.topic());
    assertTrue(
        f.explanation().startsWith("3 sources date the signing differently: 2023-07-16 (news-a)"),
        f.explanation());
    assertTrue(f.confidence() > 0.5 && f.confidence() <= 1, "confidence " + f.confidence());
    assertTrue(f.id().matches("c-[0-9a-f]{12}"), f.id());
  }

  @Test
  void aMonthAgreesWithADayOfIt() {
    assertEquals(
        List.of(),
        find(
            signing("a", "In July 2023, Norway and Peru signed a memorandum.")
                .date("July 2023", "2023-07")
                .build(),
            signing("b", "Norway and Peru signed a memorandum on July 16, 2023.")
                .date("July 16, 2023", "2023-07-16")
                .build()));
  }

  @Test
  void anApproximateCountAgreesWithAnExactOne() {
    assertEquals(
        List.of(),
        find(
            ferry("a", "The ferry carried some 4,200 passengers.")
                .quantity("some 4,200", 4200, "APPROX", "passengers")
                .build(),
            ferry("b", "The ferry carried 4,234 passengers.")
                .quantity("4,234", 4234, "EXACT", "passengers")
                .build()));
  }

  @Test
  void aLowerBoundAgreesWithTheAmount() {
    assertEquals(
        List.of(),
        find(
            attack("a", "At least 3 people were killed in the blast.")
                .quantity("At least 3", 3, "AT_LEAST", "people")
                .build(),
            attack("b", "The blast killed 3 people.").quantity("3", 3, "EXACT", "people").build()));
  }

  @Test
  void differentCountsOfOneAttributeConflict() {
    List<ConflictFinding> found =
        find(
            ferry("a", "The 3,200-passenger ferry carried them across.")
                .quantity("3,200-passenger", 3200, "EXACT", "passengers")
                .build(),
            ferry("b", "The ferry carried 4,200 passengers across.")
                .quantity("4,200", 4200, "EXACT", "passengers")
                .build());
    assertEquals(1, found.size());
    assertEquals("quantity", found.get(0).attribute());
    assertEquals("passenger", found.get(0).measure());
    assertEquals(List.of("3200@a", "4200@b"), values(found.get(0)));
    ConflictValue b = found.get(0).values().get(1);
    assertEquals("4,200 passengers", b.text());
  }

  @Test
  void partsAreNotTotals() {
    assertEquals(
        List.of(),
        find(
            attack(
                    "a",
                    "Rescuers found 55 identified bodies and 20 unidentified ones after the blast killed them.")
                .quantity("55", 55, "EXACT", "bodies", "identified", null)
                .quantity("20", 20, "EXACT", "ones", "unidentified", null)
                .build(),
            attack("b", "The blast killed 75 people.")
                .quantity("75", 75, "EXACT", "people")
                .build(),
            attack("c", "The blast killed 75 in all, the toll says.")
                .quantity("75", 75, "EXACT", null)
                .build()));
  }

  @Test
  void aMemorandumOfAnotherYearIsAnotherEvent() {
    List<ClaimWithEvidence> claims = new ArrayList<>(threeDates().subList(0, 1));
    claims.add(
        signing("old", "Norway and Peru first signed a fisheries memorandum in March 2010.")
            .date("March 2010", "2010-03")
            .build());
    claims.add(
        signing(
                "old2",
                "The two countries signed a memorandum on March 3, 2010, Lena Haugen recalled.")
            .date("March 3, 2010", "2010-03-03")
            .build());
    assertEquals(List.of(), ConflictFinder.find(claims, Set.of(), MIN));
  }

  @Test
  void aYearlessDateNeverBridgesTwoYears() {
    List<ClaimWithEvidence> claims =
        List.of(
            signing("a", "Norway and Peru signed the memorandum on July 16, 2023.")
                .date("July 16, 2023", "2023-07-16")
                .build(),
            signing("b", "Norway and Peru signed the memorandum on July 20.")
                .date("July 20", "XXXX-07-20")
                .build(),
            signing("c", "Norway and Peru signed a memorandum on March 3, 2010.")
                .date("March 3, 2010", "2010-03-03")
                .build());
    List<ConflictFinding> found = ConflictFinder.find(claims, Set.of(), MIN);
    assertEquals(1, found.size());
    assertEquals(List.of("2023-07-16@a", "2023-07-20@b"), values(found.get(0)));
  }

  @Test
  void anotherPairOfCountriesIsAnotherAgreement() {
    assertEquals(
        List.of(),
        find(
            signing("a", "Norway and Peru signed a memorandum on July 16, 2023.")
                .date("July 16, 2023", "2023-07-16")
                .build(),
            claim("b", "Chile and Peru signed a memorandum on July 20, 2023.")
                .category("memorandum")
                .actors("country:CL", "country:PE")
                .date("July 20, 2023", "2023-07-20")
                .build()));
  }

  @Test
  void aReportDateIsNotTheEventDate() {
    assertEquals(
        List.of(),
        find(
            signing("a", "Norway and Peru signed the memorandum on July 16, 2023.")
                .date("July 16, 2023", "2023-07-16")
                .build(),
            signing(
                    "b",
                    "On July 20, state radio reported that Norway and Peru signed a memorandum.")
                .reported("July 20", "2023-07-20")
                .build(),
            // An extractor that handed the report's words to the event too must not make a
            // conflict.
            signing("c", "On July 22, Peruvian media reported Norway signed the memorandum.")
                .reported("July 22", "2023-07-22")
                .date("July 22", "2023-07-22")
                .build()));
  }

  @Test
  void negatedAndReportOnlyClaimsTakeNoPart() {
    assertEquals(
        List.of(),
        find(
            signing("a", "Norway and Peru signed the memorandum on July 16, 2023.")
                .date("July 16, 2023", "2023-07-16")
                .build(),
            signing("b", "Norway and Peru did not sign a memorandum on July 20, 2023.")
                .negated()
                .date("July 20, 2023", "2023-07-20")
                .build(),
            signing("c", "Norway and Peru reported a memorandum on July 21, 2023.")
                .trigger("report")
                .date("July 21, 2023", "2023-07-21")
                .build()));
  }

  @Test
  void aTreatyIsNotAMemorandumButAnAgreementIsEither() {
    List<ConflictFinding> found =
        find(
            signing("a", "Norway and Peru signed a memorandum of understanding in 2023.").build(),
            signing("b", "Norway and Peru signed a treaty in 2023.").category("treaty").build(),
            signing("c", "Norway and Peru signed an agreement in 2023.")
                .category("agreement")
                .build());
    assertEquals(1, found.size());
    assertEquals("category", found.get(0).attribute());
    assertEquals(List.of("memorandum@a", "treaty@b"), values(found.get(0)));
    assertEquals("memorandum of understanding", found.get(0).values().get(0).text());
  }

  @Test
  void threeIndependentSourcesAgreeingAreACorroborationTwoAreNot() {
    List<ClaimWithEvidence> claims =
        List.of(
            signing("a", "Norway and Peru signed the memorandum on July 16, 2023.")
                .outlet("Fjord Post")
                .date("July 16, 2023", "2023-07-16")
                .build(),
            signing("b", "On July 16, 2023 Norway and Peru signed a memorandum.")
                .outlet("Andes Daily")
                .date("July 16, 2023", "2023-07-16")
                .build(),
            signing("c", "Peru and Norway signed the memorandum on July 16, 2023, officials said.")
                .outlet("Lima Ledger")
                .date("July 16, 2023", "2023-07-16")
                .build());
    assertEquals(
        List.of(),
        ConflictFinder.corroborations(claims.subList(0, 2), Set.of(), MIN).stream()
            .filter(k -> k.attribute().equals("date"))
            .toList());
    List<Corroboration> agreed = ConflictFinder.corroborations(claims, Set.of(), MIN);
    List<Corroboration> dates = agreed.stream().filter(k -> k.attribute().equals("date")).toList();
    assertEquals(1, dates.size());
    assertEquals("2023-07-16", dates.get(0).value());
    assertEquals(
        List.of("a", "b", "c"), dates.get(0).support().stream().map(ConflictValue::doc).toList());
    assertTrue(dates.get(0).id().matches("k-[0-9a-f]{12}"));
    assertEquals(List.of(), ConflictFinder.find(claims, Set.of(), MIN));
  }

  @Test
  void oneOutletOrACopiedSentenceIsOneSource() {
    ClaimWithEvidence a =
        signing("a", "Norway and Peru signed the memorandum on July 16, 2023.")
            .outlet("Fjord Post")
            .date("July 16, 2023", "2023-07-16")
            .build();
    ClaimWithEvidence sameOutlet =
        signing("b", "On July 16, 2023 Norway and Peru signed a memorandum.")
            .outlet("fjord post")
            .date("July 16, 2023", "2023-07-16")
            .build();
    ClaimWithEvidence copied =
        signing("c", "Norway and Peru signed the memorandum on July 16, 2023.")
            .outlet("Andes Daily")
            .at(7, 300)
            .date("July 16, 2023", "2023-07-16")
            .build();
    assertEquals(List.of(), ConflictFinder.corroborations(List.of(a, sameOutlet), Set.of(), MIN));
    ClaimWithEvidence accented =
        signing("d", "On July 16, 2023 Norway and Peru signed a memorandum.")
            .outlet("Fjörd Pöst ")
            .date("July 16, 2023", "2023-07-16")
            .build();
    assertEquals(
        List.of(),
        ConflictFinder.corroborations(List.of(a, accented), Set.of(), MIN),
        "an outlet's name with or without accents is one outlet");
    Set<String> reuse = Set.of(ConflictFinder.sentencePair("c", 7, "a", 0));
    assertEquals(List.of(), ConflictFinder.corroborations(List.of(a, copied), reuse, MIN));
  }

  @Test
  void hedgedClaimsLowerTheConfidence() {
    ClaimWithEvidence a =
        signing("a", "Norway and Peru signed the memorandum on July 16, 2023.")
            .date("July 16, 2023", "2023-07-16")
            .build();
    ClaimWithEvidence b =
        signing("b", "Norway and Peru signed the memorandum on July 20, 2023.")
            .date("July 20, 2023", "2023-07-20")
            .build();
    ClaimWithEvidence hedged =
        signing("b", "Norway and Peru reportedly signed the memorandum on July 20, 2023.")
            .hedged()
            .date("July 20, 2023", "2023-07-20")
            .build();
    double sure = find(a, b).get(0).confidence();
    double unsure = find(a, hedged).get(0).confidence();
    assertTrue(unsure < sure, unsure + " vs " + sure);
  }

  @ParameterizedTest(name = "shuffled with seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void idsAndOrderDoNotDependOnInputOrder(long seed) {
    List<ClaimWithEvidence> claims = new ArrayList<>(threeDates());
    claims.add(
        ferry("a", "The ferry carried 3,200 passengers.")
            .quantity("3,200", 3200, "EXACT", "passengers")
            .build());
    claims.add(
        ferry("b", "The ferry carried 4,200 passengers.")
            .quantity("4,200", 4200, "EXACT", "passengers")
            .build());
    ConflictFinder.Result first = ConflictFinder.analyze(claims, Set.of(), MIN);
    assertEquals(2, first.conflicts().size());
    List<ClaimWithEvidence> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(first, ConflictFinder.analyze(shuffled, Set.of(), MIN));
  }

  @Test
  void documentsStatingBothAmountsDoNotDisagree() {
    assertEquals(
        List.of(),
        find(
            ferry(
                    "a",
                    "The ferry carried 3,200 passengers in summer and 1,000 passengers in winter.")
                .quantity("3,200", 3200, "EXACT", "passengers")
                .quantity("1,000", 1000, "EXACT", "passengers")
                .build(),
            ferry("b", "It carried 1,000 passengers in winter, against 3,200 passengers in summer.")
                .quantity("1,000", 1000, "EXACT", "passengers")
                .quantity("3,200", 3200, "EXACT", "passengers")
                .build()));
  }

  @Test
  void percentagesOfNothingNamedAreNotCompared() {
    assertEquals(
        List.of(),
        find(
            ferry("a", "Tumba Ferries carried 2.1% more people on the lake.")
                .quantity("2.1%", 2.1, "EXACT", null, null, "percent")
                .build(),
            ferry("b", "Tumba Ferries carried 8% of all people on the lake.")
                .quantity("8%", 8, "EXACT", null, null, "percent")
                .build()));
  }

  @Test
  void datesMonthsApartAreTwoEventsNotOneDisagreement() {
    assertEquals(
        List.of(),
        find(
            claim("a", "Norway and Peru met in early March 2023.")
                .trigger("meet")
                .actors(PARTIES)
                .date("early March 2023", "2023-03", "START")
                .build(),
            claim("b", "Norway and Peru met on July 16, 2023.")
                .trigger("meet")
                .actors(PARTIES)
                .date("July 16, 2023", "2023-07-16")
                .build()));
  }

  @Test
  void oneSharedNameIsATopicNotAnEvent() {
    assertEquals(
        List.of(),
        find(
            claim("a", "Peru sold 3,000 tonnes of fish.")
                .trigger("sell")
                .actors("country:PE")
                .quantity("3,000", 3000, "EXACT", "tonnes")
                .build(),
            claim("b", "Peru sold 5,000 tonnes of copper to a buyer.")
                .trigger("sell")
                .actors("country:PE", "org:andes mining")
                .quantity("5,000", 5000, "EXACT", "tonnes")
                .build()));
  }

  @Test
  void aBoundCorroboratesNothing() {
    List<Corroboration> agreed =
        ConflictFinder.corroborations(
            List.of(
                ferry("a", "The ferry carried 4,234 passengers.")
                    .quantity("4,234", 4234, "EXACT", "passengers")
                    .build(),
                ferry("b", "The ferry carried more than 1,000 passengers.")
                    .quantity("more than 1,000", 1000, "MORE_THAN", "passengers")
                    .build()),
            Set.of(),
            MIN);
    assertEquals(List.of(), agreed);
  }

  private static ClaimFixture ferry(String doc, String sentence) {
    return claim(doc, sentence).trigger("carry").actors("org:tumba ferries", "place:lake tumba");
  }

  private static ClaimFixture attack(String doc, String sentence) {
    return claim(doc, sentence).trigger("kill").actors("place:port vell", "org:harbour police");
  }
}
