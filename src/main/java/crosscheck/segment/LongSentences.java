package crosscheck.segment;

import crosscheck.model.Span;
import crosscheck.model.Token;
import crosscheck.text.ParagraphSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence the splitter left too long into pieces of at most {@code maxTokens} words and
 * {@code maxChars} characters. A speech transcript or a scraped page without sentence punctuation
 * is one "sentence" of a whole document; every later step reads text sentence by sentence, and some
 * (speaker patterns, claim attachment) in time that grows faster than the sentence, so its length
 * must be bounded.
 *
 * <p>A piece ends after the last comma, semicolon, colon or dash of its second half where there is
 * one (a clause ends there), else before the first word that does not fit. Text without words (a
 * storm of punctuation) is cut after a space where one is near. The pieces cover every non-space
 * character of the sentence, trimmed, as sentences do; each keeps its own tokens. Stateless.
 */
final class LongSentences {

  /** A piece of a sentence and its tokens. */
  record Piece(Span span, List<Token> tokens) {}

  private LongSentences() {}

  static boolean tooLong(Span sentence, List<Token> tokens, int maxTokens, int maxChars) {
    return tokens.size() > maxTokens || sentence.length() > maxChars;
  }

  /** The sentence itself when it fits, else its pieces in order. */
  static List<Piece> cut(
      String text, Span sentence, List<Token> tokens, int maxTokens, int maxChars) {
    List<Piece> pieces = new ArrayList<>();
    if (!tooLong(sentence, tokens, maxTokens, maxChars)) {
      pieces.add(new Piece(sentence, tokens));
      return pieces;
    }
    int from = sentence.start();
    int first = 0;
    int n = tokens.size();
    while (from < sentence.end()) {
      if (sentence.end() - from <= maxChars && n - first <= maxTokens) {
        add(pieces, text, from, sentence.end(), tokens.subList(first, n));
        break;
      }
      int k = first;
      while (k < n && k - first < maxTokens && tokens.get(k).end() - from <= maxChars) k++;
      if (k == first) {
        // No word fits: a stretch without words longer than a piece goes first, on its own.
        int to = Math.min(sentence.end(), from + maxChars);
        if (first < n) to = Math.min(to, tokens.get(first).start());
        if (to > from) {
          int cut = gapCut(text, from, to);
          add(pieces, text, from, cut, List.of());
          from = cut;
          continue;
        }
        k = first + 1; // a single word longer than a piece is a piece
      }
      int j = clauseEnd(text, tokens, first, k);
      int cut = j < n ? tokens.get(j).start() : tokens.get(n - 1).end();
      add(pieces, text, from, cut, tokens.subList(first, j));
      from = cut;
      first = j;
    }
    return pieces;
  }

  /**
   * The index of the first token of the next piece, in (first, k]: after the last clause mark
   * between the tokens of the second half of [first, k), else k.
   */
  private static int clauseEnd(String text, List<Token> tokens, int first, int k) {
    if (k >= tokens.size()) return k;
    for (int j = k; j > first + (k - first) / 2; j--) {
      int gapFrom = tokens.get(j - 1).end();
      int gapTo = tokens.get(j).start();
      for (int i = gapFrom; i < gapTo; i++) {
        if (",;:—–".indexOf(text.charAt(i)) >= 0) return j;
      }
    }
    return k;
  }

  /** Where to cut a stretch without words: after the last space of its second half, else at to. */
  private static int gapCut(String text, int from, int to) {
    for (int i = to - 1; i > from + (to - from) / 2; i--) {
      if (ParagraphSplitter.isSpace(text.charAt(i))) return i + 1;
    }
    // Never between the two halves of a surrogate pair.
    return to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
  }

  private static void add(List<Piece> pieces, String text, int from, int to, List<Token> tokens) {
    while (from < to && ParagraphSplitter.isSpace(text.charAt(from))) from++;
    while (to > from && ParagraphSplitter.isSpace(text.charAt(to - 1))) to--;
    if (to > from) pieces.add(new Piece(new Span(from, to), List.copyOf(tokens)));
  }
}
