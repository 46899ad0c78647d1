package crosscheck.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the command line lays over a job file, kept apart from the file so that a problem is named
 * where it was written: {@code --conf segment.languages=xx}, not a line of the job file.
 *
 * @param settings job settings by dotted key ({@code --conf segment.languages=en,es})
 * @param inputs the inputs that replace the job's ({@code --input}), or empty
 * @param master the Spark master that replaces the job's ({@code --master}), or null
 * @param sparkConf Spark properties added to the job's ({@code --conf spark.executor.memory=2g})
 */
public record Overrides(
    Map<String, String> settings,
    List<String> inputs,
    String master,
    Map<String, String> sparkConf) {

  public static final Overrides NONE = new Overrides(Map.of(), List.of(), null, Map.of());

  public Overrides {
    settings = settings == null ? Map.of() : new LinkedHashMap<>(settings);
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    sparkConf = sparkConf == null ? Map.of() : new LinkedHashMap<>(sparkConf);
  }

  /** Job settings only, as {@code --conf key=value} gives them. */
  public static Overrides settings(Map<String, String> settings) {
    return new Overrides(settings, List.of(), null, Map.of());
  }

  /** The job with the command line's inputs, master and Spark properties laid over it. */
  JobConfig applyTo(JobConfig job) {
    Map<String, String> conf = new LinkedHashMap<>(job.spark().conf());
    conf.putAll(sparkConf);
    return new JobConfig(
        job.name(),
        inputs.isEmpty() ? job.inputs() : inputs,
        job.output(),
        new SparkSettings(
            master != null ? master : job.spark().master(), job.spark().shufflePartitions(), conf),
        job.ingest(),
        job.segment(),
        job.reuse(),
        job.facts(),
        job.conflicts(),
        job.report());
  }

  /**
   * The command-line argument that set {@code key}, as written ({@code --master foo}), or null when
   * the key comes from the job file.
   */
  String origin(String key) {
    if (key == null) return null;
    if (key.equals("inputs") && !inputs.isEmpty())
      return "--input " + String.join(" --input ", inputs);
    if (key.equals("spark.master") && master != null) return "--master " + master;
    if (key.startsWith("spark.conf.")) {
      String property = key.substring("spark.conf.".length());
      if (sparkConf.containsKey(property))
        return "--conf " + property + "=" + sparkConf.get(property);
    }
    for (Map.Entry<String, String> e : settings.entrySet()) {
      String given = e.getKey();
      if (key.equals(given) || key.startsWith(given + ".") || given.startsWith(key + ".")) {
        return "--conf " + given + "=" + e.getValue();
      }
    }
    return null;
  }
}
