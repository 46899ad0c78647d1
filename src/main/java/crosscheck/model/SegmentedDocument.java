package crosscheck.model;

import java.util.List;

/**
 * An accepted document after segmentation: text, metadata, paragraphs and sentences with offsets.
 *
 * @param notes what segmentation could not do fully for this document (a sentence cut at a limit,
 *     or the document left unsegmented because the kernel failed on it)
 */
public record SegmentedDocument(
    String doc,
    String text,
    DocumentMeta meta,
    List<String> languages,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    StageNotes notes) {

  public SegmentedDocument {
    notes = notes == null ? StageNotes.NONE : notes;
  }

  public SegmentedDocument(
      String doc,
      String text,
      DocumentMeta meta,
      List<String> languages,
      List<Paragraph> paragraphs,
      List<Sentence> sentences) {
    this(doc, text, meta, languages, paragraphs, sentences, StageNotes.NONE);
  }
}
