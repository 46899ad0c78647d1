package crosscheck.reuse;

import crosscheck.model.StageNotes;
import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import java.util.List;

/**
 * The quotes and reported speech of one document, with their speakers.
 *
 * @param notes the quotation limit reached in it, or the failure that left it without speakers
 */
public record DocumentAttributions(String doc, List<Attribution> attributions, StageNotes notes) {}
