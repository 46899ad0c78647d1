package crosscheck.layout;

import crosscheck.model.DocumentMeta;
import crosscheck.model.ParagraphRole;
import crosscheck.model.Span;
import crosscheck.text.WordLists;
import java.time.LocalDate;
import java.util.List;
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

  /** Farther apart than this, a page's date and its address's are two different days. */
  private static final int AGREEING_DAYS = 2;

  private MetadataExtractor() {}

  public static DocumentMeta extract(
      String text, List<Span> paragraphs, List<RoleAssignment> roles) {
    return extract(text, paragraphs, roles, null);
  }

  /**
   * The metadata the text states, its address taken from {@code givenUrl} (the input's own field)
   * when there is one, else from a URL line; the address's path date and host fill the publication
   * date and outlet the page does not state (see {@link #published}).
   */
  public static DocumentMeta extract(
      String text, List<Span> paragraphs, List<RoleAssignment> roles, String givenUrl) {
    String title = null;
    String url = givenUrl == null || givenUrl.isBlank() ? null : givenUrl.strip();
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
      outlet = UrlMetadata.host(url); // derived from the address, not stated as an outlet name
    }
    return new DocumentMeta(
        outlet, url, published(published, UrlMetadata.date(url)), title, author);
  }

  /**
   * The publication date from the page's dateline and the URL's path date. A URL's date is fixed
   * when the page is made, so it wins over a bare dateline or an "Updated" one; only an explicit
   * "Published" line more than a couple of days away from it overrides it. When the two agree the
   * more precise one is kept (a day within the URL's month, else the URL's day).
   */
  static String published(DatedLine page, String urlDate) {
    if (urlDate == null) {
      return page == null ? null : page.iso();
    }
    if (page == null) {
      return urlDate;
    }
    String pageDate = page.iso();
    if (pageDate.length() > urlDate.length() && pageDate.startsWith(urlDate)) {
      return pageDate; // "2019-03-14" on the page, "/2019/03/" in the address
    }
    if (urlDate.length() > pageDate.length() && urlDate.startsWith(pageDate)) {
      return urlDate;
    }
    boolean agree =
        pageDate.length() == 10
            && urlDate.length() == 10
            && daysApart(pageDate, urlDate) <= AGREEING_DAYS;
    return page.rank() == 0 && !agree ? pageDate : urlDate;
  }

  private static long daysApart(String a, String b) {
    return Math.abs(LocalDate.parse(a).toEpochDay() - LocalDate.parse(b).toEpochDay());
  }

  /** A dateline's ISO date and how surely it is the publication date (lower is surer). */
  record DatedLine(String iso, int rank) {

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
}
