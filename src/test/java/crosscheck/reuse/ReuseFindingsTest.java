package crosscheck.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Edit;
import crosscheck.model.ReuseFinding;
import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReuseFindingsTest {

  static PassagePair pair(String a, int as, String b, int bs, String kind, List<Edit> edits) {
    return new PassagePair(
        a, as, as + 100, "text " + a, b, bs, bs + 100, "text " + b, kind, 0.9, edits);
  }

  @Test
  void theEarlierPublicationBecomesSideAAndEditsAreInverted() {
    PassagePair p =
        pair(
            "alpha",
            0,
            "beta",
            50,
            "near_verbatim",
            List.of(new Edit("insert", "", "its"), new Edit("number", "3,200", "4,200")));
    List<ReuseFinding> f =
        ReuseFindings.build(
            List.of(p), Map.of("alpha", "2024-05-02", "beta", "2024-05-01"), Map.of());
    assertEquals("beta", f.get(0).a().doc());
    assertEquals(50, f.get(0).a().start());
    assertEquals(
        List.of(new Edit("delete", "its", ""), new Edit("number", "4,200", "3,200")),
        f.get(0).edits());
  }

  @Test
  void withoutDatesTheSmallerIdIsSideA() {
    PassagePair p = pair("zulu", 0, "alpha", 10, "verbatim", List.of());
    assertEquals("alpha", ReuseFindings.build(List.of(p), Map.of(), Map.of()).get(0).a().doc());
  }

  @Test
  void idsDependOnDocumentsOffsetsAndKindOnly() {
    PassagePair p = pair("a", 0, "b", 10, "verbatim", List.of());
    String id = ReuseFindings.build(List.of(p), Map.of(), Map.of()).get(0).id();
    PassagePair other = pair("c", 5, "d", 7, "verbatim", List.of());
    assertEquals(
        id,
        ReuseFindings.build(List.of(other, p), Map.of(), Map.of()).stream()
            .filter(f -> f.a().doc().equals("a"))
            .findFirst()
            .orElseThrow()
            .id());
    assertTrue(id.matches("r-[0-9a-f]{12}"), id);
    assertNotEquals(
        id,
        ReuseFindings.build(
                List.of(pair("a", 1, "b", 10, "verbatim", List.of())), Map.of(), Map.of())
            .get(0)
            .id());
  }

  @Test
  void copiesOfOnePassageFormOneFamilyAndOthersTheirOwn() {
    PassagePair ab = pair("a", 0, "b", 0, "verbatim", List.of());
    PassagePair bc = pair("b", 10, "c", 0, "near_verbatim", List.of()); // overlaps b's side of ab
    PassagePair de = pair("d", 0, "e", 0, "verbatim", List.of());
    List<ReuseFinding> f = ReuseFindings.build(List.of(ab, bc, de), Map.of(), Map.of());
    assertEquals(f.get(0).family(), f.get(1).family());
    assertNotEquals(f.get(0).family(), f.get(2).family());
  }

  @Test
  void aParaphraseInsideACopiedPassageIsNotReportedTwice() {
    PassagePair copy =
        new PassagePair("a", 0, 500, "x", "b", 0, 500, "y", "near_verbatim", 0.9, List.of());
    PassagePair para =
        new PassagePair("a", 100, 200, "x", "b", 120, 210, "y", "paraphrase", 0.8, List.of());
    assertEquals(
        List.of("near_verbatim"),
        ReuseFindings.build(List.of(copy, para), Map.of(), Map.of()).stream()
            .map(ReuseFinding::kind)
            .toList());
  }

  @Test
  void speakersComeFromEachSidesAttributions() {
    PassagePair p = pair("a", 0, "b", 0, "near_verbatim", List.of());
    Map<String, List<Attribution>> attributions =
        Map.of("b", List.of(new Attribution(0, 100, "Jane Roe", "said", true)));
    ReuseFinding f = ReuseFindings.build(List.of(p), Map.of(), attributions).get(0);
    assertEquals(null, f.a().speaker());
    assertEquals("Jane Roe", f.b().speaker());
  }
}
