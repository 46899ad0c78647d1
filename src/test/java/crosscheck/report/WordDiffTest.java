package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.report.WordDiff.Op;
import crosscheck.report.WordDiff.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void doubledWordIsAnInsertion() {
    String a = "Iran is reaching its full geopolitical potential in the region.";
    String b = "Iran is reaching its full its geopolitical potential in the region";
    List<Segment> diff = WordDiff.diff(a, b);
    assertEquals(
        List.of(
            new Segment(Op.SAME, "Iran is reaching its full ", "Iran is reaching its full "),
            new Segment(Op.INSERT, "", "its "),
            new Segment(
                Op.SAME,
                "geopolitical potential in the region",
                "geopolitical potential in the region"),
            new Segment(Op.DELETE, ".", "")),
        diff);
    assertRebuilds(a, b, diff);
  }

  @Test
  void changedNumbersAreNotPlainSubstitutions() {
    List<Segment> diff =
        WordDiff.diff("The board approved 12 new cranes.", "The board approved 1,200 new cranes.");
    assertEquals(new Segment(Op.NUMBER, "12 ", "1,200 "), diff.get(1));
    assertEquals(3, diff.size());
  }

  @Test
  void replacedWordsAreSubstitutionsAndRemovedWordsDeletions() {
    String a = "Officials said the large deal was signed quickly on Monday";
    String b = "Officials stated the deal was signed on Monday";
    List<Segment> diff = WordDiff.diff(a, b);
    assertTrue(diff.contains(new Segment(Op.SUBSTITUTE, "said ", "stated ")), diff.toString());
    assertTrue(diff.contains(new Segment(Op.DELETE, "large ", "")), diff.toString());
    assertTrue(diff.contains(new Segment(Op.DELETE, "quickly ", "")), diff.toString());
    assertRebuilds(a, b, diff);
  }

  @Test
  void curlyAndStraightQuotesAndSpacingCountAsTheSameWords() {
    List<Segment> diff = WordDiff.diff("Iran’s  drones", "Iran's drones");
    assertEquals(1, diff.size());
    assertEquals(Op.SAME, diff.get(0).op());
    assertEquals("Iran’s  drones", diff.get(0).a());
    assertEquals("Iran's drones", diff.get(0).b());
  }

  @Test
  void emptyAndWhitespaceSidesRebuildExactly() {
    assertEquals(List.of(new Segment(Op.INSERT, "", "new text")), WordDiff.diff("", "new text"));
    assertEquals(List.of(new Segment(Op.DELETE, "old", "")), WordDiff.diff("old", null));
    assertEquals(List.of(), WordDiff.diff("", ""));
    String a = "  leading space and <b>markup</b> & more\n";
    String b = "leading space, and <i>markup</i>";
    assertRebuilds(a, b, WordDiff.diff(a, b));
  }

  @Test
  void tooLongPassagesFallBackToOneChange() {
    String a = "w ".repeat(2100) + "same end";
    String b = "v ".repeat(2100) + "same end";
    List<Segment> diff = WordDiff.diff(a, b);
    assertEquals(Op.SUBSTITUTE, diff.get(0).op());
    assertEquals(Op.SAME, diff.get(1).op());
    assertRebuilds(a, b, diff);
  }

  @Test
  void tokensKeepNumbersAndContractionsWhole() {
    assertEquals(
        List.of("Iran's ", "3.5 ", "km", ", ", "1,200", "."),
        WordDiff.tokens("Iran's 3.5 km, 1,200."));
  }

  private static void assertRebuilds(String a, String b, List<Segment> diff) {
    assertEquals(a, diff.stream().map(Segment::a).collect(Collectors.joining()));
    assertEquals(b, diff.stream().map(Segment::b).collect(Collectors.joining()));
  }
}
