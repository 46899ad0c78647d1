package crosscheck.facts;

import crosscheck.model.StageNotes;
import java.util.List;

/**
 * One document's date and its claims, from one pass over its text.
 *
 * @param notes the facts limits reached in it, or the failure that left it without claims
 */
public record DatedFacts(DocumentDate date, List<FactRow> facts, StageNotes notes) {

  public DatedFacts {
    notes = notes == null ? StageNotes.NONE : notes;
  }
}
