package crosscheck.model;

import java.util.List;

/**
 * One input document in manifest.json: accepted or rejected with its reason, its languages, the
 * metadata given or found (flat, as the run contract lists them), and what segmentation kept and
 * dropped.
 *
 * @param language the document's first language (the first of {@code languages}), null if none
 * @param publishedInferred when {@code published} is unknown, the date inferred from the text's own
 *     dated references (relative dates are read against it), else null
 * @param publishedConfidence how sure that inference is, in [0, 1]; null when nothing was inferred
 * @param publishedEvidence what the inference rests on
 */
public record ManifestEntry(
    String doc,
    String path,
    String format,
    int line,
    String status,
    String reason,
    long bytes,
    String sha256,
    String language,
    List<String> languages,
    String outlet,
    String title,
    String url,
    String published,
    String author,
    int paragraphs,
    int sentences,
    int keptSentences,
    List<DroppedSpan> dropped,
    List<String> warnings,
    String publishedInferred,
    Double publishedConfidence,
    String publishedEvidence) {

  public ManifestEntry {
    languages = languages == null ? List.of() : languages;
    dropped = dropped == null ? List.of() : dropped;
    warnings = warnings == null ? List.of() : warnings;
    if (language == null && !languages.isEmpty()) language = languages.get(0);
  }

  public static ManifestEntry of(
      String doc,
      String path,
      String format,
      int line,
      String status,
      String reason,
      long bytes,
      String sha256,
      List<String> languages,
      DocumentMeta meta,
      int paragraphs,
      int sentences,
      int keptSentences,
      List<DroppedSpan> dropped,
      List<String> warnings) {
    DocumentMeta m = meta == null ? DocumentMeta.EMPTY : meta;
    return new ManifestEntry(
        doc,
        path,
        format,
        line,
        status,
        reason,
        bytes,
        sha256,
        null,
        languages,
        m.outlet(),
        m.title(),
        m.url(),
        m.published(),
        m.author(),
        paragraphs,
        sentences,
        keptSentences,
        dropped,
        warnings,
        null,
        null,
        null);
  }

  /** This entry with the publication date the facts stage inferred from the text. */
  public ManifestEntry withInferredDate(String value, double confidence, String evidence) {
    return new ManifestEntry(
        doc,
        path,
        format,
        line,
        status,
        reason,
        bytes,
        sha256,
        language,
        languages,
        outlet,
        title,
        url,
        published,
        author,
        paragraphs,
        sentences,
        keptSentences,
        dropped,
        warnings,
        value,
        confidence,
        evidence);
  }

  /** This entry with more warnings after its own (a later stage's notices). */
  public ManifestEntry withWarnings(List<String> more) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new ManifestEntry(
        doc,
        path,
        format,
        line,
        status,
        reason,
        bytes,
        sha256,
        language,
        languages,
        outlet,
        title,
        url,
        published,
        author,
        paragraphs,
        sentences,
        keptSentences,
        dropped,
        all,
        publishedInferred,
        publishedConfidence,
        publishedEvidence);
  }

  /** The metadata fields as one record. */
  public DocumentMeta meta() {
    return new DocumentMeta(outlet, url, published, title, author);
  }
}
