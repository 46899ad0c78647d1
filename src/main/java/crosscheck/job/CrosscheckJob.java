package crosscheck.job;

import static org.apache.spark.sql.functions.col;

import crosscheck.config.JobConfig;
import crosscheck.conflicts.ClaimBlocks;
import crosscheck.conflicts.ConflictsStage;
import crosscheck.facts.FactsStage;
import crosscheck.ingest.IngestStage;
import crosscheck.ingest.InputLister;
import crosscheck.model.ConflictFinding;
import crosscheck.model.DocumentNotice;
import crosscheck.model.InputFile;
import crosscheck.model.LimitNotice;
import crosscheck.model.ManifestEntry;
import crosscheck.model.ReuseFinding;
import crosscheck.model.SourceDocument;
import crosscheck.model.StageNotes;
import crosscheck.report.ChangeDetector;
import crosscheck.report.Changes;
import crosscheck.report.Manifest;
import crosscheck.report.ManifestStage;
import crosscheck.report.ReportStage;
import crosscheck.reuse.ReuseStage;
import crosscheck.segment.SegmentStage;
import crosscheck.spark.HadoopConf;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job, top to bottom as the picture in the README: list inputs, ingest, segment, manifest,
 * reuse, facts, conflicts, report. Each stage is a small class over Spark Datasets; this class only
 * wires them, keeps the datasets several stages read (persisted once, released before the report)
 * and logs one line per stage.
 */
public final class CrosscheckJob {
  private final SparkSession spark;
  private final JobConfig job;
  private final StageLog log = new StageLog();

  public record Result(Path reportDir, int accepted, int rejected, int reuse, int conflicts) {}

  public CrosscheckJob(SparkSession spark, JobConfig job) {
    this.spark = spark;
    this.job = job;
  }

  /**
   * @param previous the run to compare with for changes.json, or none with the reason why
   */
  public Result run(Path reportDir, ChangeDetector.Baseline previous) {
    Instant started = Instant.now();
    HadoopConf hadoop = new HadoopConf(spark.sparkContext().hadoopConfiguration());

    InputLister.Listing listing = list(hadoop);
    List<InputFile> files = listing.files();
    IngestStage ingest = new IngestStage(job.ingest());
    ingest.checkHeaders(files, hadoop);
    Dataset<Row> sources =
        log.time(IngestStage.NAME, () -> persist(ingest.apply(spark, files)), this::countByStatus);
    Dataset<Row> documents =
        log.time(
            SegmentStage.NAME,
            () -> persist(new SegmentStage(job.segment()).apply(sources)),
            d -> d.count() + " documents segmented");
    List<ManifestEntry> entries =
        log.time(
            ManifestStage.NAME,
            () -> new ManifestStage(job.report().previewChars()).apply(sources, documents),
            e -> e.size() + " manifest entries");

    StageNotes segmented = SegmentStage.notes(documents);
    ReuseStage.Found reused = reuse(documents, entries);
    List<ReuseFinding> reuse = reused.findings();
    Facts facts = facts(documents, entries);

    ClaimBlocks.Found found =
        log.time(
            ConflictsStage.NAME,
            () -> conflicts(facts, documents, reuse, entries),
            CrosscheckJob::conflictsLine);

    ReportStage report = new ReportStage(job.report());
    ReportStage.Findings findings =
        new ReportStage.Findings(reuse, found.conflicts(), found.corroborations());
    List<LimitNotice> limits = new ArrayList<>();
    List<ManifestEntry> dated =
        withStageNotes(facts.dated(), limits, segmented, reused.notes(), facts.notes());
    if (found.skipped() > 0) limits.add(blockLimit(found));
    limits.forEach(log::limit);
    Manifest manifest =
        manifest(reportDir, started, dated, findings, limits).withSkipped(listing.skipped());
    Map<String, String> texts = report.citedTexts(documents, findings);
    Changes changes =
        ChangeDetector.changesAgainst(
            previous,
            reuse.stream().map(ReuseFinding::id).toList(),
            found.conflicts().stream().map(ConflictFinding::id).toList());
    // The corpus is no longer needed: its cached blocks share the driver's heap in local mode.
    sources.unpersist();
    documents.unpersist();
    facts.rows().unpersist();
    log.time(
        ReportStage.NAME,
        () -> report.write(spark, reportDir, manifest, findings, changes, texts),
        p -> "written to " + p + "; against the previous run " + changes.summary());
    int accepted =
        (int) entries.stream().filter(e -> e.status().equals(SourceDocument.ACCEPTED)).count();
    return new Result(
        reportDir, accepted, entries.size() - accepted, reuse.size(), found.conflicts().size());
  }

