package crosscheck.config;

/**
 * Report settings.
 *
 * @param previewChars how much of a dropped span the manifest and report quote
 * @param parquet also write the findings as Parquet tables (reuse.parquet, conflicts.parquet,
 *     corroborations.parquet) beside the JSON Lines files, for data pipelines
 */
public record ReportConfig(Integer previewChars, Boolean parquet) implements java.io.Serializable {

  public static final ReportConfig DEFAULTS = new ReportConfig(120, false);

  void validate(Validation v) {
    v.require(previewChars != null && previewChars >= 0, "report.preview_chars", "must be ≥ 0");
    v.require(parquet != null, "report.parquet", "must be true or false");
  }
}
