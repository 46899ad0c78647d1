package crosscheck.model;

/**
 * A paragraph: offsets into the document text (end exclusive), its language and role.
 *
 * @param language ISO 639-1 code ("en", "es", ...) or "und" when undetermined
 * @param role a {@link ParagraphRole#code()}
 * @param reason why the role was given when it is not body (the rule that fired), else null
 */
public record Paragraph(
    int index, int start, int end, String language, String role, String reason) {

  public ParagraphRole paragraphRole() {
    return ParagraphRole.of(role);
  }
}
