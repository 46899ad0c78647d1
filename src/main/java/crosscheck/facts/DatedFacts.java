package crosscheck.facts;

import java.util.List;

/** One document's date and its claims, from one pass over its text. */
public record DatedFacts(DocumentDate date, List<FactRow> facts) {}
