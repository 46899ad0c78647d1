package crosscheck.model;

import java.util.List;

/** One reused passage pair (a line of reuse.jsonl). */
public record ReuseFinding(
    String id,
    String kind,
    double score,
    PassageSide a,
    PassageSide b,
    String family,
    List<Edit> edits) {}
