package crosscheck.facts;

import crosscheck.model.StageNotes;
import java.util.List;

/**
 * One document's date and its claims, from one pass over its text.
 *
 * @param notes the facts limits reached in it, or the failure that left it without claims
 * @param measurements every value its kept sentences state ({@link MeasurementExtractor})
 */
public record DatedFacts(
    DocumentDate date, List<FactRow> facts, StageNotes notes, List<Measurement> measurements) {

  public DatedFacts {
    notes = notes == null ? StageNotes.NONE : notes;
    measurements = measurements == null ? List.of() : List.copyOf(measurements);
  }

  public DatedFacts(DocumentDate date, List<FactRow> facts, StageNotes notes) {
    this(date, facts, notes, List.of());
  }
}
