package crosscheck.job;

import static org.apache.spark.sql.functions.col;

import crosscheck.config.JobConfig;
import crosscheck.conflicts.ClaimBlocks;
import crosscheck.conflicts.ConflictsStage;
import crosscheck.conflicts.Corroboration;
import crosscheck.facts.DocumentDate;
import crosscheck.facts.FactsStage;
import crosscheck.ingest.IngestStage;
import crosscheck.ingest.InputLister;
import crosscheck.model.ConflictFinding;
import crosscheck.model.InputFile;
import crosscheck.model.ManifestEntry;
import crosscheck.model.ReuseFinding;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.SourceDocument;
import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import crosscheck.reuse.DocumentAttributions;
import crosscheck.reuse.PassagePair;
import crosscheck.reuse.quotes.QuoteAttributor;
import crosscheck.reuse.ReuseFindings;
import crosscheck.reuse.ReuseStage;
import crosscheck.spark.Stages;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import crosscheck.report.ChangeDetector;
import crosscheck.report.Changes;
import crosscheck.report.Manifest;
import crosscheck.report.ManifestStage;
import crosscheck.report.ReportFolder;
import crosscheck.report.ReportWriter;
import crosscheck.spark.HadoopConf;
import crosscheck.spark.Sessions;
import crosscheck.segment.SegmentStage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job, top to bottom as the picture in the README: list inputs, ingest, segment, (reuse, facts,
 * conflicts), manifest, report. Each stage is a small class over Spark Datasets; this class only
 * wires them and logs one line per stage.
 */
public final class CrosscheckJob {
  private final SparkSession spark;
  private final JobConfig job;
  private final CommandLine cli;
  private static final org.apache.logging.log4j.Logger LOG =
      org.apache.logging.log4j.LogManager.getLogger(CrosscheckJob.class);
  private final StageLog log = new StageLog();

  public record Result(Path reportDir, int accepted, int rejected, int reuse, int conflicts) {}

  public CrosscheckJob(SparkSession spark, JobConfig job, CommandLine cli) {
    this.spark = spark;
    this.job = job;
    this.cli = cli;
  }

  public Result run(Path reportDir) throws IOException {
    return run(reportDir, null);
  }

  /** @param previous the run to compare with for changes.json, or null (every finding is new) */
  public Result run(Path reportDir, ChangeDetector.PreviousRun previous) throws IOException {
    Instant started = Instant.now();
    HadoopConf hadoop = new HadoopConf(spark.sparkContext().hadoopConfiguration());

    List<InputFile> files =
        log.time("list", () -> InputLister.list(job.inputs(), hadoop.get()), f -> f.size() + " input files");
    IngestStage ingest = new IngestStage(job.ingest());
    ingest.checkHeaders(files, hadoop);
    Dataset<Row> sources =
        log.time(IngestStage.NAME, () -> persist(ingest.apply(spark, files)), this::countByStatus);
    Dataset<Row> documents =
        log.time(SegmentStage.NAME, () -> persist(new SegmentStage(job.segment()).apply(sources)),
            d -> d.count() + " documents segmented");

    List<ManifestEntry> entries =
        log.time(ManifestStage.NAME,
            () -> new ManifestStage(job.report().previewChars()).apply(sources, documents),
            e -> e.size() + " manifest entries");

    List<ReuseFinding> reuse =
        log.time(ReuseStage.NAME, () -> reuseFindings(documents, entries), r -> r.size() + " reused passages");
    // One pass per document gives its date and its claims; both views read the persisted rows.
    Dataset<Row> facts = persist(new FactsStage(job.facts()).apply(documents));
    Dataset<Row> claims =
        log.time(FactsStage.NAME, () -> FactsStage.claims(facts), c -> c.count() + " claims");
    List<ManifestEntry> dated =
        log.time(FactsStage.NAME + "-dates", () -> withInferredDates(entries, FactsStage.dates(facts)),
            e -> e.stream().filter(x -> x.publishedInferred() != null).count() + " publication dates inferred");
    ClaimBlocks.Found found =
        log.time(ConflictsStage.NAME, () -> new ConflictsStage(job.conflicts()).apply(claims, reuse),
            f -> f.conflicts().size() + " conflicts, " + f.corroborations().size() + " corroborations"
                + (f.skipped() > 0 ? ", " + f.skipped() + " claims over conflicts.max_block_claims left out" : ""));
    List<ConflictFinding> conflicts = found.conflicts();
    Manifest manifest = manifest(dated, started, reportDir.getFileName().toString(), reuse.size(), found);
    Map<String, String> texts = citedTexts(documents, reuse, conflicts);
    Changes changes = ChangeDetector.changes(previous, reuse.stream().map(ReuseFinding::id).toList(),
        conflicts.stream().map(ConflictFinding::id).toList());
    // The corpus is no longer needed: its cached blocks share the driver's heap in local mode.
    sources.unpersist();
    documents.unpersist();
    facts.unpersist();
    log.time("report", () -> write(reportDir, manifest, reuse, conflicts, found.corroborations(), changes, texts),
        p -> "written to " + p + "; against the previous run " + changes.newReuse().size() + " new and "
            + changes.resolvedReuse().size() + " resolved reused passages, " + changes.newConflicts().size()
            + " new and " + changes.resolvedConflicts().size() + " resolved conflicts");
    int accepted = (int) entries.stream().filter(e -> e.status().equals(SourceDocument.ACCEPTED)).count();
    return new Result(reportDir, accepted, entries.size() - accepted, reuse.size(), conflicts.size());
  }

