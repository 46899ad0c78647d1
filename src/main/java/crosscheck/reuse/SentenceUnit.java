package crosscheck.reuse;

import crosscheck.model.Token;
import java.util.List;

/**
 * A kept sentence as the reuse stage indexes it: its document, place, language, text and tokens.
 */
public record SentenceUnit(
    String doc,
    int sentence,
    int paragraph,
    int start,
    int end,
    String language,
    String text,
    List<Token> tokens) {}
