package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

  private static List<String> paragraphs(String text) {
    return ParagraphSplitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void linePerParagraphGivesEachLine() {
    String text =
        "Harbour Council Approves New Ferry Route\n"
            + "The council of Port Alder voted on Tuesday to open a ferry route to the northern"
            + " islands, a plan debated for more than a decade by residents and fishermen alike.\n"
            + "Mayor Dana Whitfield said the first crossing would take place in the spring.\n"
            + "Opponents argue the harbour is too shallow for the larger vessels.\n";
    assertEquals(
        List.of(
            "Harbour Council Approves New Ferry Route",
            "The council of Port Alder voted on Tuesday to open a ferry route to the northern"
                + " islands, a plan debated for more than a decade by residents and fishermen"
                + " alike.",
            "Mayor Dana Whitfield said the first crossing would take place in the spring.",
            "Opponents argue the harbour is too shallow for the larger vessels."),
        paragraphs(text));
    assertEquals(ParagraphSplitter.Layout.LINE_PER_PARAGRAPH, ParagraphSplitter.detectLayout(text));
  }

  @Test
  void blankLineSeparatedLongLinesStayParagraphsAndMixedSingleNewlinesSplit() {
    String text =
        "Storm Closes Coastal Road\n\n"
            + "Heavy rain closed the coastal road between Ferncliff and Lowmarsh on Sunday, leaving"
            + " hundreds of drivers stranded for several hours.\n\n"
            + "Road crews worked through the night.\n"
            + "Officials expect the road to reopen by Wednesday.";
    assertEquals(
        List.of(
            "Storm Closes Coastal Road",
            "Heavy rain closed the coastal road between Ferncliff and Lowmarsh on Sunday, leaving"
                + " hundreds of drivers stranded for several hours.",
            "Road crews worked through the night.",
            "Officials expect the road to reopen by Wednesday."),
        paragraphs(text));
  }

  @Test
  void hardWrappedTextJoinsWrappedLines() {
    String text =
        "Lake Orrin Dam Inspection Finds Cracks\n"
            + "\n"
            + "Engineers inspecting the Lake Orrin dam found a series of hairline\n"
            + "cracks in its western spillway, the regional water authority said\n"
            + "on Thursday, adding that the structure remained safe for now.\n"
            + "\n"
            + "The authority's chief engineer, Tomas Reyland, said repairs would\n"
            + "begin before the autumn rains. He said the cost was not yet known\n"
            + "but would be covered by the existing maintenance budget.\n";
    List<String> paragraphs = paragraphs(text);
    assertEquals(3, paragraphs.size());
    assertEquals("Lake Orrin Dam Inspection Finds Cracks", paragraphs.get(0));
    assertTrue(paragraphs.get(1).startsWith("Engineers inspecting"));
    assertTrue(paragraphs.get(1).endsWith("safe for now."));
    assertTrue(paragraphs.get(2).startsWith("The authority's chief engineer"));
    assertTrue(paragraphs.get(2).endsWith("maintenance budget."));
    assertEquals(ParagraphSplitter.Layout.HARD_WRAPPED, ParagraphSplitter.detectLayout(text));
  }

  @Test
  void hardWrappedBlockBreaksAfterAShortLineTheNextWordWouldHaveFitted() {
    String text =
        "Engineers inspecting the Lake Orrin dam found a series of hairline\n"
            + "cracks in its western spillway, officials said.\n"
            + "Repairs start soon.\n"
            + "The authority's chief engineer, Tomas Reyland, said repairs would\n"
            + "begin before the autumn rains and be paid from the existing budget.\n";
    List<String> paragraphs = paragraphs(text);
    assertEquals(3, paragraphs.size(), paragraphs.toString());
    assertEquals(
        "Engineers inspecting the Lake Orrin dam found a series of hairline\n"
            + "cracks in its western spillway, officials said.",
        paragraphs.get(0));
    assertEquals("Repairs start soon.", paragraphs.get(1));
  }

  @Test
  void crlfAndNoBreakSpacesAreTrimmedAndEmptyLinesIgnored() {
    String text =
        "\uFEFF\u00A0 First paragraph about the harbour.\u00A0\r\n"
            + "\r\n"
            + " \u00A0\t\r\n"
            + "Second paragraph about the ferry.\r\n"
            + "\u202FThird one.\u00A0";
    List<Span> spans = ParagraphSplitter.split(text);
    assertEquals(
        List.of(
            "First paragraph about the harbour.",
            "Second paragraph about the ferry.",
            "Third one."),
        spans.stream().map(s -> s.of(text)).toList());
    for (Span span : spans) {
      assertTrue(!Character.isWhitespace(text.charAt(span.start())));
      assertTrue(text.charAt(span.end() - 1) == '.');
    }
  }

  @Test
  void emptyAndBlankTextsHaveNoParagraphs() {
    assertEquals(List.of(), ParagraphSplitter.split(""));
    assertEquals(List.of(), ParagraphSplitter.split(" \n\r\n\u00A0\n"));
  }

  @Test
  void shortListLinesAreNotMistakenForWrapping() {
    String text = "Results\nAlder Rovers 2 Lowmarsh 1\nFerncliff 0 Port Alder 3\nOrrin 1 Reyland 1";
    assertEquals(4, paragraphs(text).size());
  }

  @Test
  void headlineListsOfSimilarLengthsAreNotJoined() {
    String text =
        "Could the new ferry route become the islands' lifeline\n"
            + "Port Alder council weighs a second harbour expansion\n"
            + "Fishermen in Lowmarsh warn about shrinking catches again\n"
            + "Ferncliff opens its first desalination plant this week\n";
    assertEquals(4, paragraphs(text).size());
  }
}
