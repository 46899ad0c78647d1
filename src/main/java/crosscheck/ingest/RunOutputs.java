package crosscheck.ingest;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * What a run of this job leaves in a folder, told apart by name, so that a report written inside an
 * input folder (say {@code --out in/reports/today}) is never read back as documents by the next
 * run. The names mirror {@code report.ReportFolder}, {@code report.ReportWriter} and {@code
 * job.RunLock}, which sit above ingest and cannot be used from here; {@code
 * job.OddInputsEndToEndTest} keeps them in step by letting the job itself write the folders it
 * skips.
 */
final class RunOutputs {
  /** The file a report folder gets last (report.ReportFolder.SUCCESS). */
  static final String SUCCESS = "_SUCCESS";

  /** The file every report folder holds (report.ReportWriter). */
  static final String MANIFEST = "manifest.json";

  /** A run's lock file in its output root (job.RunLock.FILE). */
  static final String LOCK = ".crosscheck.lock";

  /** {@code .<name>.tmp-<12 hex>} while a report is written, {@code .<name>.old-<12 hex>} aside. */
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(tmp|old)-[0-9a-f]{12}");

  private RunOutputs() {}

  /**
   * Why a folder is not read, or null when it is an ordinary folder.
   *
   * @param name the folder's own name
   * @param children the names of the entries in it
   */
  static String skippedFolder(String name, Collection<String> children) {
    if (TEMPORARY.matcher(name).matches()) {
      return "temporary folder of a crosscheck report being written or replaced";
    }
    if (children.contains(SUCCESS) && children.contains(MANIFEST)) {
      return "report folder of a crosscheck run (it holds " + SUCCESS + " and " + MANIFEST + ")";
    }
    return null;
  }

  /** Why a file is not read, or null when it is an ordinary file. */
  static String skippedFile(String name) {
    return LOCK.equals(name) ? "lock file of crosscheck runs" : null;
  }
}
