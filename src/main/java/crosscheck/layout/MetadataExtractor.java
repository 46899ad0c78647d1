package crosscheck.layout;

import crosscheck.model.DocumentMeta;
import crosscheck.model.ParagraphRole;
import crosscheck.model.Span;
import crosscheck.text.WordLists;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a document's metadata from the paragraphs {@link ParagraphRoleClassifier} marked: title,
 * URL line, byline, outlet marker, dateline. A field the text does not state stays null; nothing is
 * guessed. Teasers are never read (their bylines and dates belong to other articles). Stateless and
 * thread-safe.
 */
public final class MetadataExtractor {

  private static final Pattern UPDATED =
      Pattern.compile(
          "^" + WordLists.alternation("layout/updated-words.txt"), Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "^" + WordLists.alternation("layout/published-words.txt"), Pattern.CASE_INSENSITIVE);

  private MetadataExtractor() {}

  public static DocumentMeta extract(
      String text, List<Span> paragraphs, List<RoleAssignment> roles) {
    String title = null;
    String url = null;
    String author = null;
    String bylineOutlet = null;
    String markerOutlet = null;
    DatedLine published = null;
    for (int i = 0; i < paragraphs.size(); i++) {
      RoleAssignment role = roles.get(i);
      String p = paragraphs.get(i).of(text).strip();
      if (role.is(ParagraphRole.TITLE) && title == null) {
        title = p;
      }
      if (!role.is(ParagraphRole.METADATA)) {
        continue;
      }
      switch (role.reason()) {
        case MetadataRules.URL_LINE -> url = url != null ? url : MetadataRules.url(p);
        case MetadataRules.OUTLET_MARKER ->
            markerOutlet = markerOutlet != null ? markerOutlet : MetadataRules.outlet(p);
        case MetadataRules.BYLINE -> {
          MetadataRules.Byline byline = MetadataRules.byline(p);
          if (author == null && byline != null) {
            author = byline.author();
            bylineOutlet = byline.outlet();
          }
          if (byline != null
              && byline.rest() != null
              && PublicationDates.isDateline(byline.rest())) {
            published = earlier(published, DatedLine.of(byline.rest()));
          }
        }
        case MetadataRules.DATELINE -> published = earlier(published, DatedLine.of(p));
        default -> {}
      }
    }
    String outlet = markerOutlet != null ? markerOutlet : bylineOutlet;
    if (outlet == null) {
      outlet = host(url); // derived from the URL line, not stated as an outlet name
    }
    return new DocumentMeta(outlet, url, published == null ? null : published.iso(), title, author);
  }

  /** A dateline's ISO date and how surely it is the publication date (lower is surer). */
  private record DatedLine(String iso, int rank) {

    static DatedLine of(String line) {
      String iso = PublicationDates.firstIso(line);
      if (iso == null) {
        return null;
      }
      int rank = PUBLISHED.matcher(line).find() ? 0 : UPDATED.matcher(line).find() ? 2 : 1;
      return new DatedLine(iso, rank);
    }
  }

  /** "Published" beats a bare date, which beats "Updated"; among equals the first one wins. */
  private static DatedLine earlier(DatedLine kept, DatedLine found) {
    if (found == null) {
      return kept;
    }
    return kept == null || found.rank() < kept.rank() ? found : kept;
  }

  /** The URL's host without "www.", e.g. "example-news.com"; null when there is no URL. */
  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url).getHost();
      if (host == null || host.isBlank()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
