package crosscheck.model;

/**
 * A stretch of a document that later stages ignore, with its role (metadata, boilerplate, teaser)
 * and the rule that marked it.
 */
public record DroppedSpan(int start, int end, String role, String reason, String text) {}
