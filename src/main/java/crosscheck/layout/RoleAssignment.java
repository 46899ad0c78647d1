package crosscheck.layout;

import crosscheck.model.ParagraphRole;

/**
 * The role given to one paragraph and the rule that gave it.
 *
 * @param reason short name of the rule that fired ("byline", "photo credit", ...); null for body
 */
public record RoleAssignment(ParagraphRole role, String reason) {

  public static final RoleAssignment BODY = new RoleAssignment(ParagraphRole.BODY, null);

  public boolean is(ParagraphRole other) {
    return role == other;
  }
}
