package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
  @TempDir Path root;

  @Test
  void aSecondAcquisitionInTheSameJvmIsRefusedNamingTheHolder() throws Exception {
    try (RunLock first = RunLock.acquire(root, root.resolve("a"))) {
      RunLock.HeldException e =
          assertThrows(RunLock.HeldException.class, () -> RunLock.acquire(root, root.resolve("b")));
      assertTrue(e.getMessage().contains(root.resolve(RunLock.FILE).toString()), e.getMessage());
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
      assertTrue(e.getMessage().contains("started "), e.getMessage());
      assertTrue(e.getMessage().contains(root.resolve("a").toString()), e.getMessage());
      // The refused attempt must not have released the first lock.
      assertThrows(RunLock.HeldException.class, () -> RunLock.acquire(root, root.resolve("c")));
    }
    try (RunLock again = RunLock.acquire(root, root.resolve("d"))) {
      assertEquals(root.resolve(RunLock.FILE), again.file());
    }
  }

  @Test
  void otherRootsHaveTheirOwnLock() throws Exception {
    try (RunLock a = RunLock.acquire(root.resolve("x"), root.resolve("x/r"));
        RunLock b = RunLock.acquire(root.resolve("y"), root.resolve("y/r"))) {
      assertTrue(Files.exists(a.file()) && Files.exists(b.file()));
    }
  }

  @Test
  void aLockHeldByAnotherProcessIsRefusedAndDiesWithIt() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Holder.class.getName(),
                root.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", lines.readLine());
      RunLock.HeldException e =
          assertThrows(
              RunLock.HeldException.class, () -> RunLock.acquire(root, root.resolve("mine")));
      assertTrue(e.getMessage().contains("pid " + holder.pid()), e.getMessage());
      assertTrue(e.getMessage().contains(root.resolve("theirs").toString()), e.getMessage());
    } finally {
      // Killed, not closed: the OS drops the lock with the process.
      holder.destroyForcibly();
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
    }
    try (RunLock mine = RunLock.acquire(root, root.resolve("mine"))) {
      assertTrue(Files.readString(mine.file()).contains("pid " + ProcessHandle.current().pid()));
    }
  }

  /** Holds the lock of args[0] in its own process until killed. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      Path root = Path.of(args[0]);
      RunLock lock = RunLock.acquire(root, root.resolve("theirs"));
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(120_000);
      lock.close();
    }
  }
}
