package crosscheck.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.fs.GlobExpander;
import org.apache.hadoop.fs.GlobPattern;

/**
 * A glob the user wrote for local files, expanded with Hadoop's own glob syntax ({@code * ? [a-z]
 * [^a] {a,b} \}) but over java.nio listings: Hadoop's globber parses each name it lists as a path,
 * so one file named {@code 10:30 update.txt} in a folder made the whole pattern fail or match
 * nothing. Only the pattern is a pattern: every name found is taken literally.
 */
final class LocalGlob {
  private LocalGlob() {}

  /** The files and folders an absolute local pattern matches, sorted; empty when none. */
  static List<Path> expand(String absolutePattern) throws IOException {
    TreeSet<Path> matches = new TreeSet<>();
    for (String pattern : GlobExpander.expand(absolutePattern)) {
      List<Path> current = List.of(Path.of("/"));
      for (String segment : pattern.split("/")) {
        if (segment.isEmpty()) continue;
        current = step(current, segment);
        if (current.isEmpty()) break;
      }
      matches.addAll(current);
    }
    return List.copyOf(matches);
  }

  private static List<Path> step(List<Path> folders, String segment) throws IOException {
    GlobPattern glob = new GlobPattern(segment);
    List<Path> next = new ArrayList<>();
    for (Path folder : folders) {
      if (!glob.hasWildcard()) {
        Path child = folder.resolve(unescape(segment));
        if (Files.exists(child, LinkOption.NOFOLLOW_LINKS)) next.add(child);
        continue;
      }
      if (!Files.isDirectory(folder)) continue;
      try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
        for (Path child : children) {
          if (glob.matches(child.getFileName().toString())) next.add(child);
        }
      }
    }
    next.sort(null);
    return next;
  }

  /** A segment without wildcards, its escapes removed ({@code x\[1\]} names {@code x[1]}). */
  static String unescape(String segment) {
    StringBuilder out = new StringBuilder(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '\\' && i + 1 < segment.length()) c = segment.charAt(++i);
      out.append(c);
    }
    return out.toString();
  }
}
