package crosscheck.job;

import crosscheck.config.JobConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Where a run writes: exactly --out, or a new folder named by the run id under the job's output. */
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
   * Creates the parent folder and proves it writable before any work starts. A file in the report
   * folder's place is refused: publishing would move it aside and delete it.
   */
  static void checkWritable(Path reportDir) throws IOException {
    if (Files.exists(reportDir) && !Files.isDirectory(reportDir)) {
      throw new IOException("a file of that name exists and is not a folder (it is left as it is)");
    }
    Path parent = reportDir.getParent();
    Files.createDirectories(parent);
    Path probe = Files.createTempFile(parent, ".crosscheck-probe", "");
    Files.delete(probe);
  }
}
