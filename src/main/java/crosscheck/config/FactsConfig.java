package crosscheck.config;

/**
 * Facts settings.
 *
 * @param minAnchorConfidence an inferred publication date below this confidence is a guess: the
 *     document's relative dates ("yesterday", "July 20" without a year) are then left unresolved
 *     rather than resolved against it; their year can still come from other sources of the event
 */
public record FactsConfig(Double minAnchorConfidence) implements java.io.Serializable {

  public static final FactsConfig DEFAULTS = new FactsConfig(0.5);

  void validate(Validation v) {
    v.require(
        minAnchorConfidence != null && minAnchorConfidence >= 0 && minAnchorConfidence <= 1,
        "facts.min_anchor_confidence",
        "must be in [0, 1]");
  }
}
