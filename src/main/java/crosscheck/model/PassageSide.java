package crosscheck.model;

/**
 * One side of a reused passage pair: offsets into the document text and who it is attributed to.
 */
public record PassageSide(String doc, int start, int end, String text, String speaker) {}
