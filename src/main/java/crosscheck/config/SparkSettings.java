package crosscheck.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * Spark settings of a job.
 *
 * @param master Spark master URL; {@code local[*]} runs in-process on every core
 * @param shufflePartitions {@code spark.sql.shuffle.partitions}: a few per core suits news corpora
 * @param conf any further Spark properties ({@code spark.*}), passed as they are
 */
public record SparkSettings(String master, Integer shufflePartitions, Map<String, String> conf)
    implements java.io.Serializable {

  public static final SparkSettings DEFAULTS = new SparkSettings("local[*]", 8, Map.of());

  public SparkSettings {
    conf = conf == null ? Map.of() : new TreeMap<>(conf);
  }

  void validate(Validation v) {
    v.check(SparkMasters.problem(master), "spark.master");
    // A master among the Spark properties wins over this one (Sessions.conf): check it alike.
    if (conf.containsKey("spark.master")) {
      v.check(SparkMasters.problem(conf.get("spark.master")), "spark.conf.spark.master");
    }
    v.require(
        shufflePartitions != null && shufflePartitions >= 1,
        "spark.shuffle_partitions",
        "must be ≥ 1");
    conf.keySet()
        .forEach(
            k ->
                v.require(
                    k.startsWith("spark."),
                    "spark.conf." + k,
                    "Spark properties start with 'spark.'"));
  }
}
