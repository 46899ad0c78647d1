package crosscheck.layout;

import crosscheck.text.WordLists;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that describe the article rather than tell it: URL lines, bylines, outlet markers,
 * datelines and category labels. Also parses them for {@link MetadataExtractor}.
 */
final class MetadataRules {

  static final String URL_LINE = "url line";
  static final String BYLINE = "byline";
  static final String OUTLET_MARKER = "outlet marker";
  static final String DATELINE = "dateline";

  /**
   * "Analysis | Latin America": METADATA, not boilerplate, because it states what the article is
   * (its genre and section), a fact about this document a later stage may use (news vs opinion),
   * unlike share buttons or navigation that are the same on every page of a site.
   */
  static final String CATEGORY_LABEL = "category label";

  /**
   * Author and outlet named by a byline; outlet null when the byline names none.
   *
   * @param rest what follows the name ("Staff Writer", "July 3, 2021"), or null
   */
  record Byline(String author, String outlet, String rest) {}

  private static final int MAX_CHARS = 200;
  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  // "https://...", "<www....>", "URL: https://...": a line that is only the page's address.
  private static final Pattern URL =
      Pattern.compile(
          "^(?:"
              + WordLists.alternation("layout/url-labels.txt")
              + "\\s*:\\s*)?<?(https?://|www\\.)[^\\s<>]+>?$",
          I);
  private static final Pattern FIRST_URL =
      Pattern.compile("(?:https?://|www\\.)[^\\s<>\"')\\]]+", I);

  // A name is capitalised words, allowing particles (de, van, da...) and initials.
  private static final List<String> PARTICLES = WordLists.list("layout/name-particles.txt");
  private static final String NAME_WORD =
      "(?:\\p{Lu}[\\p{L}'’.-]*|" + String.join("|", PARTICLES) + ")";
  private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+" + NAME_WORD + "){0,5}";
  private static final String NAMES =
      NAME
          + "(?:\\s+(?:"
          + String.join("|", WordLists.list("layout/name-joiners.txt"))
          + ")\\s+"
          + NAME
          + "){0,3}";
  private static final String BYLINE_WORD = WordLists.alternation("layout/byline-words.txt");
  private static final Pattern BYLINE_LINE =
      Pattern.compile(
          "^"
              + BYLINE_WORD
              + "\\s+(?-i:("
              + NAMES
              + "))"
              + "(?:\\s*/\\s*([^:|,–—]{2,60}?))?" // "/Outlet Name"
              + "\\s*(?:[:,|–—-]\\s*(.{0,80}))?$", // role, date or outlet after the name
          I);
  private static final Pattern OUTLET_LINE =
      Pattern.compile(
          "^(?:"
              + WordLists.alternation("layout/source-line-words.txt")
              + "\\s*[»:>|›-]+\\s*|site icon\\s+)(\\S.{0,60}?)\\s*$",
          I);
  private static final Pattern CATEGORY =
      Pattern.compile(
          "^[\\p{L}\\p{N}&'’ -]{2,40}(?:\\s+[|›»>/]\\s+[\\p{L}\\p{N}&'’ -]{2,40}){1,4}$", I);

  private MetadataRules() {}

  /** The rule that marks this paragraph as metadata, or null. */
  static String reason(String paragraph) {
    String t = paragraph.strip();
    if (URL.matcher(t).matches()) {
      return URL_LINE;
    }
    if (t.length() > MAX_CHARS) {
      return null; // metadata lines are short: skip the scans of running text
    }
    if (byline(t) != null) {
      return BYLINE;
    }
    if (outlet(t) != null) {
      return OUTLET_MARKER;
    }
    if (t.length() <= 80 && PublicationDates.isDateline(t)) {
      return DATELINE;
    }
    if (CATEGORY.matcher(t).matches()) {
      return CATEGORY_LABEL;
    }
    return null;
  }

  static boolean isCategoryLabel(String reason) {
    return CATEGORY_LABEL.equals(reason);
  }

  /** The byline's author and outlet, or null when the line is not a byline. */
  static Byline byline(String paragraph) {
    String t = paragraph.strip();
    if (t.length() > MAX_CHARS || ParagraphShape.words(t) > 16) {
      return null;
    }
    Matcher m = BYLINE_LINE.matcher(t);
    // "By Tuesday, the council will vote." reads like a byline but is a sentence.
    if (!m.matches() || ParagraphShape.isSentenceLike(t) && ParagraphShape.words(t) > 5) {
      return null;
    }
    String outlet = m.group(2) != null ? m.group(2).strip() : null;
    String rest = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
    return new Byline(m.group(1).strip(), outlet == null || outlet.isEmpty() ? null : outlet, rest);
  }

  /** The outlet an outlet marker names ("Source » outlet", "Site icon Outlet"), or null. */
  static String outlet(String paragraph) {
    String t = paragraph.strip();
    if (t.length() > MAX_CHARS || ParagraphShape.words(t) > 10) {
      return null;
    }
    Matcher m = OUTLET_LINE.matcher(t);
    return m.matches() ? m.group(1).strip() : null;
  }

  static String url(String paragraph) {
    String t = paragraph.strip();
    if (!URL.matcher(t).matches()) {
      return null;
    }
    Matcher m = FIRST_URL.matcher(t);
    return m.find() ? m.group() : null;
  }
}
