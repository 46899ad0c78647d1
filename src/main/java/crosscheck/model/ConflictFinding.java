package crosscheck.model;

import java.util.List;

/** One conflicting fact (a line of conflicts.jsonl). */
public record ConflictFinding(
    String id,
    String topic,
    String attribute,
    List<ConflictValue> values,
    double confidence,
    String explanation) {}
