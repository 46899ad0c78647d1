package crosscheck.model;

import java.util.List;

/**
 * A sentence: offsets into the document text, the paragraph it belongs to, its language, and
 * whether it is content ({@code kept}) or boilerplate/teaser/metadata that later stages ignore.
 */
public record Sentence(
    int index,
    int paragraph,
    int start,
    int end,
    String language,
    boolean kept,
    List<Token> tokens) {}
