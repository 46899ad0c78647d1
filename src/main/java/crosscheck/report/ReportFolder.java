package crosscheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A report folder published all at once: files are written into a hidden temporary sibling of the
 * target ({@code .<name>.tmp-<random>}) and renamed into place by {@link #publish()}, so readers
 * see either the previous complete folder or the new complete one, and a run that fails before
 * publishing leaves the previous folder untouched.
 *
 * <p>Replacing an existing folder takes two renames (old aside to {@code .<name>.old-<random>}, new
 * in), because POSIX cannot rename a folder over a non-empty one; between them the target is absent
 * for an instant. If the second rename fails the old folder is moved back.
 *
 * <p>{@value #SUCCESS} is written last, just before the rename, holding the publication instant:
 * tools tell finished folders by it. Not thread-safe: one run owns one instance.
 */
public final class ReportFolder implements AutoCloseable {

  public static final String SUCCESS = "_SUCCESS";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temporary;
  private boolean published;
  private boolean closed;

  private ReportFolder(Path target, Path temporary) {
    this.target = target;
    this.temporary = temporary;
  }

  /** Creates the temporary folder beside {@code target} (and the target's parents). */
  public static ReportFolder open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null || absolute.getFileName() == null) {
      throw new IOException("report folder needs a parent folder: " + target);
    }
    Files.createDirectories(parent);
    Path temporary = parent.resolve(hiddenSibling(absolute, "tmp"));
    Files.createDirectory(temporary);
    return new ReportFolder(absolute, temporary);
  }

  /** Where to write the report files until {@link #publish()}. */
  public Path dir() {
    return temporary;
  }

  /** The folder the report is published to. */
  public Path target() {
    return target;
  }

  /** Writes {@value #SUCCESS} and renames the folder into place, replacing any previous one. */
  public void publish() throws IOException {
    if (published || closed) {
      throw new IllegalStateException(
          "report folder already " + (published ? "published" : "closed"));
    }
    Files.writeString(temporary.resolve(SUCCESS), Instant.now() + "\n", StandardCharsets.UTF_8);
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      old = target.resolveSibling(hiddenSibling(target, "old"));
      move(target, old);
    }
    try {
      move(temporary, target);
    } catch (IOException e) {
      if (old != null) {
        try {
          move(old, target);
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
      }
      throw e;
    }
    published = true;
    if (old != null) {
      deleteRecursively(old);
    }
  }

  /** Deletes the temporary folder unless the report was published. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (!published) {
      deleteRecursively(temporary);
    }
  }

  private static String hiddenSibling(Path target, String kind) {
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    return "." + target.getFileName() + "." + kind + "-" + HexFormat.of().formatHex(random);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Some file systems (e.g. across mounts) cannot rename atomically: a plain move still works.
      Files.move(from, to);
    }
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
