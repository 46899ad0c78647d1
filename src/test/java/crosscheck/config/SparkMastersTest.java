package crosscheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.SparkMasterRegex$;
import org.apache.spark.util.Utils;
import org.junit.jupiter.api.Test;

class SparkMastersTest {

  /** Every form Spark 4.1 accepts ({@code SparkContext.createTaskScheduler}). */
  static final List<String> ACCEPTED =
      List.of(
          "local",
          "local[1]",
          "local[16]",
          "local[*]",
          "local[4,2]",
          "local[*, 3]",
          "local-cluster[2,1,1024]",
          "local-cluster[ 2 , 1 , 512 ]",
          "spark://127.0.0.1:7077",
          "spark://spark-master:7077",
          "spark://primary:7077,standby:7077",
          "spark://primary:7077,", // Spark splits as Java does: a trailing comma adds nothing
          "spark://[::1]:7077",
          "yarn",
          "k8s://https://kube-api.example:6443",
          "k8s://kube-api.example:6443",
          "k8s://http://127.0.0.1:8001");

  /** Mistakes Spark refuses (or, for local[0], fails on at once). */
  static final List<String> REFUSED =
      List.of(
          "foo",
          "",
          "local[x]",
          "local[0]",
          "local[]",
          "local[2",
          "LOCAL",
          "local[99999999999]",
          "local-cluster[2,1]",
          "spark://",
          "spark://primary",
          "spark://primary:7077/",
          "spark://primary:7077,,standby:7077",
          "spark://:7077",
          "spark://user@primary:7077",
          "spark://primary:port",
          "yarn-client",
          "mesos://zk:2181",
          "k8s://",
          "k8s://ftp://kube-api:6443");

  @Test
  void acceptsEveryFormSparkAccepts() {
    for (String master : ACCEPTED) assertNull(SparkMasters.problem(master), master);
  }

  @Test
  void namesWhatIsWrongWithAMistypedMaster() {
    for (String master : REFUSED) assertNotNull(SparkMasters.problem(master), master);
    assertEquals(
        "'local[0]' asks for 0 threads: give a whole number from 1",
        SparkMasters.problem("local[0]"));
    assertEquals(
        "'spark://' names no host: write spark://HOST:PORT[,HOST:PORT]",
        SparkMasters.problem("spark://"));
    assertEquals(
        "'foo' is not a Spark master URL: use " + SparkMasters.FORMS, SparkMasters.problem("foo"));
  }

  /** Refused here although Spark's parsing lets them pass: each fails later, inside Spark. */
  static final Set<String> STRICTER_THAN_SPARK =
      Set.of("k8s://"); // no API host: Spark fails when it builds its Kubernetes client

  /**
   * The two lists agree with Spark's own parsing of a master (its regular expressions and URL
   * checks, called without starting Spark), so the check follows Spark rather than a guess.
   */
  @Test
  void agreesWithSparksOwnParsing() {
    for (String master : ACCEPTED) assertTrue(sparkAccepts(master), master);
    for (String master : REFUSED) {
      if (!STRICTER_THAN_SPARK.contains(master)) assertTrue(!sparkAccepts(master), master);
    }
  }

  /** What SparkContext.createTaskScheduler and the cluster managers accept, without starting. */
  private static boolean sparkAccepts(String master) {
    if (master.equals("local") || master.equals("yarn")) return true;
    var regex = SparkMasterRegex$.MODULE$;
    for (Pattern local :
        List.of(regex.LOCAL_N_REGEX().pattern(), regex.LOCAL_N_FAILURES_REGEX().pattern())) {
      var m = local.matcher(master);
      if (m.matches()) {
        try {
          return m.group(1).equals("*") || Integer.parseInt(m.group(1)) > 0;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    if (regex.LOCAL_CLUSTER_REGEX().pattern().matcher(master).matches()) return true;
    var standalone = regex.SPARK_REGEX().pattern().matcher(master);
    if (standalone.matches()) {
      try {
        for (String part : standalone.group(1).split(",")) {
          Utils.extractHostPortFromSparkUrl("spark://" + part);
        }
        return true;
      } catch (Exception e) {
        return false;
      }
    }
    if (master.startsWith("k8s")) {
      try {
        Utils.checkAndGetK8sMasterUrl(master);
        return true;
      } catch (Exception e) {
        return false;
      }
    }
    return false;
  }
}
