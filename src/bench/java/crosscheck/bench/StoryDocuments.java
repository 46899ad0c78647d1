package crosscheck.bench;

import crosscheck.model.SegmentedDocument;
import crosscheck.model.SourceDocument;
import crosscheck.segment.DocumentSegmenter;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A story's text file as the job would segment it, for the real-news benchmarks without Spark. */
final class StoryDocuments {
  private StoryDocuments() {}

  /** The document's id: its file name without {@code .txt}. */
  static String id(Path file) {
    return file.getFileName().toString().replaceFirst("\\.txt$", "");
  }

  /** The file read (UTF-8, else ISO-8859-1 for older corpora), accepted and segmented. */
  static SegmentedDocument segment(DocumentSegmenter segmenter, Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      text = Files.readString(file, StandardCharsets.ISO_8859_1);
    }
    return segmenter.segment(
        new SourceDocument(
            id(file),
            file.toString(),
            "txt",
            0,
            "accepted",
            null,
            text.length(),
            null,
            text,
            null,
            null,
            null,
            null,
            List.of()));
  }
}
