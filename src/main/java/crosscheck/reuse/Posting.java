package crosscheck.reuse;

/**
 * One occurrence of an index key in a sentence: a shingle hash, a content term, or (when {@code
 * anchor}) a language-independent anchor such as a number or a name.
 */
public record Posting(long key, String doc, int sentence, String language, boolean anchor) {}
