package crosscheck.model;

import java.util.List;

/**
 * One input document in manifest.json: accepted or rejected with its reason, its languages,
 * metadata, and what segmentation kept and dropped.
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
    List<String> languages,
    DocumentMeta meta,
    int paragraphs,
    int sentences,
    int keptSentences,
    List<DroppedSpan> dropped,
    List<String> warnings) {}
