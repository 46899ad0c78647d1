package crosscheck.config;

/**
 * Report settings.
 *
 * @param previewChars how much of a dropped span the manifest and report quote
 * @param parquet also write the findings as Parquet tables (reuse.parquet, conflicts.parquet,
 *     corroborations.parquet) beside the JSON Lines files, for data pipelines
 * @param maxTextChars how much document text report.html carries for its document view (the texts
 *     findings cite, documents of conflicts first); beyond it a document shows its passages only
 */
public record ReportConfig(Integer previewChars, Boolean parquet, Long maxTextChars)
    implements java.io.Serializable {

  public static final ReportConfig DEFAULTS = new ReportConfig(120, false, 20_000_000L);

  void validate(Validation v) {
    v.require(previewChars != null && previewChars >= 0, "report.preview_chars", "must be ≥ 0");
    v.require(parquet != null, "report.parquet", "must be true or false");
    v.require(maxTextChars != null && maxTextChars >= 0, "report.max_text_chars", "must be ≥ 0");
  }
}
