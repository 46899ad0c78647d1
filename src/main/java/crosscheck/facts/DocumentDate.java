package crosscheck.facts;

/**
 * The date a document's relative expressions are read against: its publication date when the input
 * or the text states it, otherwise one inferred from the text's own dated references.
 *
 * @param source {@code given} (metadata or a dateline), {@code url} (the date in the page's
 *     address, or one the page states that agrees with it), {@code inferred}, or {@code none}
 * @param confidence 1 for a given date; the inference's own confidence otherwise
 * @param evidence what the inference rests on (for the manifest)
 */
public record DocumentDate(
    String doc, String value, String source, double confidence, String evidence) {}
