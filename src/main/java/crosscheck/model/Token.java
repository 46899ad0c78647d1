package crosscheck.model;

/**
 * A word or number with offsets into the original text; {@code norm} is its normalised form (case-
 * and accent-folded; numbers without grouping separators), which lives beside the offsets.
 */
public record Token(int start, int end, String norm) {}
