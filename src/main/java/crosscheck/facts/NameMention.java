package crosscheck.facts;

/**
 * A person named in full (a given name and a surname at least) in a kept sentence.
 *
 * @param key the name's identity ({@code person:ana ruiz})
 * @param start offset of the name in the document text
 * @param end offset after the name (exclusive)
 * @param text the name as written
 */
public record NameMention(
    String doc,
    String language,
    String key,
    int start,
    int end,
    String text,
    int sentenceStart,
    int sentenceEnd,
    String sentence) {}
