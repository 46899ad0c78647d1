package crosscheck.facts;

/**
 * A time expression found in a text, normalised per TimeML.
 *
 * @param start offset of the first character in the document text
 * @param end offset after the last character (exclusive)
 * @param value ISO 8601 at the stated precision (2023, 2023-07, 2023-07-16, 2023-W29, 199, P3Y,
 *     PRESENT_REF...), null when a relative expression had no anchor to resolve against
 * @param type DATE, TIME, DURATION or SET
 * @param mod null, APPROX, START, MID, END, BEFORE, AFTER, MORE_THAN, LESS_THAN, EQUAL_OR_MORE...
 * @param relative whether the value depends on the anchor (publication) date
 * @param confidence 0..1, how sure the value is
 */
public record TimeValue(
    int start,
    int end,
    String text,
    String value,
    String type,
    String mod,
    boolean relative,
    double confidence) {}
