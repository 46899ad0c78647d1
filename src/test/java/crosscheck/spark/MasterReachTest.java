package crosscheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class MasterReachTest {

  @Test
  void localMastersNeedNothing() {
    assertNull(MasterReach.problem("local[*]", 1000));
    assertNull(MasterReach.problem("local", 1000));
  }

  @Test
  void aStandaloneMasterThatAnswersCanBeTried() throws Exception {
    try (ServerSocket master = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertNull(MasterReach.problem("spark://127.0.0.1:" + master.getLocalPort(), 2000));
      assertNull(
          MasterReach.problem(
              "spark://127.0.0.1:" + closedPort() + ",127.0.0.1:" + master.getLocalPort(), 2000),
          "one of two masters answering is enough");
    }
  }

  @Test
  void aStandaloneMasterThatNothingAnswersIsOneClearSentence() throws Exception {
    int port = closedPort();
    assertEquals(
        "cannot reach the Spark master spark://127.0.0.1:"
            + port
            + " (127.0.0.1:"
            + port
            + ": connection refused): is it running, and is that its address?",
        MasterReach.problem("spark://127.0.0.1:" + port, 2000));
  }

  @Test
  void yarnWithoutSparksYarnSupportIsNamed() {
    String problem = MasterReach.problem("yarn", 1000);
    assertTrue(
        problem.startsWith("cannot use the Spark master yarn: Spark's YARN support"), problem);
  }

  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
