package crosscheck.conflicts;

/** One side of a reuse finding, as the conflicts stage links claims through it. */
public record ReuseSpan(String finding, String side, String doc, int start, int end)
    implements java.io.Serializable {}
