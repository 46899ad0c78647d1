package crosscheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.SparkSettings;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SessionsTest {

  @Test
  void localRunsListenOnLoopbackOnlyWithTheUiOff() {
    SparkConf conf = Sessions.conf(new SparkSettings("local[2]", 4, Map.of()));
    assertEquals("127.0.0.1", conf.get("spark.driver.host"));
    assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
    assertEquals("false", conf.get("spark.ui.enabled"));
    assertEquals("4", conf.get("spark.sql.shuffle.partitions"));
  }

  @Test
  void theJobsOwnSettingsWin() {
    SparkConf conf =
        Sessions.conf(new SparkSettings("local[2]", 4, Map.of("spark.ui.enabled", "true")));
    assertEquals("true", conf.get("spark.ui.enabled"));
  }

  @Test
  void credentialsAreMaskedAndOtherSettingsKept() {
    Map<String, String> shown =
        Sessions.masked(
            Map.of(
                "spark.hadoop.fs.s3a.secret.key",
                "abc",
                "spark.hadoop.fs.s3a.access.key",
                "AKIA",
                "spark.hadoop.fs.azure.sas.token",
                "sv=1",
                "spark.ssl.keyPassword",
                "pw",
                "spark.executor.memory",
                "2g"));
    assertEquals("***", shown.get("spark.hadoop.fs.s3a.secret.key"));
    assertEquals("***", shown.get("spark.hadoop.fs.s3a.access.key"));
    assertEquals("***", shown.get("spark.hadoop.fs.azure.sas.token"));
    assertEquals("***", shown.get("spark.ssl.keyPassword"));
    assertEquals("2g", shown.get("spark.executor.memory"));
    assertFalse(shown.containsValue("abc"));
    assertTrue(Sessions.isSecret("SPARK.HADOOP.FS.S3A.SECRET.KEY"));
  }
}