  /**
   * Conflicts of claims, of measurements across outlets, of people's names and of values changed
   * inside reused passages, each labelled.
   */
  private ClaimBlocks.Found conflicts(
      Facts facts, Dataset<Row> documents, List<ReuseFinding> reuse, List<ManifestEntry> entries) {
    ConflictsStage stage = new ConflictsStage(job.conflicts());
    ClaimBlocks.Found found =
        stage.apply(facts.claims(), facts.measurements(), facts.names(), reuse, outlets(entries));
    return stage.withReusedValues(found, documents, reuse, publicationDates(entries));
  }

  /** The conflicts stage's log line: what it found, what it compared once, what it left out. */
  private static String conflictsLine(ClaimBlocks.Found f) {
    return f.conflicts().size()
        + " conflicts, "
        + f.corroborations().size()
        + " corroborations"
        + (f.repeats() > 0
            ? ", " + f.repeats() + " repeats of a claim in its document compared once"
            : "")
        + (f.skipped() > 0
            ? ", " + f.skipped() + " claims over conflicts.max_block_claims left out"
            : "");
  }

  /**
   * What conflicts.max_block_claims left out. Every distinct value of an over-full block is
   * compared first, so usually only the number of documents behind a value is cut, not a conflict.
   */
  static LimitNotice blockLimit(ClaimBlocks.Found found) {
    int claims = found.skipped();
    int values = found.valuesSkipped();
    String message =
        claims
            + (claims == 1
                ? " claim of an over-full block was"
                : " claims of over-full blocks were")
            + " not compared";
    if (values == 0) {
      message +=
          "; every value "
              + (claims == 1 ? "it states" : "they state")
              + " was compared through another claim, so a conflict or corroboration on it may"
              + " name fewer of the documents that state it";
    } else {
      message +=
          ", nor "
              + (values == 1 ? "was 1 value" : "were " + values + " values")
              + " that only "
              + (claims == 1 ? "it states" : "they state")
              + ", so conflicts on "
              + (values == 1 ? "it" : "those")
              + " may be missing";
    }
    return new LimitNotice(
        ConflictsStage.NAME,
        "conflicts.max_block_claims",
        claims,
        message + ": raise conflicts.max_block_claims");
  }

  /** The inputs to read, and what was found under them but is not read. */
  private InputLister.Listing list(HadoopConf hadoop) {
    return log.time(
        "list",
        () -> InputLister.listAll(job.inputs(), hadoop.get()),
        l ->
            l.files().size()
                + " input files"
                + (l.skipped().isEmpty() ? "" : ", " + l.skipped().size() + " paths skipped"));
  }

  private ReuseStage.Found reuse(Dataset<Row> documents, List<ManifestEntry> entries) {
    return log.time(
        ReuseStage.NAME,
        () -> new ReuseStage(job.reuse()).findings(documents, publicationDates(entries)),
        r ->
            r.findings().size()
                + " reused passages"
                + notesSummary(r.notes())
                + "; "
                + r.scored().describe(entries.size()));
  }