  /** Passage pairs from the executors; speakers, direction, families and ids on the driver. */
  private List<ReuseFinding> reuseFindings(Dataset<Row> documents, List<ManifestEntry> entries) {
    List<PassagePair> pairs = Stages.collect(new ReuseStage(job.reuse()).apply(documents), PassagePair.class);
    Set<String> involved = new TreeSet<>();
    pairs.forEach(p -> { involved.add(p.aDoc()); involved.add(p.bDoc()); });
    Map<String, List<Attribution>> attributions = new HashMap<>();
    if (!involved.isEmpty()) {
      Dataset<Row> quoted = documents.filter(col("doc").isin(involved.toArray()));
      for (DocumentAttributions d : Stages.collect(
          Stages.map(quoted, SegmentedDocument.class, DocumentAttributions.class,
              d -> new DocumentAttributions(d.doc(), QuoteAttributor.attribute(d.text(), d.sentences()))),
          DocumentAttributions.class)) {
        attributions.put(d.doc(), d.attributions());
      }
    }
    Map<String, String> published = new HashMap<>();
    for (ManifestEntry e : entries) if (e.published() != null) published.put(e.doc(), e.published());
    return ReuseFindings.build(pairs, published, attributions);
  }

  /** Manifest entries of documents without a publication date, with the date the text implies. */
  private static List<ManifestEntry> withInferredDates(List<ManifestEntry> entries, Dataset<Row> dates) {
    Map<String, DocumentDate> byDoc = new HashMap<>();
    for (DocumentDate d : Stages.collect(dates, DocumentDate.class)) {
      if ("inferred".equals(d.source())) byDoc.put(d.doc(), d);
    }
    List<ManifestEntry> out = new java.util.ArrayList<>(entries.size());
    for (ManifestEntry e : entries) {
      DocumentDate d = byDoc.get(e.doc());
      out.add(d == null ? e : e.withInferredDate(d.value(), d.confidence(), d.evidence()));
    }
    return out;
  }

