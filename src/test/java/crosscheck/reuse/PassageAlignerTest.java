package crosscheck.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Edit;
import crosscheck.model.Span;
import crosscheck.model.Token;
import crosscheck.reuse.PassageAligner.AlignParams;
import crosscheck.reuse.PassageAligner.AlignedPassage;
import crosscheck.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  private static final String HARBOUR =
      "The harbour authority of Port Verano confirmed that the northern pier will close for"
          + " repairs after inspectors found deep cracks in its concrete supports.";

  private static List<Token> tokens(String text) {
    return TOKENIZER.tokenize(text, new Span(0, text.length()));
  }

  private static List<AlignedPassage> align(String a, String b) {
    return PassageAligner.align(a, tokens(a), b, tokens(b), AlignParams.DEFAULTS);
  }

  private static AlignedPassage single(String a, String b) {
    List<AlignedPassage> passages = align(a, b);
    assertEquals(1, passages.size(), passages.toString());
    return passages.get(0);
  }

  private static String sideA(String a, AlignedPassage p) {
    return a.substring(p.aStart(), p.aEnd());
  }

  private static String sideB(String b, AlignedPassage p) {
    return b.substring(p.bStart(), p.bEnd());
  }

  @Test
  void findsAnIdenticalPassageInsideDifferentSurroundingsWithExactOffsets() {
    String a = "Weather was mild on Tuesday in the valley. " + HARBOUR + " Traders expect delays.";
    String b =
        "According to the Coastal Herald, a local paper: " + HARBOUR + "\n\nNo date was set.";
    AlignedPassage p = single(a, b);
    assertEquals(HARBOUR, sideA(a, p));
    assertEquals(HARBOUR, sideB(b, p));
    assertEquals(AlignedPassage.VERBATIM, p.kind());
    assertEquals(1.0, p.similarity());
    assertEquals(List.of(), p.edits());
    List<Token> tokensA = tokens(a);
    assertEquals(p.aStart(), tokensA.get(p.aFirstToken()).start());
    assertEquals("supports", tokensA.get(p.aLastToken()).norm());
  }

  @Test
  void anInsertedWordIsOneInsertEditInsideOnePassage() {
    String b = HARBOUR.replace("deep cracks", "deep and worrying cracks");
    AlignedPassage p = single(HARBOUR, b);
    assertEquals(HARBOUR, sideA(HARBOUR, p));
    assertEquals(b, sideB(b, p));
    assertEquals(AlignedPassage.NEAR_VERBATIM, p.kind());
    assertEquals(List.of(new Edit("insert", "", "and worrying")), p.edits());
    assertEquals((double) tokens(HARBOUR).size() / tokens(b).size(), p.similarity(), 1e-9);
  }

  @Test
  void aDoubledWordIsAnInsertAndDoesNotSplitThePassage() {
    String a =
        "Officials say Norland is reaching its full naval potential in the southern seas today.";
    String b =
        "Officials say Norland is reaching its full its naval potential in the southern seas"
            + " today.";
    AlignedPassage p = single(a, b);
    assertEquals(a, sideA(a, p));
    assertEquals(b, sideB(b, p));
    assertEquals(List.of(new Edit("insert", "", "its")), p.edits());
  }

  @Test
  void aSubstitutedWordAndADeletedWordAreReportedWithTheirSurfaceText() {
    String b = HARBOUR.replace("northern pier", "southern pier").replace("deep cracks", "cracks");
    AlignedPassage p = single(HARBOUR, b);
    assertEquals(
        List.of(new Edit("substitute", "northern", "southern"), new Edit("delete", "deep", "")),
        p.edits());
  }

  @Test
  void hyphenVersusSpaceIsNearVerbatimWithFullSimilarity() {
    String a =
        "The report described the firm's mastery of dual-use exports and its skill at hiding them.";
    String b =
        "The report described the firm’s mastery of dual use exports and its skill at hiding them.";
    AlignedPassage p = single(a, b);
    assertEquals(AlignedPassage.NEAR_VERBATIM, p.kind());
    assertEquals(1.0, p.similarity());
    assertEquals(List.of(new Edit("substitute", "dual-use", "dual use")), p.edits());
  }

  @Test
  void quoteStylesAndWhitespaceDoNotMakeAPassageNearVerbatim() {
    String a =
        "The minister said the “new  budget” will protect the country's poorest families first.";
    String b =
        "The minister said the \"new budget\" will protect the country’s poorest families first.";
    AlignedPassage p = single(a, b);
    assertEquals(AlignedPassage.VERBATIM, p.kind());
    assertEquals(List.of(), p.edits());
  }

  @Test
  void aChangedNumberIsANumberEditWithBothSurfaceValues() {
    String a = "Army sources said 3,200 soldiers were moved to the border region during the night.";
    String b = "Army sources said 4,200 soldiers were moved to the border region during the night.";
    AlignedPassage p = single(a, b);
    assertEquals(a, sideA(a, p));
    assertEquals(b, sideB(b, p));
    assertEquals(List.of(new Edit("number", "3,200", "4,200")), p.edits());
    assertEquals(AlignedPassage.NEAR_VERBATIM, p.kind());
  }

  @Test
  void aNumberChangedWithItsUnitIsPairedOffFromTheWords() {
    String a = "The agency said prices rose by 12 percent over the year in most northern cities.";
    String b = "The agency said prices rose by 14 per cent over the year in most northern cities.";
    AlignedPassage p = single(a, b);
    assertEquals(
        List.of(new Edit("number", "12", "14"), new Edit("substitute", "percent", "per cent")),
        p.edits());
  }

  @Test
  void twoSeparateReusedPassagesGiveTwoPassagesInOrder() {
    String second =
        "Local fishermen, who rely on the pier every morning, asked the council for a temporary"
            + " landing stage before the summer season begins.";
    String a = HARBOUR + " The mayor was not available for comment on Monday. " + second;
    String b =
        second
            + " In other news, the town's football club won its third match in a row. "
            + HARBOUR;
    List<AlignedPassage> passages = align(a, b);
    assertEquals(2, passages.size(), passages.toString());
    assertEquals(HARBOUR, sideA(a, passages.get(0)));
    assertEquals(HARBOUR, sideB(b, passages.get(0)));
    assertEquals(second, sideA(a, passages.get(1)));
    assertEquals(second, sideB(b, passages.get(1)));
    assertTrue(passages.get(0).aStart() < passages.get(1).aStart());
  }

  @Test
  void aPassageTwiceInAIsMatchedOnceToItsBestCounterpart() {
    String edited = HARBOUR.replace("deep cracks", "several small cracks");
    String a = edited + " Repeated below for readers. " + HARBOUR + " End of notice.";
    String b = "From the wire: " + HARBOUR;
    AlignedPassage p = single(a, b);
    assertEquals(a.lastIndexOf(HARBOUR), p.aStart());
    assertEquals(AlignedPassage.VERBATIM, p.kind());
  }

  @Test
  void ofTwoIdenticalCopiesInATheFirstIsChosen() {
    String a = HARBOUR + " Repeated below for readers. " + HARBOUR;
    String b = "From the wire: " + HARBOUR;
    AlignedPassage p = single(a, b);
    assertEquals(0, p.aStart());
    assertEquals(align(a, b), align(a, b));
  }

  @Test
  void unrelatedTextsSharingCommonPhrasesGiveNoPassage() {
    String a =
        "It was one of the best seasons for the club, as well as one of the most profitable, and"
            + " at the end of the day the players were part of the reason for it.";
    String b =
        "The bridge is one of the oldest in the region, and as well as the tower it is one of the"
            + " sights that at the end of the summer draw part of the crowds.";
    assertEquals(List.of(), align(a, b));
  }

  @Test
  void spanishAccentsAreFoldedSoAnUnaccentedCopyStillAligns() {
    String a =
        "El ministro de Economía anunció que la inflación bajó en México durante el último"
            + " trimestre.";
    String b =
        "Segun fuentes oficiales, el ministro de Economia anuncio que la inflacion bajo en Mexico"
            + " durante el ultimo trimestre.";
    AlignedPassage p = single(a, b);
    assertEquals(a, sideA(a, p));
    assertEquals(b.substring(b.indexOf("el ministro")), sideB(b, p));
    assertEquals(1.0, p.similarity());
    assertEquals(AlignedPassage.NEAR_VERBATIM, p.kind());
  }

  @Test
  void aFollowingSentenceMarkIsIncludedButNeverAClosingQuote() {
    String a =
        "Officials warned that the storm will reach the eastern coast late on Friday night. Next.";
    String b =
        "“Officials warned that the storm will reach the eastern coast late on Friday night,” she"
            + " said.";
    String c =
        "“Officials warned that the storm will reach the eastern coast late on Friday night.” Shops"
            + " closed.";
    AlignedPassage quotedWithComma = single(a, b);
    assertTrue(sideA(a, quotedWithComma).endsWith("night."));
    assertTrue(sideB(b, quotedWithComma).endsWith("night"));
    assertEquals(AlignedPassage.VERBATIM, quotedWithComma.kind());
    AlignedPassage quotedWithPeriod = single(a, c);
    assertTrue(sideB(c, quotedWithPeriod).startsWith("Officials"));
    assertTrue(sideB(c, quotedWithPeriod).endsWith("night."));
  }

  @Test
  void aPassageTwiceOnBothSidesPairsFirstWithFirstAndSecondWithSecond() {
    String a = HARBOUR + " Our reporter adds that nobody was hurt in the collapse. " + HARBOUR;
    String b = HARBOUR + " Readers have written many letters about the old structure. " + HARBOUR;
    List<AlignedPassage> passages = align(a, b);
    assertEquals(2, passages.size(), passages.toString());
    assertEquals(
        List.of(0, a.lastIndexOf(HARBOUR)), passages.stream().map(AlignedPassage::aStart).toList());
    assertEquals(
        List.of(0, b.lastIndexOf(HARBOUR)), passages.stream().map(AlignedPassage::bStart).toList());
  }

  @Test
  void passagesNeverOverlapOnEitherSide() {
    String a = HARBOUR + " " + HARBOUR.replace("Port Verano", "Port Alda") + " " + HARBOUR;
    String b = HARBOUR.replace("northern", "western") + " and later " + HARBOUR + " and " + HARBOUR;
    List<AlignedPassage> passages = align(a, b);
    assertTrue(!passages.isEmpty());
    for (int x = 0; x < passages.size(); x++) {
      for (int y = x + 1; y < passages.size(); y++) {
        AlignedPassage p = passages.get(x);
        AlignedPassage q = passages.get(y);
        assertTrue(p.aEnd() <= q.aStart() || q.aEnd() <= p.aStart(), passages.toString());
        assertTrue(p.bEnd() <= q.bStart() || q.bEnd() <= p.bStart(), passages.toString());
      }
    }
  }

  @Test
  void tooShortAMatchIsNoPassage() {
    String a = "Rain fell on the old market square this morning.";
    String b = "Snow covered the old market square by noon.";
    assertEquals(List.of(), align(a, b));
  }

  @Test
  void aNumberChangedNextToAPassageEdgeIsTakenIn() {
    String a =
        "Engineers said the new bridge over the river will open to traffic in spring with 4 lanes."
            + " Tolls follow.";
    String b =
        "Engineers said the new bridge over the river will open to traffic in spring with 6 lanes."
            + " No tolls.";
    AlignedPassage p = single(a, b);
    assertTrue(sideA(a, p).endsWith("with 4 lanes."), sideA(a, p));
    assertTrue(sideB(b, p).endsWith("with 6 lanes."), sideB(b, p));
    assertEquals(List.of(new Edit("number", "4", "6")), p.edits());
    String c =
        "Only in 2019 engineers said the new bridge over the river will open to traffic in spring.";
    String d =
        "Back in 2021 engineers said the new bridge over the river will open to traffic in spring.";
    AlignedPassage q = single(c, d);
    assertEquals(c.substring(c.indexOf("in 2019")), sideA(c, q));
    assertEquals(List.of(new Edit("number", "2019", "2021")), q.edits());
  }

  @Test
  void aChangedNumberThatIsThePassagesLastWordIsKeptInsideIt() {
    String a =
        "Crowds gathered early. Organisers of the march through the old town said the crowd"
            + " near the cathedral square had reached 12,500. Then rain fell.";
    String b =
        "Organisers of the march through the old town said the crowd near the cathedral square"
            + " had reached 15,500.\n\nOther news followed.";
    AlignedPassage p = single(a, b);
    assertTrue(sideA(a, p).endsWith("had reached 12,500."), sideA(a, p));
    assertTrue(sideB(b, p).endsWith("had reached 15,500."), sideB(b, p));
    assertEquals(List.of(new Edit("number", "12,500", "15,500")), p.edits());
  }

  @Test
  void aChangedNumberThatIsThePassagesFirstWordIsKeptInsideIt() {
    String c = "Hubo alarma. 45 familias del barrio norte pasaron la noche en el polideportivo.";
    String d = "40 familias del barrio norte pasaron la noche en el polideportivo. Fin.";
    AlignedPassage q = single(c, d);
    assertTrue(sideA(c, q).startsWith("45 familias"), sideA(c, q));
    assertTrue(sideB(d, q).startsWith("40 familias"), sideB(d, q));
    assertEquals(List.of(new Edit("number", "45", "40")), q.edits());
  }

  @Test
  void aWordChangedAtAPassageEdgeIsLeftOutSoPassagesEndOnMatches() {
    String a =
        "Engineers said the new bridge over the river will open to traffic in spring next year.";
    String b =
        "Engineers said the new bridge over the river will open to traffic in autumn next year.";
    AlignedPassage p = single(a, b);
    assertTrue(sideA(a, p).endsWith("traffic in"), sideA(a, p));
  }
}
