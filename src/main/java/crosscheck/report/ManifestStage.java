package crosscheck.report;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import crosscheck.facts.DocumentDate;
import crosscheck.model.DocumentNotice;
import crosscheck.model.DocumentSummary;
import crosscheck.model.ManifestEntry;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.SourceDocument;
import crosscheck.segment.DocumentSegmenter;
import crosscheck.spark.RecordCodec;
import crosscheck.spark.Stages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One manifest entry per input document: the ingest record (without its text) joined with what
 * segmentation found. Only these small entries reach the driver, never the corpus.
 */
public final class ManifestStage {
  public static final String NAME = "manifest";
  private final int previewChars;

  public ManifestStage(int previewChars) {
    this.previewChars = previewChars;
  }

  /** A source document and its summary (null when rejected). */
  record ManifestRow(SourceDocument source, DocumentSummary summary) {}

  public List<ManifestEntry> apply(Dataset<Row> sources, Dataset<Row> documents) {
    int preview = previewChars;
    Dataset<Row> summaries =
        Stages.map(
            documents,
            SegmentedDocument.class,
            DocumentSummary.class,
            d -> DocumentSegmenter.summarize(d, preview));
    Column[] sourceColumns =
        Arrays.stream(RecordCodec.schema(SourceDocument.class).fieldNames())
            .map(f -> f.equals("text") ? lit(null).cast("string").as("text") : sources.col(f))
            .toArray(Column[]::new);
    Column[] summaryColumns =
        Arrays.stream(RecordCodec.schema(DocumentSummary.class).fieldNames())
            .map(summaries::col)
            .toArray(Column[]::new);
    Dataset<Row> joined =
        sources
            .join(
                summaries,
                sources
                    .col("doc")
                    .equalTo(summaries.col("doc"))
                    .and(sources.col("status").equalTo(lit(SourceDocument.ACCEPTED))),
                "left")
            .select(
                struct(sourceColumns).as("source"),
                org.apache
                    .spark
                    .sql
                    .functions
                    .when(summaries.col("doc").isNotNull(), struct(summaryColumns))
                    .as("summary"));
    List<ManifestEntry> entries = new ArrayList<>();
    for (ManifestRow row : Stages.collect(joined, ManifestRow.class)) {
      entries.add(entry(row.source(), row.summary()));
    }
    entries.sort(
        Comparator.comparing(ManifestEntry::doc)
            .thenComparing(ManifestEntry::path)
            .thenComparingInt(ManifestEntry::line));
    return entries;
  }

  /**
   * The entries with the publication date that their documents' texts imply, where no date was
   * given ({@link DocumentDate} rows of source "inferred").
   */
  public static List<ManifestEntry> withInferredDates(
      List<ManifestEntry> entries, Dataset<Row> dates) {
    Map<String, DocumentDate> byDoc = new HashMap<>();
    for (DocumentDate d : Stages.collect(dates, DocumentDate.class)) {
      if ("inferred".equals(d.source())) byDoc.put(d.doc(), d);
    }
    List<ManifestEntry> out = new ArrayList<>(entries.size());
    for (ManifestEntry e : entries) {
      DocumentDate d = byDoc.get(e.doc());
      out.add(d == null ? e : e.withInferredDate(d.value(), d.confidence(), d.evidence()));
    }
    return out;
  }

  /** The entries with each document's notices from later stages appended to its warnings. */
  public static List<ManifestEntry> withNotices(
      List<ManifestEntry> entries, List<DocumentNotice> notices) {
    if (notices.isEmpty()) return entries;
    Map<String, List<String>> byDoc = new HashMap<>();
    for (DocumentNotice n : notices) {
      byDoc.computeIfAbsent(n.doc(), d -> new ArrayList<>()).add(n.warning());
    }
    List<ManifestEntry> out = new ArrayList<>(entries.size());
    for (ManifestEntry e : entries) {
      List<String> more = byDoc.get(e.doc());
      out.add(more == null ? e : e.withWarnings(more));
    }
    return out;
  }

  static ManifestEntry entry(SourceDocument s, DocumentSummary summary) {
    boolean has = summary != null;
    return ManifestEntry.of(
        s.doc(),
        s.path(),
        s.format(),
        s.line(),
        s.status(),
        s.reason(),
        s.bytes(),
        s.sha256(),
        has ? summary.languages() : List.of(),
        has
            ? summary.meta()
            : new crosscheck.model.DocumentMeta(
                s.outlet(), s.url(), s.published(), s.title(), null),
        has ? summary.paragraphs() : 0,
        has ? summary.sentences() : 0,
        has ? summary.keptSentences() : 0,
        has ? summary.dropped() : List.of(),
        s.warnings() == null ? List.of() : s.warnings());
  }
}
