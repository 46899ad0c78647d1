package crosscheck.report;

import crosscheck.model.ConflictFinding;
import crosscheck.model.Corroboration;
import crosscheck.model.ReuseFinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes the report files of the run contract into a folder (normally {@link ReportFolder#dir()}):
 * manifest.json, reuse.jsonl, conflicts.jsonl, reuse.csv, conflicts.csv, corroborations.jsonl and
 * report.html. Findings are sorted by id first, so the same findings always give the same bytes.
 * changes.json and {@value ReportFolder#SUCCESS} are written by others.
 */
public final class ReportWriter {

  public static final String MANIFEST = "manifest.json";
  public static final String REUSE_JSONL = "reuse.jsonl";
  public static final String CONFLICTS_JSONL = "conflicts.jsonl";
  public static final String REUSE_CSV = "reuse.csv";
  public static final String CONFLICTS_CSV = "conflicts.csv";
  public static final String CORROBORATIONS_JSONL = "corroborations.jsonl";
  public static final String REPORT_HTML = "report.html";
  public static final String CHANGES_JSON = "changes.json";

  private ReportWriter() {}

  public static void write(
      Path dir,
      Manifest manifest,
      List<ReuseFinding> reuse,
      List<ConflictFinding> conflicts,
      List<Corroboration> corroborations)
      throws IOException {
    write(dir, manifest, reuse, conflicts, corroborations, null, Map.of());
  }

  /**
   * @param changes against the previous run; changes.json is written when not null
   * @param documentTexts the texts of the documents the findings cite (never the whole corpus), so
   *     the report can show each passage in its document
   */
  public static void write(
      Path dir,
      Manifest manifest,
      List<ReuseFinding> reuse,
      List<ConflictFinding> conflicts,
      List<Corroboration> corroborations,
      Changes changes,
      Map<String, String> documentTexts)
      throws IOException {
    List<ReuseFinding> sortedReuse =
        reuse.stream().sorted(Comparator.comparing(ReuseFinding::id, byId())).toList();
    List<ConflictFinding> sortedConflicts =
        conflicts.stream().sorted(Comparator.comparing(ConflictFinding::id, byId())).toList();
    List<String> corroborationLines =
        (corroborations == null ? List.<Corroboration>of() : corroborations)
            .stream()
                .sorted(Comparator.comparing(Corroboration::id, byId()))
                .map(Json::line)
                .toList();

    Files.createDirectories(dir);
    Json.writeJsonLines(dir.resolve(REUSE_JSONL), sortedReuse);
    Json.writeJsonLines(dir.resolve(CONFLICTS_JSONL), sortedConflicts);
    CsvWriter.writeReuse(dir.resolve(REUSE_CSV), sortedReuse);
    CsvWriter.writeConflicts(dir.resolve(CONFLICTS_CSV), sortedConflicts);
    Files.writeString(
        dir.resolve(CORROBORATIONS_JSONL),
        corroborationLines.isEmpty() ? "" : String.join("\n", corroborationLines) + "\n",
        StandardCharsets.UTF_8);
    manifest.write(dir.resolve(MANIFEST));
    if (changes != null) Json.writePretty(dir.resolve(CHANGES_JSON), changes);
    Files.writeString(
        dir.resolve(REPORT_HTML),
        HtmlReport.render(manifest, sortedReuse, sortedConflicts, changes, documentTexts),
        StandardCharsets.UTF_8);
  }

  private static Comparator<String> byId() {
    return Comparator.nullsLast(Comparator.naturalOrder());
  }
}
