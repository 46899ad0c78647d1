package crosscheck.model;

/** One value of a conflicting fact with the evidence behind it. */
public record ConflictValue(
    String value, String doc, int start, int end, String text, String sentence) {}
