package crosscheck.ingest;

import crosscheck.model.InputFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the ids of several input roots apart. A file's id is its path under its input root without
 * the extension; when two roots hold files of the same id (one folder a day, each with {@code
 * x.txt}), those files' ids are qualified with their root's name ({@code day1/x}, {@code day2/x}),
 * or with as many of the root's last folders as tell the roots apart ({@code a/in/x}, {@code
 * b/in/x}). Every other id stays as the contract defines it. Files of one root with the same id
 * ({@code x.txt} and {@code x.md}) are a real duplicate and keep their id: ingest rejects the
 * second. Record ids (JSON Lines, CSV, Parquet) never change; only the file's own id, which names
 * records without an id and whole-file rejections, is qualified. Stateless.
 */
final class RootIds {
  /** A listed file and the input root it was found under (a Hadoop path string). */
  record Listed(InputFile file, String root) {}

  private RootIds() {}

  /** The files, in their order, with the ids that clash across roots qualified. */
  static List<InputFile> qualify(List<Listed> listed) {
    Map<String, Set<String>> rootsById = new HashMap<>();
    for (Listed l : listed) {
      rootsById
          .computeIfAbsent(DocumentParser.documentId(l.file().relative()), k -> new HashSet<>())
          .add(l.root());
    }
    Set<String> clashing = new HashSet<>();
    Set<String> involved = new TreeSet<>();
    rootsById.forEach(
        (id, roots) -> {
          if (roots.size() > 1) {
            clashing.add(id);
            involved.addAll(roots);
          }
        });
    Map<String, String> labels = labels(involved);
    List<InputFile> out = new ArrayList<>(listed.size());
    for (Listed l : listed) {
      InputFile f = l.file();
      if (clashing.contains(DocumentParser.documentId(f.relative()))) {
        f =
            new InputFile(
                f.path(), labels.get(l.root()) + "/" + f.relative(), f.format(), f.bytes());
      }
      out.add(f);
    }
    return out;
  }

  /**
   * For each root, its last folder names: the fewest that no other root ends with. Roots that end
   * alike all the way (the same path on two file systems) are named by their whole URI.
   */
  static Map<String, String> labels(Set<String> roots) {
    Map<String, List<String>> segments = new HashMap<>();
    for (String root : roots) {
      List<String> parts = new ArrayList<>();
      for (String s : new org.apache.hadoop.fs.Path(root).toUri().getPath().split("/")) {
        if (!s.isEmpty()) parts.add(s);
      }
      segments.put(root, parts);
    }
    Map<String, String> labels = new HashMap<>();
    for (String root : roots) {
      String label = root;
      for (int k = 1; k <= segments.get(root).size(); k++) {
        String mine = suffix(segments.get(root), k);
        int last = k;
        if (roots.stream()
            .filter(r -> !r.equals(root))
            .noneMatch(r -> suffix(segments.get(r), last).equals(mine))) {
          label = mine;
          break;
        }
      }
      labels.put(root, label);
    }
    if (new HashSet<>(labels.values()).size() < roots.size()) {
      labels.replaceAll((root, label) -> root);
    }
    return labels;
  }

  private static String suffix(List<String> parts, int k) {
    return String.join("/", parts.subList(Math.max(0, parts.size() - k), parts.size()));
  }
}
