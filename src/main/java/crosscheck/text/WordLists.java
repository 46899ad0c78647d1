package crosscheck.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one loader of the word lists and lexicons under {@code src/main/resources/crosscheck/}: each
 * file is read once per JVM and kept. Two formats, both UTF-8, with {@code #} comment lines and
 * blank lines ignored:
 *
 * <ul>
 *   <li>a list ({@code .txt}): one entry per line (an entry may hold spaces: "prime minister");
 *   <li>a table ({@code .tsv}): tab-separated columns, every row with the same number of columns.
 * </ul>
 *
 * A malformed file (missing, a duplicate entry, a row with the wrong number of columns, an empty
 * cell) fails loudly with its file and line, so a broken list stops the job at start-up ({@link
 * #checkAll}) instead of quietly changing findings.
 */
public final class WordLists {
  /**
   * Every list and table the job reads, checked at start-up by {@link #checkAll}: one file a line,
   * a table followed by its column count ({@code facts/units.tsv 3}, or {@code 2-3}).
   */
  static final String INDEX = "word-lists.txt";

  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

  private WordLists() {}

  /** The entries of a list, in file order, e.g. {@code list("text/stopwords-en.txt")}. */
  public static List<String> list(String resource) {
    return cached("list:" + resource, () -> Collections.unmodifiableList(readList(resource)));
  }

  /** The entries of a list as a set. */
  public static Set<String> set(String resource) {
    return cached(
        "set:" + resource, () -> Collections.unmodifiableSet(new HashSet<>(list(resource))));
  }

  /**
   * The entries of a list of regular-expression fragments as one non-capturing alternation, {@code
   * (?:a|b|c)}, in file order.
   */
  public static String alternation(String resource) {
    return "(?:" + String.join("|", list(resource)) + ")";
  }

  /** The rows of a table with exactly {@code columns} non-empty cells each, in file order. */
  public static List<List<String>> table(String resource, int columns) {
    return cached(
        "table:" + columns + ":" + resource,
        () -> Collections.unmodifiableList(readTable(resource, columns, columns)));
  }

  /**
   * The rows of a table with {@code minColumns} to {@code maxColumns} cells each (optional last
   * columns), in file order.
   */
  public static List<List<String>> table(String resource, int minColumns, int maxColumns) {
    return cached(
        "table:" + minColumns + "-" + maxColumns + ":" + resource,
        () -> Collections.unmodifiableList(readTable(resource, minColumns, maxColumns)));
  }

  /** A two-column table as a map from its first column to its second; keys must be unique. */
  public static Map<String, String> map(String resource) {
    return cached(
        "map:" + resource,
        () -> {
          Map<String, String> out = new LinkedHashMap<>();
          List<List<String>> rows = table(resource, 2);
          for (List<String> row : rows) out.put(row.get(0), row.get(1));
          if (out.size() != rows.size()) {
            throw new MalformedWordListException(resource, 0, "a key is listed twice");
          }
          return Collections.unmodifiableMap(out);
        });
  }

  /**
   * Reads every file named in {@code crosscheck/word-lists.txt} and fails on the first malformed
   * one. The job calls it at start-up, so that a broken list never reaches the executors.
   */
  public static void checkAll() {
    for (String entry : list(INDEX)) {
      String[] parts = entry.split(" +");
      if (parts.length == 1) {
        list(parts[0]);
        continue;
      }
      String[] range = parts[1].split("-");
      try {
        int min = Integer.parseInt(range[0]);
        table(parts[0], min, range.length > 1 ? Integer.parseInt(range[1]) : min);
      } catch (NumberFormatException e) {
        throw new MalformedWordListException(INDEX, 0, "bad column count in '" + entry + "'");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cached(String key, java.util.function.Supplier<T> load) {
    Object v = CACHE.get(key);
    if (v == null) {
      v = load.get();
      Object prior = CACHE.putIfAbsent(key, v);
      if (prior != null) v = prior;
    }
    return (T) v;
  }

  private static List<String> readList(String resource) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    read(
        resource,
        (line, n) -> {
          String entry = line.strip();
          if (entry.indexOf('\t') >= 0) {
            throw new MalformedWordListException(resource, n, "a list entry holds a tab");
          }
          if (!seen.add(entry)) {
            throw new MalformedWordListException(resource, n, "'" + entry + "' is listed twice");
          }
          out.add(entry);
        });
    return out;
  }

  private static List<List<String>> readTable(String resource, int min, int max) {
    List<List<String>> out = new ArrayList<>();
    read(
        resource,
        (line, n) -> {
          List<String> cells = List.of(line.split("\t", -1));
          if (cells.size() < min || cells.size() > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw new MalformedWordListException(
                resource,
                n,
                "expected " + expected + " tab-separated columns, found " + cells.size());
          }
          for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isBlank()) {
              throw new MalformedWordListException(resource, n, "column " + (c + 1) + " is empty");
            }
          }
          out.add(cells.stream().map(String::strip).toList());
        });
    return out;
  }

  private interface LineConsumer {
    void accept(String line, int lineNumber);
  }

  private static void read(String resource, LineConsumer consumer) {
    String path = "/crosscheck/" + resource;
    try (InputStream in = WordLists.class.getResourceAsStream(path)) {
      if (in == null) throw new MalformedWordListException(resource, 0, "not on the class path");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
        consumer.accept(line, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("crosscheck/" + resource + ": " + e.getMessage(), e);
    }
  }

  /** A word list or lexicon that cannot be used: names its file and line. */
  public static final class MalformedWordListException extends IllegalStateException {
    MalformedWordListException(String resource, int line, String problem) {
      super(
          "word list src/main/resources/crosscheck/"
              + resource
              + (line > 0 ? ":" + line : "")
              + ": "
              + problem);
    }
  }
}
