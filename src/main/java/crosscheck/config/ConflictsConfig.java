package crosscheck.config;

/**
 * Conflicts settings.
 *
 * @param minSameEvent the least same-event score (actors, trigger, category, time, reuse link) that
 *     joins two claims into one event
 * @param maxBlockClaims claims compared within one block (a trigger with a pair of actors); a block
 *     costs n²/2 comparisons, so a larger one is split by the year its claims state, and what still
 *     exceeds this is left out and counted in the log
 * @param minMeasurementScore the least similarity of two measurements' sentences (words around the
 *     value, names, the measured noun) for them to be taken as one measured thing; tuned on the
 *     real-news development stories (docs/facts-and-conflicts.md)
 */
public record ConflictsConfig(
    Double minSameEvent, Integer maxBlockClaims, Double minMeasurementScore)
    implements java.io.Serializable {

  public static final ConflictsConfig DEFAULTS = new ConflictsConfig(0.55, 2000, 0.2);

  void validate(Validation v) {
    v.require(
        minSameEvent != null && minSameEvent > 0 && minSameEvent <= 1,
        "conflicts.min_same_event",
        "must be in (0, 1]");
    v.require(
        maxBlockClaims != null && maxBlockClaims >= 2, "conflicts.max_block_claims", "must be ≥ 2");
    v.require(
        minMeasurementScore != null && minMeasurementScore > 0 && minMeasurementScore <= 1,
        "conflicts.min_measurement_score",
        "must be in (0, 1]");
  }
}
