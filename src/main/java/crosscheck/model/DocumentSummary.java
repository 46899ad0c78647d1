package crosscheck.model;

import java.util.List;

/** What segmentation found in one document, for the manifest: no text beyond short previews. */
public record DocumentSummary(
    String doc,
    List<String> languages,
    DocumentMeta meta,
    int paragraphs,
    int sentences,
    int keptSentences,
    List<DroppedSpan> dropped) {}
