package crosscheck.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run at a time per output root: an OS file lock on {@code <root>/}{@value #FILE}, held for the
 * whole run. The OS drops it when the process dies, so a killed run leaves no stale lock. The file
 * holds the holder's PID, start time and report folder, for the message the next run prints; it is
 * never deleted (deleting it would let a third run lock a fresh file while the second still waits
 * on the old one). Its name starts with '.', so it is never taken for a report folder.
 */
final class RunLock implements AutoCloseable {

  static final String FILE = ".crosscheck.lock";

  /**
   * Locks this JVM holds, by lock file. Checked before opening the file: on Linux, closing any
   * channel of a file drops every lock the process holds on it (FileLock's javadoc), so a second
   * attempt in the same JVM must not even open and close the file.
   */
  private static final Map<Path, String> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();

  /** Another run holds the lock. */
  static final class HeldException extends Exception {
    HeldException(String message) {
      super(message);
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code root} (created if missing) for a run writing {@code reportDir}. */
  static RunLock acquire(Path root, Path reportDir) throws IOException, HeldException {
    Files.createDirectories(root);
    Path file = root.toAbsolutePath().normalize().resolve(FILE);
    String holder =
        "pid "
            + ProcessHandle.current().pid()
            + ", started "
            + Instant.now()
            + ", writing "
            + reportDir.toAbsolutePath().normalize();
    String holderHere = HELD_IN_THIS_JVM.putIfAbsent(file, holder);
    if (holderHere != null) throw held(file, holderHere + ", in this JVM");
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        // Locked in this JVM by other code than RunLock.
        lock = null;
      }
      if (lock == null) {
        String other = holderWritten(file);
        channel.close();
        HELD_IN_THIS_JVM.remove(file);
        throw held(file, other);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)));
      channel.force(false);
      return new RunLock(file, channel, lock);
    } catch (IOException | RuntimeException e) {
      if (channel != null) channel.close();
      HELD_IN_THIS_JVM.remove(file);
      throw e;
    }
  }

  Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) lock.release();
      channel.close();
    } finally {
      HELD_IN_THIS_JVM.remove(file);
    }
  }

  private static HeldException held(Path file, String holder) {
    return new HeldException(
        "another run writes to "
            + file.getParent()
            + ": the lock "
            + file
            + " is held ("
            + holder
            + "). Try again when it has finished.");
  }

  /** What the holder wrote into the lock file (it may not have written it yet). */
  private static String holderWritten(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "holder not yet recorded" : text;
    } catch (IOException e) {
      return "holder unreadable: " + e.getMessage();
    }
  }
}
