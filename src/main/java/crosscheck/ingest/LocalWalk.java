package crosscheck.ingest;

import crosscheck.model.InputFile;
import crosscheck.model.SkippedInput;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists local inputs through java.nio, which sees what Hadoop's local listing hides or misreads:
 * symbolic links (a dangling one, a folder reached twice, a cycle such as {@code loop -> .}), named
 * pipes, sockets and devices (Hadoop calls them files, and opening a pipe waits forever), and names
 * Hadoop's path parser cannot take back ({@code 10:30 update.txt}).
 *
 * <p>Every folder is read once, by its real path. Folders are walked before the symbolic links to
 * folders found in them, so a folder reached both directly and through a link keeps its direct path
 * (and id), and the link is listed as skipped. A symbolic link to a file is read as a file of its
 * own (the link's name is its id): that is a deliberate alias, and the content check marks it as a
 * copy. Not thread-safe: one listing owns one instance.
 */
final class LocalWalk {
  /** Formats of inputs that are not regular files: rejected unread, with their kind. */
  static final String FIFO = "fifo";

  static final String SOCKET = "socket";
  static final String DEVICE = "device";
  static final String SPECIAL = "special";

  /** A folder reached through a symbolic link, walked once the direct folders are done. */
  private record Pending(Path folder, Path base, String root) {}

  private final List<RootIds.Listed> files;
  private final List<SkippedInput> skipped;
  private final Map<Path, Path> readFolders = new HashMap<>();
  private final Deque<Pending> links = new ArrayDeque<>();

  LocalWalk(List<RootIds.Listed> files, List<SkippedInput> skipped) {
    this.files = files;
    this.skipped = skipped;
  }

  /**
   * Lists a file or folder named by an input (or matched by its glob).
   *
   * @param base the folder ids are relative to
   * @param root the input root, as a Hadoop path string (tells roots apart for ids)
   */
  void add(Path entry, Path base, String root) {
    visit(entry.toAbsolutePath().normalize(), base.toAbsolutePath().normalize(), root);
  }

  /** Walks the folders reached through symbolic links, after every direct folder. */
  void followLinks() {
    while (!links.isEmpty()) {
      Pending p = links.poll();
      walkFolder(p.folder(), p.base(), p.root());
    }
  }

  private void visit(Path entry, Path base, String root) {
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return; // gone since its folder was listed
    }
    BasicFileAttributes target = own;
    if (own.isSymbolicLink()) {
      try {
        target = Files.readAttributes(entry, BasicFileAttributes.class);
      } catch (IOException e) {
        // Missing target, or a loop of links that never reaches one (a -> b -> a).
        file(entry, base, root, "broken-link", 0);
        return;
      }
      if (target.isDirectory()) {
        links.add(new Pending(entry, base, root));
        return;
      }
    }
    if (target.isDirectory()) {
      walkFolder(entry, base, root);
    } else if (target.isRegularFile()) {
      String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
      String skip = RunOutputs.skippedFile(name);
      if (skip != null) {
        skipped.add(new SkippedInput(hadoopPath(entry), skip));
      } else {
        file(entry, base, root, DocumentParser.formatOf(name), target.size());
      }
    } else {
      file(entry, base, root, kindOf(entry), 0);
    }
  }

  private void walkFolder(Path folder, Path base, String root) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      entries.forEach(children::add);
    } catch (IOException | RuntimeException e) {
      file(folder, base, root, "unreadable", 0);
      return;
    }
    List<String> names = children.stream().map(c -> c.getFileName().toString()).toList();
    String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
    String skip = RunOutputs.skippedFolder(name, names);
    if (skip != null) {
      skipped.add(new SkippedInput(hadoopPath(folder), skip));
      return;
    }
    Path real;
    try {
      real = folder.toRealPath();
    } catch (IOException e) {
      real = folder;
    }
    Path first = readFolders.putIfAbsent(real, folder);
    if (first != null) {
      skipped.add(
          new SkippedInput(
              hadoopPath(folder),
              "folder already read as "
                  + hadoopPath(first)
                  + " (a symbolic link back into the inputs, or a second path to one folder)"));
      return;
    }
    children.sort(null);
    for (Path child : children) visit(child, base, root);
  }

  private void file(Path entry, Path base, String root, String format, long bytes) {
    files.add(
        new RootIds.Listed(
            new InputFile(hadoopPath(entry), relative(base, entry), format, bytes), root));
  }

  /** The path of {@code entry} under {@code base}, '/'-separated; its name when not under it. */
  static String relative(Path base, Path entry) {
    if (!entry.startsWith(base) || entry.equals(base)) {
      return entry.getFileName() == null ? entry.toString() : entry.getFileName().toString();
    }
    return base.relativize(entry).toString().replace(java.io.File.separatorChar, '/');
  }

  /**
   * The Hadoop path of a local file, built from its parts: parsing the name would take the text
   * before a colon for a URI scheme.
   */
  static String hadoopPath(Path local) {
    return new org.apache.hadoop.fs.Path("file", null, local.toAbsolutePath().toString())
        .toString();
  }

  /** What a file that is neither regular nor a folder is, from its Unix mode where available. */
  static String kindOf(Path entry) {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(entry, "unix:mode");
    } catch (IOException | RuntimeException e) {
      return SPECIAL;
    }
    return switch (mode & 0170000) {
      case 0010000 -> FIFO;
      case 0140000 -> SOCKET;
      case 0020000, 0060000 -> DEVICE;
      default -> SPECIAL;
    };
  }
}
