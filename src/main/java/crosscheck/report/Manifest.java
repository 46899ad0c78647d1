package crosscheck.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import crosscheck.config.InputUris;
import crosscheck.config.JobConfig;
import crosscheck.model.LimitNotice;
import crosscheck.model.ManifestEntry;
import crosscheck.model.SkippedInput;
import crosscheck.model.SourceDocument;
import crosscheck.spark.Sessions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * manifest.json: the run and every input document, accepted or rejected (contract schema {@value
 * #SCHEMA}).
 *
 * <p>Documents are kept sorted by doc, then path, then line, so two runs over the same input write
 * the same file. Entries without a languages, dropped or warnings list get an empty one, so readers
 * find every field on every entry.
 *
 * @param resolvedInputs the job's inputs as absolute URIs ({@link InputUris}), in the order given:
 *     a later run compares with this one for changes.json only when its own are the same
 * @param settings the settings in force (a record or map; written as JSON as it is)
 * @param counts named totals (documents, reuse, conflicts...), written sorted by name
 * @param limits the job's limits that left something out of this run (empty when none did)
 * @param skipped what was found under the inputs but not read as documents (report folders, lock
 *     files, folders reached twice through links), sorted by path
 */
public record Manifest(
    String schema,
    String job,
    List<String> resolvedInputs,
    String runId,
    String startedAt,
    String finishedAt,
    String sparkMaster,
    String sparkVersion,
    Object settings,
    Map<String, Integer> counts,
    List<ManifestEntry> documents,
    List<LimitNotice> limits,
    List<SkippedInput> skipped) {

  public static final String SCHEMA = "crosscheck/1";

  /** The field that records the inputs (read back by {@link ChangeDetector}). */
  static final String RESOLVED_INPUTS = "resolvedInputs";

  private static final Comparator<ManifestEntry> DOCUMENT_ORDER =
      Comparator.comparing(ManifestEntry::doc, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ManifestEntry::path, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(ManifestEntry::line);

  /** A manifest that records no resolved inputs and skipped nothing (as tests and older runs). */
  public Manifest(
      String schema,
      String job,
      String runId,
      String startedAt,
      String finishedAt,
      String sparkMaster,
      String sparkVersion,
      Object settings,
      Map<String, Integer> counts,
      List<ManifestEntry> documents,
      List<LimitNotice> limits) {
    this(
        schema,
        job,
        null,
        runId,
        startedAt,
        finishedAt,
        sparkMaster,
        sparkVersion,
        settings,
        counts,
        documents,
        limits,
        List.of());
  }

  public Manifest {
    schema = schema == null ? SCHEMA : schema;
    resolvedInputs = resolvedInputs == null ? null : List.copyOf(resolvedInputs);
    counts = counts == null ? Map.of() : new TreeMap<>(counts);
    limits = limits == null ? List.of() : List.copyOf(limits);
    skipped =
        skipped == null
            ? List.of()
            : skipped.stream().sorted(Comparator.comparing(SkippedInput::path)).toList();
    documents =
        documents == null
            ? List.of()
            : documents.stream().map(Manifest::withEmptyLists).sorted(DOCUMENT_ORDER).toList();
  }

  /** This manifest with the paths the listing skipped, and their number in {@code counts}. */
  public Manifest withSkipped(List<SkippedInput> paths) {
    Map<String, Integer> more = new LinkedHashMap<>(counts);
    more.put("skipped", paths.size());
    return new Manifest(
        schema,
        job,
        resolvedInputs,
        runId,
        startedAt,
        finishedAt,
        sparkMaster,
        sparkVersion,
        settings,
        more,
        documents,
        limits,
        paths);
  }

  /**
   * The manifest of a finished run: its job's settings in force (credentials in {@code spark.conf}
   * masked) and its counts.
   *
   * @param found counts of findings by kind (reuse, conflicts, corroborations), in that order
   */
  public static Manifest ofRun(
      JobConfig job,
      String runId,
      Instant started,
      String sparkMaster,
      String sparkVersion,
      Map<String, Integer> found,
      List<ManifestEntry> entries,
      List<LimitNotice> limits) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int accepted =
        (int) entries.stream().filter(e -> e.status().equals(SourceDocument.ACCEPTED)).count();
    counts.put("documents", entries.size());
    counts.put("accepted", accepted);
    counts.put("rejected", entries.size() - accepted);
    counts.putAll(found);
    return new Manifest(
        SCHEMA,
        job.name(),
        InputUris.resolve(job.inputs()),
        runId,
        started.toString(),
        Instant.now().toString(),
        sparkMaster,
        sparkVersion,
        settings(job, sparkMaster),
        counts,
        entries,
        limits,
        List.of());
  }

  /** The settings in force, as manifest.json shows them. */
  static Map<String, Object> settings(JobConfig job, String sparkMaster) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("inputs", job.inputs());
    settings.put("output", job.output());
    settings.put(
        "spark",
        Map.of(
            "master", sparkMaster,
            "shuffle_partitions", job.spark().shufflePartitions(),
            "conf", Sessions.masked(job.spark().conf())));
    settings.put("ingest", job.ingest());
    settings.put("segment", job.segment());
    settings.put("reuse", job.reuse());
    settings.put("facts", job.facts());
    settings.put("conflicts", job.conflicts());
    settings.put("report", job.report());
    return settings;
  }

  /**
   * Accepted documents per language (ISO 639-1 code, "und" when undetermined); a document with two
   * languages counts under both. Derived, written after the documents' own fields.
   */
  @JsonProperty(value = "languages", access = JsonProperty.Access.READ_ONLY)
  public Map<String, Integer> languages() {
    Map<String, Integer> perLanguage = new TreeMap<>();
    for (ManifestEntry entry : documents) {
      if (SourceDocument.ACCEPTED.equals(entry.status())) {
        for (String language : entry.languages()) {
          perLanguage.merge(Objects.requireNonNullElse(language, "und"), 1, Integer::sum);
        }
      }
    }
    return perLanguage;
  }

  /** Number of documents with the given status ({@code accepted} or {@code rejected}). */
  public long documentsWithStatus(String status) {
    return documents.stream().filter(entry -> status.equals(entry.status())).count();
  }

  /** Writes this manifest as indented JSON. */
  public void write(Path file) throws IOException {
    Json.writePretty(file, this);
  }

  private static ManifestEntry withEmptyLists(ManifestEntry e) {
    if (e.languages() != null && e.dropped() != null && e.warnings() != null) {
      return e;
    }
    return ManifestEntry.of(
        e.doc(),
        e.path(),
        e.format(),
        e.line(),
        e.status(),
        e.reason(),
        e.bytes(),
        e.sha256(),
        e.languages() == null ? List.of() : e.languages(),
        e.meta(),
        e.paragraphs(),
        e.sentences(),
        e.keptSentences(),
        e.dropped() == null ? List.of() : e.dropped(),
        e.warnings() == null ? List.of() : e.warnings());
  }
}
