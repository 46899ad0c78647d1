package crosscheck.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * changes.json: finds the previous run of a job, reads its finding ids and compares them with this
 * run's. Finding ids are stable across runs, so the changes are set differences of ids.
 */
public final class ChangeDetector {

  /**
   * A run id ({@code yyyyMMdd'T'HHmmss'Z'}) with the optional {@code -N} of a second run that
   * second.
   */
  private static final Pattern RUN_ID = Pattern.compile("(\\d{8}T\\d{6}Z)(?:-(\\d{1,9}))?");

  /**
   * Run ids by time then by their {@code -N} counted as a number (plain name order puts -10 before
   * -2).
   */
  static final Comparator<String> RUN_ORDER =
      Comparator.comparing(ChangeDetector::base)
          .thenComparingLong(ChangeDetector::sequence)
          .thenComparing(Comparator.naturalOrder());

  private ChangeDetector() {}

  /** The finding ids of a finished report folder. */
  public record PreviousRun(Path folder, Set<String> reuseIds, Set<String> conflictIds) {
    public PreviousRun {
      reuseIds = Set.copyOf(reuseIds);
      conflictIds = Set.copyOf(conflictIds);
    }
  }

  /**
   * A finished run: a folder holding {@value ReportFolder#SUCCESS} whose name does not start with
   * '.' (temporary and set-aside folders do).
   */
  public static boolean isFinishedRun(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name != null
        && !name.toString().startsWith(".")
        && Files.isDirectory(dir)
        && Files.isRegularFile(dir.resolve(ReportFolder.SUCCESS));
  }

  /**
   * The latest finished run of {@code job} beside {@code target} (its siblings, and {@code target}
   * itself when it holds a finished run that this run will replace), latest by run id. Only folders
   * whose manifest names the same job count, so that unrelated folders with a {@code _SUCCESS} (a
   * Hadoop output, another job's report next to an {@code --out} folder) are never compared with.
   */
  public static Optional<Path> latestFinishedRun(Path target, String job) throws IOException {
    Path root = target.toAbsolutePath().normalize().getParent();
    if (root == null || !Files.isDirectory(root)) return Optional.empty();
    Path latest = null;
    try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
      for (Path child : children) {
        if (!isFinishedRun(child) || !job.equals(jobOf(child))) continue;
        if (latest == null
            || RUN_ORDER.compare(child.getFileName().toString(), latest.getFileName().toString())
                > 0) {
          latest = child;
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Reads the ids of a finished run's reuse.jsonl and conflicts.jsonl. */
  public static PreviousRun read(Path folder) throws IOException {
    Path dir = folder.toAbsolutePath().normalize();
    if (!Files.exists(dir)) throw new IOException("no such folder: " + dir);
    if (!Files.isDirectory(dir)) throw new IOException(dir + " is not a folder");
    if (!isFinishedRun(dir)) {
      throw new IOException(
          dir
              + " is not a finished report folder (no "
              + ReportFolder.SUCCESS
              + ", or a hidden temporary folder)");
    }
    return new PreviousRun(
        dir,
        ids(dir.resolve(ReportWriter.REUSE_JSONL)),
        ids(dir.resolve(ReportWriter.CONFLICTS_JSONL)));
  }

  /**
   * This run's findings against {@code previous}; with no previous run (null) every finding is new.
   * Lists are sorted by id.
   */
  public static Changes changes(
      PreviousRun previous, Collection<String> reuseIds, Collection<String> conflictIds) {
    Set<String> reuse = new TreeSet<>(reuseIds);
    Set<String> conflicts = new TreeSet<>(conflictIds);
    if (previous == null) {
      return new Changes(null, List.copyOf(reuse), List.of(), List.copyOf(conflicts), List.of());
    }
    return new Changes(
        previous.folder().toString(),
        minus(reuse, previous.reuseIds()),
        minus(previous.reuseIds(), reuse),
        minus(conflicts, previous.conflictIds()),
        minus(previous.conflictIds(), conflicts));
  }

  private static List<String> minus(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return List.copyOf(rest);
  }

  private static Set<String> ids(Path jsonl) throws IOException {
    if (!Files.isRegularFile(jsonl))
      throw new IOException("no " + jsonl.getFileName() + " in " + jsonl.getParent());
    Set<String> ids = new TreeSet<>();
    int line = 0;
    // Split on '\n' only, as Json.readJsonLines does: the writer escapes every other line
    // separator.
    for (String text : Files.readString(jsonl, StandardCharsets.UTF_8).split("\n")) {
      line++;
      if (text.isBlank()) continue;
      JsonNode id;
      try {
        id = Json.mapper().readTree(text).get("id");
      } catch (IOException e) {
        throw new IOException(jsonl + " line " + line + " is not JSON: " + e.getMessage(), e);
      }
      if (id == null || !id.isTextual())
        throw new IOException(jsonl + " line " + line + " has no \"id\"");
      ids.add(id.asText());
    }
    return ids;
  }

  /** The job named in a folder's manifest.json, or null when it cannot be read. */
  static String jobOf(Path dir) {
    // Streamed up to the top-level "job" field: a manifest lists every input document and can be
    // large.
    try (JsonParser p = Json.mapper().createParser(dir.resolve(ReportWriter.MANIFEST).toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) return null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("job")) return value == JsonToken.VALUE_STRING ? p.getText() : null;
        p.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String base(String name) {
    Matcher m = RUN_ID.matcher(name);
    return m.matches() ? m.group(1) : name;
  }

  private static long sequence(String name) {
    Matcher m = RUN_ID.matcher(name);
    // The first run of a second has no suffix; the second is -2.
    return m.matches() && m.group(2) != null ? Long.parseLong(m.group(2)) : 1;
  }
}
