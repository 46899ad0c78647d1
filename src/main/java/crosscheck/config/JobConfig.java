package crosscheck.config;

import java.util.List;

/**
 * A job: what to read, where to write, and one settings record per stage. Every default lives in
 * the stage records' {@code DEFAULTS}; {@link #defaults()} assembles them, and {@link JobFiles}
 * lays a job file over them.
 *
 * @param name the job's name (manifest, logs)
 * @param inputs folders, files or globs, local paths or any Hadoop file system URI
 * @param output the output root: each run writes a new folder under it
 */
public record JobConfig(
    String name,
    List<String> inputs,
    String output,
    SparkSettings spark,
    IngestConfig ingest,
    SegmentConfig segment,
    ReuseConfig reuse,
    FactsConfig facts,
    ConflictsConfig conflicts,
    ReportConfig report) {

  public static JobConfig defaults() {
    return new JobConfig(
        "seeds",
        List.of("seeds/*.txt"),
        "reports/seeds",
        SparkSettings.DEFAULTS,
        IngestConfig.DEFAULTS,
        SegmentConfig.DEFAULTS,
        ReuseConfig.DEFAULTS,
        FactsConfig.DEFAULTS,
        ConflictsConfig.DEFAULTS,
        ReportConfig.DEFAULTS);
  }

  /** Throws {@link ConfigException} listing every bad value. */
  public JobConfig validated() {
    List<Problem> problems = problems();
    if (!problems.isEmpty()) {
      throw new ConfigException(problems.stream().map(Problem::text).toList());
    }
    return this;
  }

  /** Every bad value of this job, in the order of its keys; empty when it is valid. */
  public List<Problem> problems() {
    Validation v = new Validation();
    v.require(
        name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]*"),
        "name",
        "is '" + name + "', must be letters, digits, '.', '_' or '-'");
    v.require(
        inputs != null
            && !inputs.isEmpty()
            && inputs.stream().noneMatch(s -> s == null || s.isBlank()),
        "inputs",
        "must list at least one folder, file or glob");
    v.require(output != null && !output.isBlank(), "output", "must name the output root");
    spark.validate(v);
    ingest.validate(v);
    segment.validate(v);
    reuse.validate(v);
    facts.validate(v);
    conflicts.validate(v);
    report.validate(v);
    return v.problems();
  }
}
