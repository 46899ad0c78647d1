package crosscheck.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
   * The run a new run compares with for changes.json, or none ({@code run} null), and why, in a
   * sentence for people (changes.json's {@code previous_reason}, report.html's changes section).
   */
  public record Baseline(PreviousRun run, String reason) {
    public static Baseline none(String reason) {
      return new Baseline(null, reason);
    }
  }

  /**
   * The latest finished run of {@code job} beside {@code target} (its siblings, and {@code target}
   * itself when it holds a finished run that this run will replace), latest by run id, whatever its
   * inputs. Only folders whose manifest names the same job count, so that unrelated folders with a
   * {@code _SUCCESS} (a Hadoop output, another job's report next to an {@code --out} folder) are
   * never compared with.
   */
  public static Optional<Path> latestFinishedRun(Path target, String job) throws IOException {
    return Optional.ofNullable(scan(target, job, null).latest);
  }

  /**
   * The previous run of a run of {@code job} over {@code inputs} (absolute URIs, as {@link
   * crosscheck.config.InputUris} resolves them) that writes {@code target}: the latest finished run
   * beside it of the same job made from the same inputs, read. A run made from other inputs is
   * never compared with: its findings would all look resolved, and this run's all new.
   *
   * @throws IOException when the run chosen cannot be read
   */
  public static Baseline previousOf(Path target, String job, List<String> inputs)
      throws IOException {
    Scan scan = scan(target, job, inputs);
    String where = "beside " + target.toAbsolutePath().normalize();
    if (scan.latest != null) {
      try {
        return new Baseline(
            read(scan.latest),
            "It is the latest finished run of job '"
                + job
                + "' "
                + where
                + " made from the same inputs.");
      } catch (IOException e) {
        throw new IOException(
            "cannot read the previous run "
                + scan.latest
                + " (name another with --previous): "
                + e.getMessage(),
            e);
      }
    }
    if (scan.otherInputs == 0 && scan.unrecorded == 0) {
      return Baseline.none("There is no earlier finished run of job '" + job + "' " + where + ".");
    }
    StringBuilder why =
        new StringBuilder("No finished run of job '" + job + "' " + where + " was made from the");
    why.append(" same inputs, and a run is only compared with one that was:");
    if (scan.otherInputs > 0) {
      why.append(' ').append(scan.otherInputs).append(" read other inputs (the latest, ");
      why.append(scan.latestOther).append(", read ");
      why.append(String.join(", ", scan.latestOtherInputs)).append(')');
    }
    if (scan.unrecorded > 0) {
      why.append(scan.otherInputs > 0 ? "," : "").append(' ').append(scan.unrecorded);
      why.append(" record no inputs (made by an earlier version of crosscheck)");
    }
    return Baseline.none(why.append('.').toString());
  }

  /**
   * A run named with {@code --previous}: always compared with, and the reason says when it was made
   * from other inputs than {@code inputs}.
   *
   * @throws IOException when it is no finished report folder or cannot be read
   */
  public static Baseline given(Path folder, List<String> inputs) throws IOException {
    PreviousRun run = read(folder);
    List<String> theirs = identityOf(run.folder()).inputs();
    String reason = "It was named with --previous";
    if (theirs == null) reason += " (it records no inputs, so they may differ from this run's)";
    else if (!theirs.equals(inputs))
      reason += ", though it read other inputs (" + String.join(", ", theirs) + ")";
    return new Baseline(run, reason + ".");
  }

  /** What the finished runs of a job beside a target are, as {@link #scan} finds them. */
  private static final class Scan {
    Path latest;
    int otherInputs;
    int unrecorded;
    Path latestOther;
    List<String> latestOtherInputs;
  }

  /**
   * The finished runs of {@code job} beside {@code target}: the latest with {@code inputs} (any
   * inputs when null), and how many others there are.
   */
  private static Scan scan(Path target, String job, List<String> inputs) throws IOException {
    Scan scan = new Scan();
    Path root = target.toAbsolutePath().normalize().getParent();
    if (root == null || !Files.isDirectory(root)) return scan;
    try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
      for (Path child : children) {
        if (!isFinishedRun(child)) continue;
        Identity id = identityOf(child);
        if (!job.equals(id.job())) continue;
        if (inputs == null || inputs.equals(id.inputs())) {
          if (later(child, scan.latest)) scan.latest = child;
        } else if (id.inputs() == null) {
          scan.unrecorded++;
        } else {
          scan.otherInputs++;
          if (later(child, scan.latestOther)) {
            scan.latestOther = child;
            scan.latestOtherInputs = id.inputs();
          }
        }
      }
    }
    return scan;
  }

  private static boolean later(Path a, Path b) {
    return b == null
        || RUN_ORDER.compare(a.getFileName().toString(), b.getFileName().toString()) > 0;
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
    return changesAgainst(new Baseline(previous, null), reuseIds, conflictIds);
  }

  /** This run's findings against the baseline's run, with the baseline's reason. */
  public static Changes changesAgainst(
      Baseline baseline, Collection<String> reuseIds, Collection<String> conflictIds) {
    Set<String> reuse = new TreeSet<>(reuseIds);
    Set<String> conflicts = new TreeSet<>(conflictIds);
    PreviousRun previous = baseline.run();
    if (previous == null) {
      return new Changes(
          null,
          baseline.reason(),
          List.copyOf(reuse),
          List.of(),
          List.copyOf(conflicts),
          List.of());
    }
    return new Changes(
        previous.folder().toString(),
        baseline.reason(),
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

  /**
   * What a finished run was made of, from its manifest.json.
   *
   * @param job the job's name, or null when the manifest cannot be read
   * @param inputs its inputs as absolute URIs ({@code resolvedInputs}), or null when not recorded
   */
  record Identity(String job, List<String> inputs) {}

  /** The job named in a folder's manifest.json, or null when it cannot be read. */
  static String jobOf(Path dir) {
    return identityOf(dir).job();
  }

  /** The job and inputs of a folder's manifest.json (nulls for what it lacks). */
  static Identity identityOf(Path dir) {
    // Streamed: both fields come before the documents, and a manifest lists every input document.
    String job = null;
    List<String> inputs = null;
    try (JsonParser p = Json.mapper().createParser(dir.resolve(ReportWriter.MANIFEST).toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) return new Identity(null, null);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("job")) {
          job = value == JsonToken.VALUE_STRING ? p.getText() : null;
        } else if (field.equals(Manifest.RESOLVED_INPUTS) && value == JsonToken.START_ARRAY) {
          inputs = new ArrayList<>();
          while (p.nextToken() == JsonToken.VALUE_STRING) inputs.add(p.getText());
          if (p.currentToken() != JsonToken.END_ARRAY) inputs = null;
        } else if (field.equals("documents")) {
          break;
        }
        p.skipChildren();
      }
      return new Identity(job, inputs == null ? null : List.copyOf(inputs));
    } catch (IOException e) {
      return new Identity(job, null);
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