  /**
   * The texts of the documents findings cite, for the report's document view: documents of
   * conflicts first, then of reuse, each set by id, up to {@code report.max_text_chars} in all, so
   * that neither the driver nor report.html grows with the corpus.
   */
  private Map<String, String> citedTexts(
      Dataset<Row> documents, List<ReuseFinding> reuse, List<ConflictFinding> conflicts) {
    Set<String> byConflicts = new TreeSet<>();
    conflicts.forEach(c -> c.values().forEach(v -> byConflicts.add(v.doc())));
    Set<String> byReuse = new TreeSet<>();
    reuse.forEach(f -> { byReuse.add(f.a().doc()); byReuse.add(f.b().doc()); });
    Set<String> cited = new java.util.LinkedHashSet<>(byConflicts);
    cited.addAll(byReuse);
    Map<String, String> texts = new java.util.TreeMap<>();
    if (cited.isEmpty()) return texts;
    Map<String, Integer> lengths = new HashMap<>();
    for (Row r : documents.filter(col("doc").isin(cited.toArray()))
        .select(col("doc"), org.apache.spark.sql.functions.length(col("text"))).collectAsList()) {
      lengths.put(r.getString(0), r.getInt(1));
    }
    List<String> chosen = new java.util.ArrayList<>();
    long budget = job.report().maxTextChars();
    for (String doc : cited) {
      Integer length = lengths.get(doc);
      if (length == null || length > budget) continue;
      budget -= length;
      chosen.add(doc);
    }
    if (chosen.size() < lengths.size()) {
      LOG.info("report.html carries the texts of {} of the {} cited documents (report.max_text_chars {});"
          + " the others show their passages only", chosen.size(), lengths.size(), job.report().maxTextChars());
    }
    if (chosen.isEmpty()) return texts;
    for (Row r : documents.filter(col("doc").isin(chosen.toArray())).select("doc", "text").collectAsList()) {
      texts.put(r.getString(0), r.getString(1));
    }
    return texts;
  }

  private Path write(Path reportDir, Manifest manifest, List<ReuseFinding> reuse,
      List<ConflictFinding> conflicts, List<Corroboration> corroborations, Changes changes,
      Map<String, String> texts) {
    try (ReportFolder folder = ReportFolder.open(reportDir)) {
      ReportWriter.write(folder.dir(), manifest, reuse, conflicts, corroborations, changes, texts);
      if (job.report().parquet()) {
        writeParquet(folder.dir().resolve("reuse.parquet"), reuse, ReuseFinding.class);
        writeParquet(folder.dir().resolve("conflicts.parquet"), conflicts, ConflictFinding.class);
        writeParquet(folder.dir().resolve("corroborations.parquet"), corroborations, Corroboration.class);
      }
      folder.publish();
      return reportDir;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the report to " + reportDir, e);
    }
  }

  /**
   * One Parquet table of findings, written from the driver (findings only, never the corpus) as one
   * file, sorted by id like the JSON Lines, with the same nested fields.
   */
  private <T extends Record> void writeParquet(Path dir, List<T> findings, Class<T> type) {
    Stages.of(spark, findings, type, 1).orderBy("id").coalesce(1)
        .write().mode(org.apache.spark.sql.SaveMode.ErrorIfExists).parquet(dir.toUri().toString());
  }

  private Manifest manifest(
      List<ManifestEntry> entries, Instant started, String runId, int reuseCount, ClaimBlocks.Found found) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("documents", entries.size());
    counts.put("accepted", (int) entries.stream().filter(e -> e.status().equals(SourceDocument.ACCEPTED)).count());
    counts.put("rejected", (int) entries.stream().filter(e -> !e.status().equals(SourceDocument.ACCEPTED)).count());
    counts.put("reuse", reuseCount);
    counts.put("conflicts", found.conflicts().size());
    counts.put("corroborations", found.corroborations().size());
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("inputs", job.inputs());
    settings.put("output", job.output());
    settings.put("spark", Map.of(
        "master", spark.sparkContext().master(),
        "shuffle_partitions", job.spark().shufflePartitions(),
        "conf", Sessions.masked(job.spark().conf())));
    settings.put("ingest", job.ingest());
    settings.put("segment", job.segment());
    settings.put("reuse", job.reuse());
    settings.put("facts", job.facts());
    settings.put("conflicts", job.conflicts());
    settings.put("report", job.report());
    return new Manifest("crosscheck/1", job.name(), runId, started.toString(), Instant.now().toString(),
        spark.sparkContext().master(), spark.version(), settings, counts, entries);
  }

  private static Dataset<Row> persist(Dataset<Row> ds) {
    return ds.persist(StorageLevel.MEMORY_AND_DISK());
  }

  private String countByStatus(Dataset<Row> sources) {
    Map<String, Long> byStatus = new java.util.TreeMap<>();
    for (Row r : sources.groupBy(col("status")).count().collectAsList()) {
      byStatus.put(r.getString(0), r.getLong(1));
    }
    return byStatus.getOrDefault(SourceDocument.ACCEPTED, 0L) + " documents accepted, "
        + byStatus.getOrDefault(SourceDocument.REJECTED, 0L) + " rejected";
  }
}
