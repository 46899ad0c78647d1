package crosscheck.model;

import java.util.List;

/**
 * One conflicting fact (a line of conflicts.jsonl).
 *
 * @param attribute as the run contract lists them: {@code date}, {@code category}, {@code quantity}
 * @param measure for a quantity, what is counted or measured and in which unit ("passenger", "body
 *     (identified)", "km", "money"); null otherwise. Values of one conflict share it.
 * @param label {@code discrepancy} or {@code update} (a later source gives a newer figure); null
 *     until the conflicts stage labels it
 */
public record ConflictFinding(
    String id,
    String topic,
    String attribute,
    List<ConflictValue> values,
    double confidence,
    String explanation,
    String measure,
    String label) {

  public ConflictFinding(
      String id,
      String topic,
      String attribute,
      List<ConflictValue> values,
      double confidence,
      String explanation,
      String measure) {
    this(id, topic, attribute, values, confidence, explanation, measure, null);
  }

  public ConflictFinding(
      String id,
      String topic,
      String attribute,
      List<ConflictValue> values,
      double confidence,
      String explanation) {
    this(id, topic, attribute, values, confidence, explanation, null, null);
  }

  /** This conflict with its label. */
  public ConflictFinding withLabel(String newLabel) {
    return new ConflictFinding(
        id, topic, attribute, values, confidence, explanation, measure, newLabel);
  }

  /** Splits an internal attribute key such as "quantity:passenger" into attribute and measure. */
  public static String[] splitAttribute(String key) {
    int colon = key.indexOf(':');
    return colon < 0
        ? new String[] {key, null}
        : new String[] {key.substring(0, colon), key.substring(colon + 1)};
  }
}
