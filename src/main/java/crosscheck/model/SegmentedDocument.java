package crosscheck.model;

import java.util.List;

/**
 * An accepted document after segmentation: text, metadata, paragraphs and sentences with offsets.
 */
public record SegmentedDocument(
    String doc,
    String text,
    DocumentMeta meta,
    List<String> languages,
    List<Paragraph> paragraphs,
    List<Sentence> sentences) {}
