package crosscheck.model;

import java.util.List;

/**
 * A fact on which two or more independent sources agree (a line of corroborations.jsonl).
 *
 * @param id "k-" + 12 hex digits of SHA-256 over the sorted (doc, start, end, value) of the support
 * @param attribute "date", "category" or "quantity", as in conflicts
 * @param measure for a quantity, what is counted and in which unit, as in conflicts; else null
 * @param value the finest value the sources agree on
 * @param support one value per document, each with its words and sentence
 */
public record Corroboration(
    String id,
    String topic,
    String attribute,
    String value,
    List<ConflictValue> support,
    String measure) {}
