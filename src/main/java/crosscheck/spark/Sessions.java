package crosscheck.spark;

import crosscheck.config.SparkSettings;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the job's SparkSession: local by default, every port on loopback, the UI off. */
public final class Sessions {
  private Sessions() {}

  public static SparkSession create(String appName, SparkSettings settings) {
    return SparkSession.builder().appName(appName).config(conf(settings)).getOrCreate();
  }

  /** The session's configuration: the job's settings over safe defaults. */
  public static SparkConf conf(SparkSettings settings) {
    SparkConf conf =
        new SparkConf(); // also reads spark.* system properties (spark-submit sets them)
    settings.conf().forEach(conf::set);
    conf.setIfMissing("spark.master", settings.master());
    if (conf.get("spark.master").startsWith("local")) {
      // The hostname may resolve to an external interface; a laptop run must not listen there.
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(settings.shufflePartitions()));
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    // Our records are wide; without this Spark warns each time it prints a plan.
    conf.setIfMissing("spark.sql.debug.maxToStringFields", "500");
    return conf;
  }

  /** Settings as the manifest and logs show them: credentials masked. */
  public static Map<String, String> masked(Map<String, String> conf) {
    java.util.TreeMap<String, String> out = new java.util.TreeMap<>();
    conf.forEach((k, v) -> out.put(k, isSecret(k) ? "***" : v));
    return out;
  }

  public static boolean isSecret(String key) {
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return k.contains("secret")
        || k.contains("password")
        || k.contains("token")
        || k.contains("credential")
        || k.endsWith(".key")
        || k.contains("access.key")
        || k.contains("session.key")
        || k.contains("sas");
  }
}
