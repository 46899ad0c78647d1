package crosscheck.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;

import crosscheck.config.ReportConfig;
import crosscheck.model.ConflictFinding;
import crosscheck.model.Corroboration;
import crosscheck.model.ReuseFinding;
import crosscheck.spark.Stages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Report: the findings, the manifest and the texts findings cite -> the report folder, written into
 * a temporary sibling and renamed into place ({@link ReportFolder}), with Parquet tables of the
 * findings when {@code report.parquet} asks for them.
 */
public final class ReportStage {
  public static final String NAME = "report";
  private static final Logger LOG = LogManager.getLogger(ReportStage.class);
  private final ReportConfig config;

  public ReportStage(ReportConfig config) {
    this.config = config;
  }

  /** All the findings of a run, as the report writes them. */
  public record Findings(
      List<ReuseFinding> reuse,
      List<ConflictFinding> conflicts,
      List<Corroboration> corroborations) {}

  /**
   * The texts of the documents findings cite, for the report's document view, within {@code
   * report.max_text_chars} ({@link CitedTexts}); only these texts reach the driver.
   */
  public Map<String, String> citedTexts(Dataset<Row> documents, Findings findings) {
    Set<String> cited = CitedTexts.cited(findings.reuse(), findings.conflicts());
    Map<String, String> texts = new TreeMap<>();
    if (cited.isEmpty()) return texts;
    Map<String, Integer> lengths = new HashMap<>();
    for (Row r :
        documents
            .filter(col("doc").isin(cited.toArray()))
            .select(col("doc"), length(col("text")))
            .collectAsList()) {
      lengths.put(r.getString(0), r.getInt(1));
    }
    List<String> chosen = CitedTexts.chosen(cited, lengths, config.maxTextChars());
    if (chosen.size() < lengths.size()) {
      LOG.info(
          "report.html carries the texts of {} of the {} cited documents (report.max_text_chars {});"
              + " the others show their passages only",
          chosen.size(),
          lengths.size(),
          config.maxTextChars());
    }
    if (chosen.isEmpty()) return texts;
    for (Row r :
        documents.filter(col("doc").isin(chosen.toArray())).select("doc", "text").collectAsList()) {
      texts.put(r.getString(0), r.getString(1));
    }
    return texts;
  }

  /** Writes and publishes the report folder; returns it. */
  public Path write(
      SparkSession spark,
      Path reportDir,
      Manifest manifest,
      Findings findings,
      Changes changes,
      Map<String, String> texts) {
    try (ReportFolder folder = ReportFolder.open(reportDir)) {
      ReportWriter.write(
          folder.dir(),
          manifest,
          findings.reuse(),
          findings.conflicts(),
          findings.corroborations(),
          changes,
          texts);
      if (config.parquet()) {
        writeParquet(
            spark, folder.dir().resolve("reuse.parquet"), findings.reuse(), ReuseFinding.class);
        writeParquet(
            spark,
            folder.dir().resolve("conflicts.parquet"),
            findings.conflicts(),
            ConflictFinding.class);
        writeParquet(
            spark,
            folder.dir().resolve("corroborations.parquet"),
            findings.corroborations(),
            Corroboration.class);
      }
      folder.publish();
      return reportDir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + reportDir, e);
    }
  }

  /**
   * One Parquet table of findings, written from the driver (findings only, never the corpus) as one
   * file, sorted by id like the JSON Lines, with the same nested fields.
   */
  private static <T extends Record> void writeParquet(
      SparkSession spark, Path dir, List<T> findings, Class<T> type) {
    Stages.of(spark, findings, type, 1)
        .orderBy("id")
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(dir.toUri().toString());
  }
}