  /**
   * The facts stage's rows (persisted: both views read them), its claims, the manifest entries with
   * the dates it inferred, and its notes.
   */
  private record Facts(
      Dataset<Row> rows,
      Dataset<Row> claims,
      Dataset<Row> measurements,
      Dataset<Row> names,
      List<ManifestEntry> dated,
      StageNotes notes) {}

  private Facts facts(Dataset<Row> documents, List<ManifestEntry> entries) {
    // One pass per document gives its date and its claims; both views read the persisted rows.
    Dataset<Row> facts = persist(new FactsStage(job.facts()).apply(documents));
    Dataset<Row> claims =
        log.time(FactsStage.NAME, () -> FactsStage.claims(facts), c -> c.count() + " claims");
    StageNotes notes = FactsStage.notes(facts);
    List<ManifestEntry> dated =
        log.time(
            FactsStage.NAME + "-dates",
            () -> ManifestStage.withInferredDates(entries, FactsStage.dates(facts)),
            e ->
                e.stream().filter(x -> x.publishedInferred() != null).count()
                    + " publication dates inferred");
    return new Facts(
        facts, claims, FactsStage.measurements(facts), FactsStage.names(facts), dated, notes);
  }

  /** Each accepted document's outlet, where the input or its text names one. */
  private static Map<String, String> outlets(List<ManifestEntry> entries) {
    Map<String, String> out = new HashMap<>();
    for (ManifestEntry e : entries) if (e.outlet() != null) out.put(e.doc(), e.outlet());
    return out;
  }

  /**
   * The entries with each stage's notices in their documents' warnings; each stage's limits, summed
   * over the documents, added to {@code limits} in the order of the run.
   */
  private static List<ManifestEntry> withStageNotes(
      List<ManifestEntry> entries, List<LimitNotice> limits, StageNotes... stages) {
    List<DocumentNotice> notices = new ArrayList<>();
    for (StageNotes n : stages) {
      limits.addAll(StageNotes.totals(n.limits()));
      notices.addAll(n.notices());
    }
    return ManifestStage.withNotices(entries, notices);
  }

  /** ", 2 documents with notices" for a stage's log line; empty when it noted nothing. */
  private static String notesSummary(StageNotes notes) {
    long documents = notes.notices().stream().map(DocumentNotice::doc).distinct().count();
    return documents == 0 ? "" : ", " + documents + " documents with notices (see the manifest)";
  }

  /** Publication dates by document, given or found in the text. */
  private static Map<String, String> publicationDates(List<ManifestEntry> entries) {
    Map<String, String> published = new HashMap<>();
    for (ManifestEntry e : entries)
      if (e.published() != null) published.put(e.doc(), e.published());
    return published;
  }

  private Manifest manifest(
      Path reportDir,
      Instant started,
      List<ManifestEntry> entries,
      ReportStage.Findings findings,
      List<LimitNotice> limits) {
    Map<String, Integer> found = new LinkedHashMap<>();
    found.put("reuse", findings.reuse().size());
    found.put("conflicts", findings.conflicts().size());
    found.put("corroborations", findings.corroborations().size());
    return Manifest.ofRun(
        job,
        reportDir.getFileName().toString(),
        started,
        spark.sparkContext().master(),
        spark.version(),
        found,
        entries,
        limits);
  }

  private static Dataset<Row> persist(Dataset<Row> ds) {
    return ds.persist(StorageLevel.MEMORY_AND_DISK());
  }

  private String countByStatus(Dataset<Row> sources) {
    Map<String, Long> byStatus = new TreeMap<>();
    for (Row r : sources.groupBy(col("status")).count().collectAsList()) {
      byStatus.put(r.getString(0), r.getLong(1));
    }
    return byStatus.getOrDefault(SourceDocument.ACCEPTED, 0L)
        + " documents accepted, "
        + byStatus.getOrDefault(SourceDocument.REJECTED, 0L)
        + " rejected";
  }
}
