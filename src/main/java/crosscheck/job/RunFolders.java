package crosscheck.job;

import crosscheck.config.JobConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where a run writes: exactly --out, or a new folder named by the run id under the job's output.
 */
final class RunFolders {
  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private RunFolders() {}

  static Path target(JobConfig job, String out) {
    if (out != null) return Path.of(out).toAbsolutePath().normalize();
    Path root = Path.of(job.output()).toAbsolutePath().normalize();
    String id = RUN_ID.format(Instant.now());
    Path dir = root.resolve(id);
    for (int n = 2; Files.exists(dir); n++) dir = root.resolve(id + "-" + n);
    return dir;
  }

  /**
   * Creates the parent folder and proves it writable before any work starts. Publishing moves an
   * existing folder aside and deletes it, so only an empty folder or an earlier report (it holds
   * {@code _SUCCESS} or {@code manifest.json}) may stand in the report folder's place: a file, or a
   * folder with anything else in it (a mistyped {@code --out ~}), is refused and left as it is.
   */
  static void checkWritable(Path reportDir) throws IOException {
    if (Files.exists(reportDir) && !Files.isDirectory(reportDir)) {
      throw new IOException("a file of that name exists and is not a folder (it is left as it is)");
    }
    if (Files.isDirectory(reportDir)
        && !isEmpty(reportDir)
        && !Files.exists(reportDir.resolve("_SUCCESS"))
        && !Files.exists(reportDir.resolve("manifest.json"))) {
      throw new IOException(
          "the folder exists and is not a crosscheck report (no _SUCCESS or manifest.json);"
              + " it is left as it is: name a new or empty folder");
    }
    Path parent = reportDir.getParent();
    Files.createDirectories(parent);
    Path probe = Files.createTempFile(parent, ".crosscheck-probe", "");
    Files.delete(probe);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
