package crosscheck.conflicts;

import crosscheck.model.ConflictValue;

/**
 * A value one document states for an attribute of an event ({@link StatedValues}).
 *
 * @param value the value as findings write it ({@link ValueText})
 * @param range the date range, quantity or category the value allows
 * @param width how much it allows: narrower is finer
 * @param start where the value's words start in the document
 * @param end where they end (exclusive)
 * @param text the value's words ({@link Evidence})
 * @param strength the claim's strongest same-event link within the event
 */
record Stated(
    String value,
    Object range,
    double width,
    ClaimWithEvidence source,
    int start,
    int end,
    String text,
    double strength) {

  String doc() {
    return source.claim().doc();
  }

  /** The value with its words and the sentence an editor reads them in. */
  ConflictValue evidence() {
    return new ConflictValue(value, doc(), start, end, text, source.evidenceFor(start, end));
  }
}
