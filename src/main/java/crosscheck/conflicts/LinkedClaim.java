package crosscheck.conflicts;

import crosscheck.facts.FactRow;
import java.util.List;

/**
 * A claim with the reuse findings its sentence lies in ("r-1a2b...:a"): two claims on opposite
 * sides of one finding speak of the same thing, which {@link SameEvent#score} weighs strongly.
 */
public record LinkedClaim(FactRow fact, List<String> reuseLinks) {}
