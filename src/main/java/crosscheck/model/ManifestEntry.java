package crosscheck.model;

import java.util.List;

/**
 * One input document in manifest.json: accepted or rejected with its reason, its languages, the
 * metadata given or found (flat, as the run contract lists them), and what segmentation kept and
 * dropped.
 *
 * @param language the document's first language (the first of {@code languages}), null if none
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
    List<String> warnings) {

  public ManifestEntry {
    languages = languages == null ? List.of() : languages;
    dropped = dropped == null ? List.of() : dropped;
    warnings = warnings == null ? List.of() : warnings;
    if (language == null && !languages.isEmpty()) language = languages.get(0);
  }

  public static ManifestEntry of(
      String doc, String path, String format, int line, String status, String reason, long bytes,
      String sha256, List<String> languages, DocumentMeta meta, int paragraphs, int sentences,
      int keptSentences, List<DroppedSpan> dropped, List<String> warnings) {
    DocumentMeta m = meta == null ? DocumentMeta.EMPTY : meta;
    return new ManifestEntry(doc, path, format, line, status, reason, bytes, sha256, null, languages,
        m.outlet(), m.title(), m.url(), m.published(), m.author(), paragraphs, sentences,
        keptSentences, dropped, warnings);
  }

  /** The metadata fields as one record. */
  public DocumentMeta meta() {
    return new DocumentMeta(outlet, url, published, title, author);
  }
}
