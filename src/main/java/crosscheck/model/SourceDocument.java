package crosscheck.model;

import java.util.List;

/**
 * One input document as ingested: accepted with its text, or rejected with a reason. Metadata
 * fields hold what the input gave (JSON Lines / CSV / Parquet columns); empty when not given.
 *
 * @param line 1-based record line (JSON Lines) or row (CSV, Parquet); 0 for whole-file formats
 * @param status {@code accepted} or {@code rejected}
 * @param text decoded text (Java String, offsets index into it); null when rejected
 */
public record SourceDocument(
    String doc,
    String path,
    String format,
    int line,
    String status,
    String reason,
    long bytes,
    String sha256,
    String text,
    String outlet,
    String url,
    String published,
    String title,
    List<String> warnings) {

  public static final String ACCEPTED = "accepted";
  public static final String REJECTED = "rejected";

  public boolean accepted() {
    return ACCEPTED.equals(status);
  }
}
