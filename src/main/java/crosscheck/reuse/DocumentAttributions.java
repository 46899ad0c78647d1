package crosscheck.reuse;

import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import java.util.List;

/** The quotes and reported speech of one document, with their speakers. */
public record DocumentAttributions(String doc, List<Attribution> attributions) {}
