package crosscheck.facts;

import crosscheck.layout.UrlMetadata;
import crosscheck.model.ParagraphRole;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** The facts kernel: one document's reading date, then the claims of its kept sentences. */
public final class DocumentFacts {
  private DocumentFacts() {}

  /** The publication date when known, else one inferred from the kept text's own absolute dates. */
  public static DocumentDate date(SegmentedDocument d) {
    String given = d.meta() == null ? null : d.meta().published();
    if (given != null && !given.isBlank()) {
      // The address's date is used only when neither the input nor the page states another one.
      boolean fromUrl = given.equals(UrlMetadata.date(d.meta().url()));
      return fromUrl
          ? new DocumentDate(d.doc(), given, "url", 1.0, "date in the URL's path")
          : new DocumentDate(d.doc(), given, "given", 1.0, "metadata");
    }
    List<TimeValue> absolute = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      // The article's own photo captions date it well; appended teasers carry other stories' dates.
      String role = d.paragraphs().get(s.paragraph()).role();
      if (!s.kept() && !role.equals(ParagraphRole.BOILERPLATE.code())) continue;
      for (TimeValue t : TimeExpressions.find(d.text(), s.start(), s.end(), s.language(), null)) {
        if (!t.relative() && t.value() != null && !t.value().startsWith("X") && !future(t.value()))
          absolute.add(t);
      }
    }
    TimeExpressions.InferredDate inferred =
        TimeExpressions.inferPublicationDate(d.text(), absolute);
    if (inferred == null || inferred.value() == null)
      return new DocumentDate(d.doc(), null, "none", 0, "no dated reference");
    return new DocumentDate(
        d.doc(), inferred.value(), "inferred", inferred.confidence(), inferred.evidence());
  }

  /**
   * Whether an ISO date ("2031", "2031-05", "2031-05-08") lies after today: a release date or a
   * deadline the story looks forward to, never the day it was published.
   */
  static boolean future(String iso) {
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    return iso.length() <= today.length() && iso.compareTo(today.substring(0, iso.length())) > 0;
  }

  /**
   * The date relative expressions are resolved against: a given date, or an inferred one sure
   * enough. A weak guess ("the latest year mentioned") would date "July 20" in the wrong year;
   * unresolved, its year can still come from other sources reporting the same event.
   */
  public static String anchor(DocumentDate date, double minConfidence) {
    return date.value() != null && date.confidence() >= minConfidence ? date.value() : null;
  }

  public static List<FactRow> claims(SegmentedDocument d, String anchorDate) {
    return claims(d, anchorDate, ClaimLimits.none());
  }

  /** The claims of a document within a run's limits; {@code limits} counts what they left out. */
  static List<FactRow> claims(SegmentedDocument d, String anchorDate, ClaimLimits limits) {
    String language = d.languages().isEmpty() ? "und" : d.languages().get(0);
    String outlet = d.meta() == null ? null : d.meta().outlet();
    List<FactRow> out = new ArrayList<>();
    List<Claim> claims =
        ClaimExtractor.extract(d.doc(), d.text(), d.sentences(), anchorDate, language, limits);
    for (Claim c : limits.firstClaims(claims)) {
      String sentence = d.text().substring(c.sentenceStart(), c.sentenceEnd());
      int from = c.sentenceStart();
      int to = c.sentenceEnd();
      if (c.eventTime() != null) {
        from = Math.min(from, sentenceStartAt(d, c.eventTime().start()));
        to = Math.max(to, sentenceEndAt(d, c.eventTime().end()));
      }
      for (QuantityValue q : c.quantities()) {
        from = Math.min(from, sentenceStartAt(d, q.start()));
        to = Math.max(to, sentenceEndAt(d, q.end()));
      }
      boolean wider = from < c.sentenceStart() || to > c.sentenceEnd();
      out.add(
          new FactRow(
              c, sentence, outlet, wider ? from : -1, wider ? d.text().substring(from, to) : null));
    }
    return out;
  }

  private static int sentenceStartAt(SegmentedDocument d, int offset) {
    Sentence s = lastStartingBefore(d.sentences(), offset, true);
    return s != null && offset < s.end() ? s.start() : offset;
  }

  private static int sentenceEndAt(SegmentedDocument d, int offset) {
    Sentence s = lastStartingBefore(d.sentences(), offset, false);
    return s != null && offset <= s.end() ? s.end() : offset;
  }

  /**
   * The last sentence starting before {@code offset} (or at it, when {@code orAt}), by binary
   * search: sentences come in text order and do not overlap, and a document of thousands of claims
   * would otherwise scan them all per claim.
   */
  private static Sentence lastStartingBefore(List<Sentence> sentences, int offset, boolean orAt) {
    int lo = 0;
    int hi = sentences.size() - 1;
    Sentence found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (s.start() < offset || (orAt && s.start() == offset)) {
        found = s;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
