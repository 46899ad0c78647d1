package crosscheck.ingest;

import crosscheck.model.InputFile;
import crosscheck.model.SkippedInput;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands the job's inputs (folders recursively, files, globs; any Hadoop file-system URI) into the
 * files to read. Runs on the driver over file metadata only.
 *
 * <p>An input that names an existing file or folder is taken as it is; only an input that names
 * nothing is a glob, and globs are expanded only there: every name found is literal from then on.
 * Local inputs are listed through java.nio ({@link LocalWalk}); other file systems through Hadoop.
 * Report folders, temporary report folders and lock files of this job found under an input are not
 * read ({@link RunOutputs}) but listed as skipped, and so is a folder reached a second time through
 * a symbolic link. A folder that cannot be listed becomes an entry with format {@code unreadable}
 * so the manifest accounts for it.
 */
public final class InputLister {
  private InputLister() {}

  /** The files to read (sorted by path) and what was found but not read. */
  public record Listing(List<InputFile> files, List<SkippedInput> skipped) {}

  /** The files to read. */
  public static List<InputFile> list(List<String> inputs, Configuration hadoop) {
    return listAll(inputs, hadoop).files();
  }

  public static Listing listAll(List<String> inputs, Configuration hadoop) {
    List<RootIds.Listed> found = new ArrayList<>();
    List<SkippedInput> skipped = new ArrayList<>();
    LocalWalk local = new LocalWalk(found, skipped);
    for (String input : inputs) {
      listOne(input, hadoop, local, found, skipped);
    }
    local.followLinks();
    // The same file named twice (a folder and a glob inside it) is read once, as the first input
    // that named it: the sort is stable.
    found.sort(Comparator.comparing(l -> l.file().path()));
    List<RootIds.Listed> unique = new ArrayList<>();
    for (RootIds.Listed l : found) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).file().path().equals(l.file().path()))
        unique.add(l);
    }
    skipped.sort(Comparator.comparing(SkippedInput::path));
    return new Listing(RootIds.qualify(unique), List.copyOf(skipped));
  }

  private static void listOne(
      String input,
      Configuration hadoop,
      LocalWalk local,
      List<RootIds.Listed> found,
      List<SkippedInput> skipped) {
    try {
      Path given = pathOf(input);
      FileSystem fs = given.getFileSystem(hadoop);
      Path qualified = fs.makeQualified(given);
      boolean isLocal = "file".equals(qualified.toUri().getScheme());
      if (exists(fs, qualified, isLocal)) {
        boolean folder = isLocal ? Files.isDirectory(nio(qualified)) : fs.isDirectory(qualified);
        Path root = folder ? qualified : qualified.getParent();
        add(fs, qualified, root, isLocal, local, found, skipped);
        return;
      }
      if (!isGlob(input)) {
        throw new InputException("input '" + input + "' matches no file or folder");
      }
      Path root = globRoot(qualified);
      List<Path> matches = new ArrayList<>();
      if (isLocal) {
        for (java.nio.file.Path m : LocalGlob.expand(qualified.toUri().getPath())) {
          matches.add(new Path(LocalWalk.hadoopPath(m)));
        }
      } else {
        FileStatus[] statuses = fs.globStatus(qualified);
        if (statuses != null) Arrays.stream(statuses).forEach(s -> matches.add(s.getPath()));
      }
      if (matches.isEmpty()) {
        throw new InputException("input '" + input + "' matches no file or folder");
      }
      for (Path match : matches) {
        boolean folder = isLocal ? Files.isDirectory(nio(match)) : fs.isDirectory(match);
        add(fs, match, folder ? match : root, isLocal, local, found, skipped);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException("input '" + input + "' cannot be listed: " + e.getMessage());
    }
  }

  private static void add(
      FileSystem fs,
      Path path,
      Path base,
      boolean isLocal,
      LocalWalk local,
      List<RootIds.Listed> found,
      List<SkippedInput> skipped)
      throws IOException {
    if (isLocal) {
      local.add(nio(path), nio(base), base.toString());
    } else {
      walk(fs, fs.getFileStatus(path), base, base.toString(), found, skipped);
    }
  }

  /**
   * An input as a Hadoop path. A local relative name with a colon before any slash ({@code 10:30
   * update.txt}) would parse as a URI scheme: when such a local file exists, it is that file.
   */
  static Path pathOf(String input) {
    int colon = input.indexOf(':');
    int slash = input.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      try {
        java.nio.file.Path p = java.nio.file.Path.of(input);
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          return new Path(LocalWalk.hadoopPath(p));
        }
      } catch (InvalidPathException e) {
        // not a local name: a URI
      }
    }
    return new Path(input);
  }

  private static boolean exists(FileSystem fs, Path path, boolean isLocal) throws IOException {
    if (isLocal) return Files.exists(nio(path), LinkOption.NOFOLLOW_LINKS);
    try {
      fs.getFileStatus(path);
      return true;
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  private static java.nio.file.Path nio(Path local) {
    return java.nio.file.Path.of(local.toUri().getPath());
  }

  /** Lists a folder of a non-local file system (no links, pipes or devices there). */
  private static void walk(
      FileSystem fs,
      FileStatus status,
      Path base,
      String root,
      List<RootIds.Listed> out,
      List<SkippedInput> skipped) {
    String name = status.getPath().getName();
    if (!status.isDirectory()) {
      String skip = RunOutputs.skippedFile(name);
      if (skip != null) {
        skipped.add(new SkippedInput(status.getPath().toString(), skip));
        return;
      }
      String rel = relative(base, status.getPath());
      out.add(
          new RootIds.Listed(
              new InputFile(
                  status.getPath().toString(), rel, DocumentParser.formatOf(rel), status.getLen()),
              root));
      return;
    }
    FileStatus[] children;
    try {
      children = fs.listStatus(status.getPath());
    } catch (IOException e) {
      out.add(
          new RootIds.Listed(
              new InputFile(
                  status.getPath().toString(), relative(base, status.getPath()), "unreadable", 0),
              root));
      return;
    }
    List<String> names = Arrays.stream(children).map(c -> c.getPath().getName()).toList();
    String skip = RunOutputs.skippedFolder(name, names);
    if (skip != null) {
      skipped.add(new SkippedInput(status.getPath().toString(), skip));
      return;
    }
    Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
    for (FileStatus child : children) walk(fs, child, base, root, out, skipped);
  }

  /** The path of {@code file} under {@code base}, '/'-separated, undecoded file name kept. */
  static String relative(Path base, Path file) {
    String rel = base.toUri().relativize(file.toUri()).getPath();
    if (rel == null || rel.isEmpty() || rel.equals(file.toUri().getPath())) rel = file.getName();
    return rel;
  }

  /** The deepest folder of a pattern that holds no glob character: ids are relative to it. */
  static Path globRoot(Path pattern) {
    Path p = pattern;
    while (p != null && isGlob(p.toUri().getPath())) p = p.getParent();
    return p == null ? pattern : p;
  }

  static boolean isGlob(String s) {
    return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }
}
