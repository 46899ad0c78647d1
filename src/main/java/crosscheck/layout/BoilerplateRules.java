package crosscheck.layout;

import crosscheck.text.WordLists;
import java.util.regex.Pattern;

/**
 * Page furniture that is not the article: share/follow and navigation lines, cookie notices,
 * file-name or slug lines, photo credits and captions. Each rule looks at one paragraph.
 */
final class BoilerplateRules {

  static final String SHARE_FOLLOW = "share/follow line";
  static final String NAVIGATION = "navigation line";
  static final String READ_MORE = "read-more line";
  static final String ADVERTISEMENT = "advertisement";
  static final String COOKIE_NOTICE = "cookie notice";
  static final String SLUG = "slug or file name";
  static final String PHOTO_CREDIT = "photo credit";
  static final String PHOTO_CAPTION = "caption with credit";
  static final String IMAGE_LABEL = "image label";

  /** Captions and cookie notices stay under this; longer paragraphs are running text. */
  private static final int MAX_CHARS = 700;

  private static final int MAX_CAPTION_WORDS = 60;

  /** A caption's credit sits in its last characters. */
  private static final int CREDIT_TAIL = 200;

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String SOCIAL = WordLists.alternation("layout/social-networks.txt");
  private static final Pattern SHARE =
      Pattern.compile(
          WordLists.alternation("layout/share-lines.txt").replace("{social}", SOCIAL), I);
  private static final Pattern NAVIGATION_LINE =
      Pattern.compile(WordLists.alternation("layout/navigation-lines.txt"), I);
  private static final Pattern READ_MORE_LINE =
      Pattern.compile(WordLists.alternation("layout/read-more-lines.txt") + "\\b.*", I);
  private static final Pattern ADVERT =
      Pattern.compile(WordLists.alternation("layout/advert-lines.txt"), I);
  private static final Pattern COOKIE =
      Pattern.compile("\\bcookies?\\b.*\\b" + WordLists.alternation("layout/cookie-words.txt"), I);

  /**
   * No spaces, and either a file extension or words joined by two or more hyphens/underscores. It
   * starts only where a run of such characters starts, so a search inside a long run reads it once.
   */
  private static final Pattern SLUG_LINE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.-])"
              + anyOf(
                  "[\\p{L}\\p{N}]+(?:[-_][\\p{L}\\p{N}]+){2,}",
                  "[\\p{L}\\p{N}_.-]+\\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp|avif|mp4|pdf)"),
          I);

  /** Wire and photo agencies as credits print them, in capitals (case-sensitive). */
  private static final String AGENCY =
      "(?-i:" + WordLists.alternation("layout/wire-agencies.txt") + ")";

  private static final String PHOTO_SOURCE = WordLists.alternation("layout/photo-sources.txt");
  private static final String CREDIT_WORD = WordLists.alternation("layout/credit-words.txt");

  /** A standalone "(Source: X)" line is a credit; at the end of a paragraph it may be data's. */
  private static final String CREDIT_OR_SOURCE_WORD = anyOf(CREDIT_WORD, "source", "fuente");

  /** "Jane Roe/AFP", "Jane Roe/Getty Images": a name, a slash and a photo agency. */
  private static final String NAME_SLASH_AGENCY =
      "[\\p{L}.' -]{2,40}/\\s*" + anyOf(AGENCY, PHOTO_SOURCE);

  /**
   * "(Photo: Jane Roe/AFP)", "(Shutterstock/ Jane Roe)", "(AP Photo)": no commas, short. A bare
   * "(AP)" is not among them: closing a paragraph it is the wire's attribution of the text.
   */
  private static final String PARENTHESISED_CREDIT =
      "\\(\\s*"
          + anyOf(
              "[^(),/]{1,40}/[^(),/]{1,40}",
              CREDIT_WORD + "\\b[^()]{1,80}",
              "[^()]{0,40}\\b" + PHOTO_SOURCE + "\\b[^()]{0,40}")
          + "\\)";

  /** The whole paragraph is a credit: "(Photo: Jane Roe/AFP)", "Illustration/Outlet", ... */
  private static final Pattern CREDIT_ONLY =
      Pattern.compile(
          anyOf(
              "(?:" + PARENTHESISED_CREDIT + "\\s*/?\\s*)+",
              CREDIT_OR_SOURCE_WORD + "\\s*(?:by|por|of|:|/)\\s*\\S.{0,80}",
              "(?:image )?(?:copyright|©)\\s*\\S.{0,60}",
              "\\(\\s*" + AGENCY + "\\s*\\)",
              AGENCY + "(?:/.{1,60})?",
              PHOTO_SOURCE + "(?:\\s*[/:,-]\\s*.{1,60})?",
              NAME_SLASH_AGENCY),
          I);

  /**
   * A caption's closing credit: after the caption's last sentence, at most a few words ("Yonhap
   * via"), then the credit, then nothing: "... in Tehran. (Photo: Jane Roe/AFP)".
   */
  private static final Pattern CREDIT_AT_END =
      Pattern.compile(
          "[.!?…\"”)]\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?"
              + anyOf(
                  PARENTHESISED_CREDIT,
                  CREDIT_WORD + "\\s*(?::|by)\\s*\\p{Lu}[^.!?]{1,60}",
                  NAME_SLASH_AGENCY,
                  AGENCY + "(?:/[^./]{1,60})?",
                  PHOTO_SOURCE + "(?:/[^./]{1,60})?")
              + "\\s*$",
          I);

  private BoilerplateRules() {}

  /** The rule that marks this paragraph as page furniture, or null. */
  static String reason(String paragraph) {
    String t = paragraph.strip();
    if (t.length() > MAX_CHARS) {
      return null; // running text, not furniture: skip the scans
    }
    int words = ParagraphShape.words(t);
    if (words <= 14 && SHARE.matcher(t).matches()) {
      return SHARE_FOLLOW;
    }
    if (isReadMore(t)) {
      return READ_MORE;
    }
    if (words <= 14 && NAVIGATION_LINE.matcher(t).matches()) {
      return NAVIGATION;
    }
    if (ADVERT.matcher(t).matches()) {
      return ADVERTISEMENT;
    }
    if (words <= 80 && t.contains("ookie") && COOKIE.matcher(t).find()) {
      return COOKIE_NOTICE;
    }
    if (t.length() <= 80 && SLUG_LINE.matcher(t).matches()) {
      return SLUG;
    }
    if (words <= 14 && CREDIT_ONLY.matcher(t).matches()) {
      return PHOTO_CREDIT;
    }
    if (words <= MAX_CAPTION_WORDS && creditEndsCaption(t)) {
      return PHOTO_CAPTION;
    }
    return null;
  }

  /** "keep reading", "Read more", "Show less": the link under a teaser (or inside an article). */
  static boolean isReadMore(String paragraph) {
    String t = paragraph.strip();
    return t.length() <= 120
        && ParagraphShape.words(t) <= 12
        && READ_MORE_LINE.matcher(t).matches();
  }

  static boolean isCredit(String reason) {
    return PHOTO_CREDIT.equals(reason) || PHOTO_CAPTION.equals(reason);
  }

  /** Only the tail can hold a caption's credit: match there, not across the whole caption. */
  private static boolean creditEndsCaption(String t) {
    return CREDIT_AT_END
        .matcher(t)
        .region(Math.max(0, t.length() - CREDIT_TAIL), t.length())
        .find();
  }

  private static String anyOf(String... alternatives) {
    return "(?:" + String.join("|", alternatives) + ")";
  }
}
