package crosscheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.SegmentConfig;
import crosscheck.model.LimitNotice;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import crosscheck.model.SourceDocument;
import crosscheck.model.Span;
import crosscheck.model.Token;
import crosscheck.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences without an end: cut into pieces at the job's limits, every character kept. */
class LongSentencesTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private static List<LongSentences.Piece> cut(String text, int maxTokens, int maxChars) {
    Span all = new Span(0, text.length());
    return LongSentences.cut(text, all, TOKENIZER.tokenize(text, all), maxTokens, maxChars);
  }

  /** Every non-space character of the text lies in exactly one piece, in order. */
  private static void coversEverything(String text, List<LongSentences.Piece> pieces) {
    int at = 0;
    for (LongSentences.Piece p : pieces) {
      assertTrue(text.substring(at, p.span().start()).isBlank(), "nothing skipped before " + p);
      assertTrue(p.span().end() > p.span().start());
      for (Token t : p.tokens()) {
        assertTrue(t.start() >= p.span().start() && t.end() <= p.span().end(), t + " in " + p);
      }
      at = p.span().end();
    }
    assertTrue(text.substring(at).isBlank(), "nothing left after the last piece");
  }

  @Test
  void aSentenceThatFitsIsLeftWhole() {
    String text = "The council met on Tuesday to discuss the budget.";
    List<LongSentences.Piece> pieces = cut(text, 20, 500);
    assertEquals(1, pieces.size());
    assertEquals(new Span(0, text.length()), pieces.get(0).span());
    assertEquals(9, pieces.get(0).tokens().size());
  }

  @Test
  void aTranscriptWithoutPunctuationIsCutAtTheWordLimit() {
    for (String words :
        List.of(
            "we want to know what happens next with the schools and the roads ",
            "queremos saber qué pasa ahora con las escuelas y los caminos ")) {
      String text = words.repeat(40).strip();
      int total = TOKENIZER.tokenize(text, new Span(0, text.length())).size();
      List<LongSentences.Piece> pieces = cut(text, 50, 5_000);
      coversEverything(text, pieces);
      assertEquals((total + 49) / 50, pieces.size(), words);
      for (LongSentences.Piece p : pieces) assertTrue(p.tokens().size() <= 50, p.toString());
      assertEquals(total, pieces.stream().mapToInt(p -> p.tokens().size()).sum());
    }
  }

  @Test
  void aPieceEndsAfterTheLastCommaOfItsSecondHalf() {
    // 30 words, a comma after the 18th (English) or the 18th (Spanish): cut after it, not at 20.
    String en =
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
            + " fifteen sixteen seventeen eighteen, nineteen twenty twenty-one and so on and on";
    String es =
        "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince"
            + " dieciséis diecisiete dieciocho; diecinueve veinte veintiuno y así sigue y sigue";
    for (String text : List.of(en, es)) {
      List<LongSentences.Piece> pieces = cut(text, 20, 5_000);
      coversEverything(text, pieces);
      String first = pieces.get(0).span().of(text);
      assertTrue(first.endsWith("eighteen,") || first.endsWith("dieciocho;"), first);
      assertEquals(18, pieces.get(0).tokens().size());
    }
  }

  @Test
  void textWithoutWordsIsCutByCharacters() {
    String commas = ",".repeat(12_000);
    List<LongSentences.Piece> pieces = cut(commas, 250, 1_000);
    coversEverything(commas, pieces);
    assertEquals(12, pieces.size());
    pieces.forEach(p -> assertTrue(p.span().length() <= 1_000));

    String storm = "“” ".repeat(3_000);
    List<LongSentences.Piece> marks = cut(storm, 250, 1_000);
    coversEverything(storm, marks);
    for (LongSentences.Piece p : marks) {
      assertTrue(p.span().length() <= 1_000);
      assertTrue(p.span().of(storm).endsWith("”"), "cut after a space, not inside a pair");
    }
  }

  @Test
  void anEndlessWordIsCutBetweenTheTokensTheTokenizerMakesOfIt() {
    String word = "x".repeat(200_000);
    List<LongSentences.Piece> pieces = cut(word, 250, 2_500);
    coversEverything(word, pieces);
    for (LongSentences.Piece p : pieces) {
      assertTrue(p.span().length() <= 2_500, p.span().toString());
      assertFalse(p.tokens().isEmpty());
    }
  }

  @Test
  void theSegmenterCutsLongSentencesAndSaysSoNamingTheSetting() {
    String transcript = "we will meet again on tuesday to discuss the budget and the port ";
    String text =
        "A normal first sentence. "
            + transcript.repeat(100)
            + "\n\nAnd a normal paragraph after it.\n";
    SegmentedDocument d =
        segment(text, new SegmentConfig(List.of("en", "es"), true, true, 40, 600));
    assertTrue(d.sentences().size() > 30, "cut into pieces: " + d.sentences().size());
    for (Sentence s : d.sentences()) {
      assertTrue(s.tokens().size() <= 40 && s.end() - s.start() <= 600, s.toString());
    }
    for (int i = 0; i < d.sentences().size(); i++) assertEquals(i, d.sentences().get(i).index());
    assertEquals(1, d.notes().limits().size());
    LimitNotice limit = d.notes().limits().get(0);
    assertEquals("segment.max_sentence_tokens", limit.setting());
    assertEquals(1, limit.count());
    assertTrue(
        d.notes().notices().get(0).warning().startsWith("segment: segment.max_sentence_tokens"),
        d.notes().toString());
  }

  @Test
  void ordinaryTextHasNoNotes() {
    SegmentedDocument d =
        segment(
            "The council met on Tuesday.\n\nEl consejo se reunió el martes.\n",
            SegmentConfig.DEFAULTS);
    assertTrue(d.notes().isEmpty(), d.notes().toString());
  }

  @Test
  void aDocumentTheSegmenterFailsOnIsLeftUnsegmentedWithANotice() {
    // A record without a text is rejected at ingest; here it makes the kernel itself fail.
    SegmentedDocument d = segment(null, SegmentConfig.DEFAULTS);
    assertTrue(d.sentences().isEmpty());
    assertTrue(d.notes().limits().isEmpty());
    String warning = d.notes().notices().get(0).warning();
    assertTrue(warning.startsWith("segment: not segmented"), warning);
    assertTrue(warning.contains("NullPointerException"), warning);
  }

  private static SegmentedDocument segment(String text, SegmentConfig config) {
    return new DocumentSegmenter(config)
        .segment(
            new SourceDocument(
                "doc",
                "doc.txt",
                "txt",
                0,
                "accepted",
                null,
                0,
                null,
                text,
                null,
                null,
                null,
                null,
                List.of()));
  }
}
