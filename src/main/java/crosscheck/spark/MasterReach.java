package crosscheck.spark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ServiceLoader;
import org.apache.spark.scheduler.ExternalClusterManager;

/**
 * Whether the Spark master a run is about to use can be tried, asked before Spark starts. A
 * standalone master that nothing answers at would otherwise cost a minute of Spark's retries and
 * end in a stack trace about a stopped listener bus; YARN or Kubernetes without Spark's support for
 * them on the classpath would end in "Could not parse Master URL". Either is a run failure (exit 1)
 * named in one line. The form of the URL is checked earlier, with the job's other settings ({@link
 * crosscheck.config.SparkMasters}).
 */
public final class MasterReach {
  private MasterReach() {}

  /**
   * Null when the master can be tried, else one sentence saying why it cannot.
   *
   * @param timeoutMillis how long to wait for each standalone master to answer
   */
  public static String problem(String master, int timeoutMillis) {
    if (master == null || master.startsWith("local")) return null;
    if (master.startsWith("spark://")) return standalone(master, timeoutMillis);
    // Spark finds YARN and Kubernetes through these services (SparkContext.getClusterManager).
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (ExternalClusterManager m : ServiceLoader.load(ExternalClusterManager.class, loader)) {
      if (m.canCreate(master)) return null;
    }
    String kind = master.equals("yarn") ? "YARN" : "Kubernetes";
    return "cannot use the Spark master "
        + master
        + ": Spark's "
        + kind
        + " support is not on this classpath (submit the -spark jar with spark-submit from a Spark"
        + " built with it: docs/running.md)";
  }

  /** Any one of the masters answering will do: Spark registers with whichever leads. */
  private static String standalone(String master, int timeoutMillis) {
    StringBuilder failures = new StringBuilder();
    for (String part : master.substring("spark://".length()).split(",")) {
      URI uri = URI.create("spark://" + part);
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), timeoutMillis);
        return null;
      } catch (UnknownHostException e) {
        append(failures, part, "unknown host");
      } catch (SocketTimeoutException e) {
        append(failures, part, "no answer in " + timeoutMillis / 1000 + " s");
      } catch (ConnectException e) {
        append(failures, part, "connection refused");
      } catch (IOException | IllegalArgumentException e) {
        append(failures, part, String.valueOf(e.getMessage()));
      }
    }
    return "cannot reach the Spark master "
        + master
        + " ("
        + failures
        + "): is it running, and is that its address?";
  }

  private static void append(StringBuilder failures, String address, String what) {
    if (failures.length() > 0) failures.append("; ");
    failures.append(address).append(": ").append(what);
  }
}
