package crosscheck.facts;

import crosscheck.model.StageNotes;
import java.util.List;

/**
 * One document's date and its claims, from one pass over its text.
 *
 * @param notes the facts limits reached in it, or the failure that left it without claims
 * @param measurements every value its kept sentences state ({@link MeasurementExtractor})
 * @param names the people its kept sentences name in full ({@link NameMentions})
 */
public record DatedFacts(
    DocumentDate date,
    List<FactRow> facts,
    StageNotes notes,
    List<Measurement> measurements,
    List<NameMention> names) {

  public DatedFacts {
    notes = notes == null ? StageNotes.NONE : notes;
    measurements = measurements == null ? List.of() : List.copyOf(measurements);
    names = names == null ? List.of() : List.copyOf(names);
  }

  public DatedFacts(DocumentDate date, List<FactRow> facts, StageNotes notes) {
    this(date, facts, notes, List.of(), List.of());
  }
}
