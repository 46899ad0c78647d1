package crosscheck.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the form of a Spark master URL before Spark starts, as Spark 4.1 reads it ({@code
 * SparkContext.createTaskScheduler}, {@code SparkMasterRegex}, {@code
 * Utils.extractHostPortFromSparkUrl} and {@code Utils.checkAndGetK8sMasterUrl}): a mistyped master
 * is then a bad setting named with the others (exit 2), not a stack trace from inside Spark.
 * Whether a master of the right form can be reached is the run's business, not this check's.
 */
public final class SparkMasters {

  /** The forms, as the problem names them. */
  public static final String FORMS =
      "local, local[N], local[*], local[N,F], local-cluster[N,C,M], spark://HOST:PORT[,HOST:PORT],"
          + " yarn, k8s://[https://]HOST[:PORT]";

  // Spark's own patterns (org.apache.spark.SparkMasterRegex in Spark 4.1.0).
  private static final Pattern LOCAL_N = Pattern.compile("local\\[([0-9]+|\\*)\\]");
  private static final Pattern LOCAL_N_FAILURES =
      Pattern.compile("local\\[([0-9]+|\\*)\\s*,\\s*([0-9]+)\\]");
  private static final Pattern LOCAL_CLUSTER =
      Pattern.compile("local-cluster\\[\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*]");

  private SparkMasters() {}

  /** Null when Spark accepts the form of {@code master}, else what is wrong with it. */
  public static String problem(String master) {
    if (master == null || master.isBlank()) return "is empty: name a Spark master (" + FORMS + ")";
    if (master.equals("local") || master.equals("yarn")) return null;
    Matcher m = LOCAL_N.matcher(master);
    if (m.matches()) return threads(master, m.group(1));
    m = LOCAL_N_FAILURES.matcher(master);
    if (m.matches()) {
      String threads = threads(master, m.group(1));
      return threads != null ? threads : count(master, m.group(2), "task failures", 0);
    }
    m = LOCAL_CLUSTER.matcher(master);
    if (m.matches()) {
      for (int g = 1; g <= 3; g++) {
        String bad = count(master, m.group(g), "workers, cores and megabytes", 1);
        if (bad != null) return bad;
      }
      return null;
    }
    if (master.startsWith("spark://")) return standalone(master);
    if (master.startsWith("k8s://")) return kubernetes(master);
    return "'" + master + "' is not a Spark master URL: use " + FORMS;
  }

  private static String threads(String master, String n) {
    return n.equals("*") ? null : count(master, n, "threads", 1);
  }

  private static String count(String master, String digits, String what, int least) {
    try {
      if (Integer.parseInt(digits) >= least) return null;
    } catch (NumberFormatException e) {
      // too large for an int: Spark fails on it too
    }
    return "'"
        + master
        + "' asks for "
        + digits
        + " "
        + what
        + ": give a whole number from "
        + least;
  }

  /** {@code spark://host:port[,host:port...]}: Spark splits on commas and reads each as a URI. */
  private static String standalone(String master) {
    String rest = master.substring("spark://".length());
    String[] parts = rest.split(",");
    if (rest.isEmpty() || parts.length == 0) return noHost(master);
    for (String part : parts) {
      URI uri;
      try {
        uri = new URI("spark://" + part);
      } catch (URISyntaxException e) {
        return "'" + master + "' is not a Spark master URL (" + e.getReason() + ")";
      }
      if (uri.getHost() == null) return noHost(master);
      if (uri.getPort() < 1 || uri.getPort() > 65535) {
        return "'"
            + master
            + "' names no port for "
            + uri.getHost()
            + ": write spark://HOST:PORT (a standalone master listens on 7077 by default)";
      }
      boolean extra =
          !uri.getRawPath().isEmpty()
              || uri.getRawQuery() != null
              || uri.getRawFragment() != null
              || uri.getRawUserInfo() != null;
      if (extra) return "'" + master + "' has more than host and port: write spark://HOST:PORT";
    }
    return null;
  }

  private static String noHost(String master) {
    return "'" + master + "' names no host: write spark://HOST:PORT[,HOST:PORT]";
  }

  /** {@code k8s://https://host:port}, or {@code k8s://host:port} for https. */
  private static String kubernetes(String master) {
    String rest = master.substring("k8s://".length());
    String api = rest.contains("://") ? rest : "https://" + rest;
    try {
      URI uri = new URI(api);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if (!scheme.equals("https") && !scheme.equals("http")) {
        return "'"
            + master
            + "' names the Kubernetes API with '"
            + scheme
            + "': write k8s://https://HOST:PORT";
      }
      if (uri.getHost() == null) {
        return "'" + master + "' names no Kubernetes API host: write k8s://https://HOST:PORT";
      }
      return null;
    } catch (URISyntaxException e) {
      return "'" + master + "' is not a Kubernetes master URL (" + e.getReason() + ")";
    }
  }
}
