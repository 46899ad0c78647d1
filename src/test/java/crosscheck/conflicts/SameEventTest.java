package crosscheck.conflicts;

import static crosscheck.conflicts.ClaimFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameEventTest {

  private static Claim signing(String doc, String trigger, String dateWords, String value) {
    return claim(
            doc, "Norway and Peru " + trigger + " a fisheries memorandum on " + dateWords + ".")
        .trigger(trigger.startsWith("agree") ? "agree" : "sign")
        .category("memorandum")
        .actors("country:NO", "country:PE", "person:lena haugen")
        .date(dateWords, value)
        .toClaim();
  }

  @Test
  void theSameSigningToldTwiceScoresHigh() {
    double s =
        SameEvent.score(
            signing("a", "signed", "July 16, 2023", "2023-07-16"),
            signing("b", "signed", "July 16, 2023", "2023-07-16"),
            false);
    assertTrue(s > 0.9, "score " + s);
  }

  @Test
  void disagreeingDaysOfOneSigningStillScoreAsOneEvent() {
    double s =
        SameEvent.score(
            signing("a", "signed", "July 16, 2023", "2023-07-16"),
            signing("b", "signed", "July 20, 2023", "2023-07-20"),
            false);
    assertTrue(s >= SameEvent.DEFAULT_MIN_SCORE, "score " + s);
  }

  @Test
  void agreeingIsSigningAndDyingIsKilling() {
    assertTrue(
        SameEvent.score(
                signing("a", "signed", "July 16, 2023", "2023-07-16"),
                signing("b", "agreed", "July 16, 2023", "2023-07-16"),
                false)
            > 0.9);
    assertEquals("kill", SameEvent.triggerGroup("die"));
    assertEquals(SameEvent.triggerGroup("conclude"), SameEvent.triggerGroup("sign"));
  }

  @Test
  void differentTriggersDocumentsOrYearsAreNeverOneEvent() {
    Claim signed = signing("a", "signed", "July 16, 2023", "2023-07-16");
    Claim met =
        claim("b", "Norway and Peru met on July 16, 2023.")
            .trigger("meet")
            .actors("country:NO", "country:PE")
            .date("July 16, 2023", "2023-07-16")
            .toClaim();
    assertEquals(0, SameEvent.score(signed, met, true));
    assertEquals(
        0, SameEvent.score(signed, signing("a", "signed", "July 16, 2023", "2023-07-16"), true));
    assertEquals(0, SameEvent.score(signed, signing("b", "signed", "March 2010", "2010-03"), true));
  }

  @Test
  void anotherPairOfCountriesIsAnotherAgreement() {
    Claim a = signing("a", "signed", "July 16, 2023", "2023-07-16");
    Claim b =
        claim("b", "Chile and Peru signed a fisheries memorandum in 2023.")
            .category("memorandum")
            .actors("country:CL", "country:PE")
            .date("2023", "2023")
            .toClaim();
    assertTrue(SameEvent.score(a, b, false) < SameEvent.DEFAULT_MIN_SCORE);
  }

  @Test
  void aReuseAlignmentIsStrongEvidence() {
    Claim a = claim("a", "The pact was signed on July 16.").category("pact").toClaim();
    Claim b =
        claim("b", "The pact was signed on July 16 in the capital.").category("pact").toClaim();
    assertTrue(SameEvent.score(a, b, false) < SameEvent.DEFAULT_MIN_SCORE);
    assertTrue(SameEvent.score(a, b, true) >= SameEvent.DEFAULT_MIN_SCORE);
  }

  @Test
  void reportsAreNoEvents() {
    Claim a =
        claim("a", "Norway and Peru reported progress.")
            .trigger("report")
            .actors("country:NO", "country:PE")
            .toClaim();
    Claim b =
        claim("b", "Norway and Peru reported progress.")
            .trigger("report")
            .actors("country:NO", "country:PE")
            .toClaim();
    assertEquals(0, SameEvent.score(a, b, true));
    assertEquals(List.of(), SameEvent.blockingKeys(a));
  }

  @Test
  void blocksPairTheTriggerWithEachPairOfActors() {
    Claim c =
        claim("a", "x")
            .trigger("agree")
            .actors("person:lena haugen", "country:PE", "country:NO")
            .toClaim();
    assertEquals(
        List.of(
            "sign|country:NO|country:PE",
            "sign|country:NO|person:lena haugen",
            "sign|country:PE|person:lena haugen"),
        SameEvent.blockingKeys(c));
    Claim single = claim("b", "x").trigger("die").actors("place:lake tumba").toClaim();
    assertEquals(List.of("kill|place:lake tumba"), SameEvent.blockingKeys(single));
  }
}
