package crosscheck.config;

/**
 * Ingest settings.
 *
 * @param maxFileBytes files larger than this are rejected unread (protects executors' memory)
 * @param maxDocumentChars documents longer than this are rejected
 * @param invalidUtf8 {@code replace}: decode with U+FFFD and warn; {@code reject}: reject the file
 */
public record IngestConfig(Long maxFileBytes, Long maxDocumentChars, String invalidUtf8)
    implements java.io.Serializable {

  public static final IngestConfig DEFAULTS = new IngestConfig(256L << 20, 2_000_000L, "replace");

  public boolean rejectInvalidUtf8() {
    return "reject".equals(invalidUtf8);
  }

  void validate(Validation v) {
    v.require(maxFileBytes != null && maxFileBytes > 0, "ingest.max_file_bytes", "must be > 0");
    v.require(
        maxDocumentChars != null && maxDocumentChars > 0,
        "ingest.max_document_chars",
        "must be > 0");
    v.oneOf(invalidUtf8, "ingest.invalid_utf8", "replace", "reject");
  }
}
