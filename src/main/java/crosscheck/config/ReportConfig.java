package crosscheck.config;

/**
 * Report settings.
 *
 * @param previewChars how much of a dropped span the manifest and report quote
 */
public record ReportConfig(Integer previewChars) implements java.io.Serializable {

  public static final ReportConfig DEFAULTS = new ReportConfig(120);

  void validate(Validation v) {
    v.require(previewChars != null && previewChars >= 0, "report.preview_chars", "must be ≥ 0");
  }
}
