package crosscheck.facts;

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
    if (given != null && !given.isBlank())
      return new DocumentDate(d.doc(), given, "given", 1.0, "metadata");
    List<TimeValue> absolute = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      // The article's own photo captions date it well; appended teasers carry other stories' dates.
      String role = d.paragraphs().get(s.paragraph()).role();
      if (!s.kept() && !role.equals(ParagraphRole.BOILERPLATE.code())) continue;
      for (TimeValue t : TimeExpressions.find(d.text(), s.start(), s.end(), s.language(), null)) {
        if (!t.relative() && t.value() != null && !t.value().startsWith("X")) absolute.add(t);
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
   * The date relative expressions are resolved against: a given date, or an inferred one sure
   * enough. A weak guess ("the latest year mentioned") would date "July 20" in the wrong year;
   * unresolved, its year can still come from other sources reporting the same event.
   */
  public static String anchor(DocumentDate date, double minConfidence) {
    return date.value() != null && date.confidence() >= minConfidence ? date.value() : null;
  }

  public static List<FactRow> claims(SegmentedDocument d, String anchorDate) {
    String language = d.languages().isEmpty() ? "und" : d.languages().get(0);
    String outlet = d.meta() == null ? null : d.meta().outlet();
    List<FactRow> out = new ArrayList<>();
    for (Claim c : ClaimExtractor.extract(d.doc(), d.text(), d.sentences(), anchorDate, language)) {
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
    for (Sentence s : d.sentences()) if (s.start() <= offset && offset < s.end()) return s.start();
    return offset;
  }

  private static int sentenceEndAt(SegmentedDocument d, int offset) {
    for (Sentence s : d.sentences()) if (s.start() < offset && offset <= s.end()) return s.end();
    return offset;
  }
}
