package crosscheck.ingest;

import crosscheck.model.InputFile;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands the job's inputs (folders recursively, files, globs; any Hadoop file-system URI) into the
 * files to read. Runs on the driver over file metadata only. A folder that cannot be listed becomes
 * an entry with format {@code unreadable} so the manifest accounts for it.
 */
public final class InputLister {
  private InputLister() {}

  public static List<InputFile> list(List<String> inputs, Configuration hadoop) {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      files.addAll(listOne(input, hadoop));
    }
    files.sort(Comparator.comparing(InputFile::path));
    // The same file named twice (a folder and a glob inside it) is read once.
    List<InputFile> unique = new ArrayList<>();
    for (InputFile f : files) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).path().equals(f.path())) unique.add(f);
    }
    return unique;
  }

  private static List<InputFile> listOne(String input, Configuration hadoop) {
    Path pattern = new Path(input);
    try {
      FileSystem fs = pattern.getFileSystem(hadoop);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new InputException("input '" + input + "' matches no file or folder");
      }
      Path root = globRoot(fs.makeQualified(pattern));
      List<InputFile> out = new ArrayList<>();
      for (FileStatus match : matches) {
        Path base = match.isDirectory() ? match.getPath() : root;
        if (!match.isDirectory() && !isGlob(input)) base = match.getPath().getParent();
        walk(fs, match, base, out);
      }
      return out;
    } catch (IOException e) {
      throw new InputException("input '" + input + "' cannot be listed: " + e.getMessage());
    }
  }

  private static void walk(FileSystem fs, FileStatus status, Path base, List<InputFile> out) {
    if (status.isDirectory()) {
      FileStatus[] children;
      try {
        children = fs.listStatus(status.getPath());
      } catch (IOException e) {
        out.add(
            new InputFile(
                status.getPath().toString(), relative(base, status.getPath()), "unreadable", 0));
        return;
      }
      for (FileStatus child : children) walk(fs, child, base, out);
      for (Path lost : unlistedLocalEntries(fs, status.getPath(), children)) {
        out.add(new InputFile(lost.toString(), relative(base, lost), "broken-link", 0));
      }
    } else {
      String rel = relative(base, status.getPath());
      out.add(
          new InputFile(
              status.getPath().toString(), rel, DocumentParser.formatOf(rel), status.getLen()));
    }
  }

  /**
   * Entries of a local folder that Hadoop's listing leaves out: a symbolic link to a missing file
   * is silently skipped there, yet it is an input the manifest must account for.
   */
  static List<Path> unlistedLocalEntries(FileSystem fs, Path folder, FileStatus[] listed) {
    if (!"file".equals(fs.getUri().getScheme())) return List.of();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (FileStatus c : listed) seen.add(c.getPath().getName());
    List<Path> lost = new ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> entries =
        java.nio.file.Files.list(java.nio.file.Path.of(folder.toUri()))) {
      entries
          .map(e -> e.getFileName().toString())
          .filter(name -> !seen.contains(name))
          .sorted()
          .forEach(name -> lost.add(new Path(folder, name)));
    } catch (IOException | RuntimeException e) {
      return List.of(); // the folder itself was listed; nothing more to learn here
    }
    return lost;
  }

  /** The path of {@code file} under {@code base}, '/'-separated, undecoded file name kept. */
  static String relative(Path base, Path file) {
    URI b = base.toUri();
    URI f = file.toUri();
    String rel = b.relativize(f).getPath();
    if (rel == null || rel.isEmpty() || rel.equals(f.getPath())) rel = file.getName();
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
