package crosscheck.model;

import java.util.Locale;

/**
 * What a paragraph is to the article. Only {@link #isContent() content} reaches reuse and facts.
 */
public enum ParagraphRole {
  /** Article body text. */
  BODY,
  /** The article's title or headline. */
  TITLE,
  /** A section heading inside the article. */
  HEADING,
  /** URL lines, bylines, outlet markers ("Source » x", "Site icon X"), dates lines. */
  METADATA,
  /** Share/follow lines, photo credits, captions of images, navigation ("Exit mobile version"). */
  BOILERPLATE,
  /** Related-article teasers appended after the article: not part of it. */
  TEASER;

  public boolean isContent() {
    return this == BODY || this == TITLE || this == HEADING;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ParagraphRole of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
