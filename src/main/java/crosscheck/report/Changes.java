package crosscheck.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * changes.json: the findings of this run against the previous run of the same job (run contract).
 * Ids are stable (derived from documents, offsets and content), so set differences of ids are the
 * changes.
 *
 * @param previous the report folder compared with, or null when there was none (then every finding
 *     is new)
 * @param previousReason why that folder, or why none: only a run of the same job made from the same
 *     inputs is compared with, unless {@code --previous} names one (an extension of the contract's
 *     fields)
 */
public record Changes(
    @JsonProperty("previous") String previous,
    @JsonProperty("previous_reason") String previousReason,
    @JsonProperty("new_reuse") List<String> newReuse,
    @JsonProperty("resolved_reuse") List<String> resolvedReuse,
    @JsonProperty("new_conflicts") List<String> newConflicts,
    @JsonProperty("resolved_conflicts") List<String> resolvedConflicts) {

  /** Changes without a reason for their previous run. */
  public Changes(
      String previous,
      List<String> newReuse,
      List<String> resolvedReuse,
      List<String> newConflicts,
      List<String> resolvedConflicts) {
    this(previous, null, newReuse, resolvedReuse, newConflicts, resolvedConflicts);
  }

  public Changes {
    newReuse = newReuse == null ? List.of() : List.copyOf(newReuse);
    resolvedReuse = resolvedReuse == null ? List.of() : List.copyOf(resolvedReuse);
    newConflicts = newConflicts == null ? List.of() : List.copyOf(newConflicts);
    resolvedConflicts = resolvedConflicts == null ? List.of() : List.copyOf(resolvedConflicts);
  }

  /**
   * One line for the log: "1 new and 0 resolved reused passages, 0 new and 0 resolved conflicts".
   */
  @JsonIgnore
  public String summary() {
    return newReuse.size()
        + " new and "
        + resolvedReuse.size()
        + " resolved reused passages, "
        + newConflicts.size()
        + " new and "
        + resolvedConflicts.size()
        + " resolved conflicts";
  }
}
