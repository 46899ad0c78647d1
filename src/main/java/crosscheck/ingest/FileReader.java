package crosscheck.ingest;

import crosscheck.model.InputFile;
import crosscheck.model.SourceDocument;
import crosscheck.spark.HadoopConf;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.fs.Path;

/**
 * Reads one input file through its Hadoop file system and parses it into documents. Never throws
 * for a bad file: an unreadable, oversized or unsupported file becomes one rejected document with
 * its reason.
 */
public final class FileReader {
  private FileReader() {}

  public static List<SourceDocument> read(
      InputFile file,
      HadoopConf hadoop,
      long maxFileBytes,
      long maxDocumentChars,
      boolean rejectInvalidUtf8) {
    switch (file.format()) {
      case "unreadable":
        return List.of(rejected(file, "folder cannot be listed (permission denied?)"));
      case "broken-link":
        return List.of(rejected(file, "symbolic link to a missing file"));
      case LocalWalk.FIFO:
        return List.of(rejected(file, notRegular("a named pipe")));
      case LocalWalk.SOCKET:
        return List.of(rejected(file, notRegular("a socket")));
      case LocalWalk.DEVICE:
        return List.of(rejected(file, notRegular("a device")));
      case LocalWalk.SPECIAL:
        return List.of(rejected(file, notRegular("a special file")));
      case "unknown":
        return List.of(
            rejected(file, "unsupported file type (expected .txt, .md, .jsonl, .csv or .parquet)"));
      default:
        break;
    }
    if (file.bytes() > maxFileBytes) {
      return List.of(
          rejected(
              file,
              "file too large ("
                  + file.bytes()
                  + " bytes > ingest.max_file_bytes "
                  + maxFileBytes
                  + ")"));
    }
    byte[] bytes;
    try {
      bytes = readAll(file, hadoop, maxFileBytes);
    } catch (IOException | RuntimeException e) {
      return List.of(
          rejected(
              file, "cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    try {
      return DocumentParser.parse(file, bytes, maxDocumentChars, rejectInvalidUtf8);
    } catch (MissingColumnException e) {
      return List.of(rejected(file, e.getMessage()));
    }
  }

  /** Opening one could wait forever (a pipe) or never end (a device): such files are not read. */
  private static String notRegular(String kind) {
    return "not a regular file (" + kind + "): not read";
  }

  /** The first {@code limit} bytes of a file (all of it when smaller). */
  public static byte[] readAll(InputFile file, HadoopConf hadoop, long limit) throws IOException {
    try (InputStream in = RawLocal.open(new Path(file.path()), hadoop.get())) {
      return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
  }

  static SourceDocument rejected(InputFile file, String reason) {
    return new SourceDocument(
        DocumentParser.documentId(file.relative()),
        file.path(),
        file.format(),
        0,
        SourceDocument.REJECTED,
        reason,
        file.bytes(),
        null,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }
}
