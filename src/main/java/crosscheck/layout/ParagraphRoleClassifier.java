package crosscheck.layout;

import crosscheck.model.ParagraphRole;
import crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives each paragraph of a page its role (body, title, heading, metadata, boilerplate, teaser) and
 * the name of the rule that gave it. Rules are general page conventions, applied in order:
 *
 * <ol>
 *   <li>one-paragraph rules: metadata ({@link MetadataRules}) before furniture ({@link
 *       BoilerplateRules}), so "Source: X" is an outlet marker, not a credit;
 *   <li>the title: the first headline-like line before the running text starts;
 *   <li>image labels: a short line between title and body that a caption follows;
 *   <li>appended teasers ({@link TeaserZone}): everything from where the article ends;
 *   <li>headings: remaining short lines without final punctuation; the rest is body.
 * </ol>
 *
 * <p>Stateless and thread-safe; linear in the number of paragraphs (teaser search aside, which only
 * re-scans from each structural anchor).
 */
public final class ParagraphRoleClassifier {

  static final String TITLE = "headline before body";
  static final String HEADING = "short line without final punctuation";
  static final String TEASER = "appended teaser";

  private ParagraphRoleClassifier() {}

  public static List<RoleAssignment> classify(String text, List<Span> paragraphs) {
    List<String> texts = new ArrayList<>(paragraphs.size());
    for (Span p : paragraphs) {
      texts.add(p.of(text));
    }
    RoleAssignment[] roles = new RoleAssignment[texts.size()];
    applyParagraphRules(texts, roles);
    int firstBody = markTitle(texts, roles);
    markImageLabels(texts, roles, firstBody);
    markTeasers(texts, roles);
    markHeadingsAndBody(texts, roles);
    return Arrays.asList(roles);
  }

  private static void applyParagraphRules(List<String> texts, RoleAssignment[] roles) {
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t.isBlank()) {
        continue;
      }
      String reason = MetadataRules.reason(t);
      if (reason != null) {
        roles[i] = new RoleAssignment(ParagraphRole.METADATA, reason);
        continue;
      }
      reason = BoilerplateRules.reason(t);
      if (reason != null) {
        roles[i] = new RoleAssignment(ParagraphRole.BOILERPLATE, reason);
      }
    }
  }

  /** Marks the title and returns the index of the first running-text paragraph (or size). */
  private static int markTitle(List<String> texts, RoleAssignment[] roles) {
    boolean titled = false;
    for (int i = 0; i < texts.size(); i++) {
      if (roles[i] != null) {
        continue;
      }
      String t = texts.get(i);
      if (ParagraphShape.isRunningText(t)) {
        return i;
      }
      if (!titled && ParagraphShape.isHeadlineLike(t, ParagraphShape.MAX_TITLE_WORDS)) {
        roles[i] = new RoleAssignment(ParagraphRole.TITLE, TITLE);
        titled = true;
      }
    }
    return texts.size();
  }

  /** Alt text or a file label printed above a photo caption, between title and body. */
  private static void markImageLabels(List<String> texts, RoleAssignment[] roles, int firstBody) {
    for (int i = 0; i + 1 < firstBody; i++) {
      boolean captionFollows =
          roles[i + 1] != null && BoilerplateRules.isCredit(roles[i + 1].reason());
      if (roles[i] == null && captionFollows) {
        roles[i] = new RoleAssignment(ParagraphRole.BOILERPLATE, BoilerplateRules.IMAGE_LABEL);
      }
    }
  }

  private static void markTeasers(List<String> texts, RoleAssignment[] roles) {
    int start = TeaserZone.start(texts, roles);
    if (start < 0) {
      return;
    }
    RoleAssignment teaser = new RoleAssignment(ParagraphRole.TEASER, TEASER);
    for (int i = start; i < texts.size(); i++) {
      roles[i] = teaser;
    }
  }

  private static void markHeadingsAndBody(List<String> texts, RoleAssignment[] roles) {
    RoleAssignment heading = new RoleAssignment(ParagraphRole.HEADING, HEADING);
    for (int i = 0; i < texts.size(); i++) {
      if (roles[i] == null) {
        roles[i] = ParagraphShape.isHeadingLike(texts.get(i)) ? heading : RoleAssignment.BODY;
      }
    }
  }
}
