package crosscheck.reuse;

import crosscheck.model.Token;
import java.util.List;

/**
 * A sentence as the translation matcher sees it: its text, its offsets in the document, its
 * language ("en", "es", or anything else when unknown) and its tokens, whose offsets are document
 * offsets.
 */
public record SentenceText(String text, int start, int end, String language, List<Token> tokens) {

  public SentenceText {
    tokens = List.copyOf(tokens);
  }

  /** The original spelling of a token: the case its norm lost tells names from words. */
  String surface(Token token) {
    int from = token.start() - start;
    int to = token.end() - start;
    return from >= 0 && to <= text.length() && from < to ? text.substring(from, to) : token.norm();
  }
}
