package crosscheck.job;

import crosscheck.config.ConfigException;
import crosscheck.config.InputUris;
import crosscheck.config.JobConfig;
import crosscheck.config.JobFiles;
import crosscheck.config.Overrides;
import crosscheck.ingest.InputException;
import crosscheck.ingest.MissingColumnException;
import crosscheck.report.ChangeDetector;
import crosscheck.report.ChangeDetector.Baseline;
import crosscheck.spark.MasterReach;
import crosscheck.spark.Sessions;
import crosscheck.text.WordLists;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;

/** The command line: parses, loads the job file, runs the job, maps outcomes to exit codes. */
public final class Main {
  private static final Logger LOG = LogManager.getLogger(Main.class);

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  /** How long a standalone master has to answer before the run gives up on it. */
  private static final int MASTER_TIMEOUT_MILLIS = 10_000;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine.Parsed parsed;
    try {
      parsed = CommandLine.read(args);
    } catch (UsageException e) {
      return usage(List.of(e.getMessage()), err);
    }
    CommandLine cli = parsed.line();
    if (cli.command() == CommandLine.Command.HELP) {
      out.print(CommandLine.USAGE);
      return OK;
    }
    if (cli.command() == CommandLine.Command.VERSION) {
      out.println(
          "crosscheck "
              + version()
              + " (Spark "
              + org.apache.spark.package$.MODULE$.SPARK_VERSION()
              + ")");
      return OK;
    }
    // Every problem of the command line and the job file is named in one go, before any work.
    List<String> problems = new ArrayList<>(parsed.problems());
    JobConfig job = null;
    try {
      job = JobFiles.load(cli.jobFile(), overrides(cli));
    } catch (ConfigException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) return usage(problems, err);
    try {
      WordLists.checkAll();
    } catch (RuntimeException e) {
      err.println("crosscheck: this build is broken: " + e.getMessage());
      return FAILED;
    }
    return runJob(cli, job, out, err);
  }

  /** What the command line lays over the job file. */
  static Overrides overrides(CommandLine cli) {
    return new Overrides(cli.jobSettings(), cli.inputs(), cli.master(), cli.sparkConf());
  }

  private static int usage(List<String> problems, PrintStream err) {
    if (problems.size() > 1) {
      err.println("crosscheck: " + problems.size() + " problems; nothing was run:");
    }
    for (String problem : problems) err.println("crosscheck: " + problem);
    err.println("Try 'crosscheck --help'.");
    return USAGE;
  }

  /**
   * Checks the report folder, the previous run and the Spark master, takes the lock, runs the job
   * under it.
   */
  private static int runJob(CommandLine cli, JobConfig job, PrintStream out, PrintStream err) {
    Path reportDir = RunFolders.target(job, cli.out());
    List<String> inputs = InputUris.resolve(job.inputs());
    Baseline givenPrevious = null;
    if (cli.previous() != null) {
      try {
        givenPrevious = ChangeDetector.given(Path.of(cli.previous()), inputs);
      } catch (IOException | InvalidPathException e) {
        err.println("crosscheck: --previous " + cli.previous() + ": " + e.getMessage());
        return USAGE;
      }
    }
    try {
      RunFolders.checkWritable(reportDir);
    } catch (IOException e) {
      err.println(
          "crosscheck: cannot write the report folder " + reportDir + ": " + e.getMessage());
      return FAILED;
    }
    // A session that already exists (a test JVM's, a notebook's) is borrowed: its master is up.
    if (SparkSession.getDefaultSession().isEmpty()) {
      String master = Sessions.conf(job.spark()).get("spark.master");
      String unreachable = MasterReach.problem(master, MASTER_TIMEOUT_MILLIS);
      if (unreachable != null) {
        // Nothing is written yet: the previous reports are untouched, as with every exit 1.
        err.println("crosscheck: " + unreachable);
        return FAILED;
      }
    }
    RunLock lock;
    try {
      lock = RunLock.acquire(reportDir.getParent(), reportDir);
    } catch (RunLock.HeldException e) {
      err.println("crosscheck: " + e.getMessage());
      return FAILED;
    } catch (IOException e) {
      err.println(
          "crosscheck: cannot lock "
              + reportDir.getParent().resolve(RunLock.FILE)
              + ": "
              + e.getMessage());
      return FAILED;
    }
    try {
      return runLocked(cli, job, reportDir, givenPrevious, out, err);
    } finally {
      try {
        lock.close();
      } catch (IOException e) {
        LOG.warn("cannot release {}: {}", lock.file(), e.getMessage());
      }
    }
  }

  private static int runLocked(
      CommandLine cli,
      JobConfig job,
      Path reportDir,
      Baseline givenPrevious,
      PrintStream out,
      PrintStream err) {
    SparkSession spark = null;
    // A session that already exists (a test JVM's, a notebook's) is borrowed, never stopped.
    boolean ownsSession = SparkSession.getDefaultSession().isEmpty();
    try {
      // Looked for under the lock, so that no run publishes a newer one meanwhile.
      Baseline previous =
          givenPrevious != null
              ? givenPrevious
              : ChangeDetector.previousOf(reportDir, job.name(), InputUris.resolve(job.inputs()));
      LOG.info(
          "changes against {}",
          previous.run() == null
              ? "no previous run, every finding is new: " + previous.reason()
              : previous.run().folder());
      spark = Sessions.create("crosscheck:" + job.name(), job.spark());
      CrosscheckJob.Result result = new CrosscheckJob(spark, job).run(reportDir, previous);
      out.println(result.reportDir().toAbsolutePath().normalize());
      if ((cli.failOn().contains("conflicts") && result.conflicts() > 0)
          || (cli.failOn().contains("reuse") && result.reuse() > 0)) {
        err.println(
            "crosscheck: --fail-on "
                + String.join(",", cli.failOn())
                + ": the run found "
                + result.conflicts()
                + " conflicts and "
                + result.reuse()
                + " reused passages");
        return FAILED;
      }
      return OK;
    } catch (InputException | MissingColumnException e) {
      err.println("crosscheck: " + e.getMessage());
      return USAGE;
    } catch (OutOfMemoryError e) {
      err.println(
          "crosscheck: the run ran out of memory ("
              + e.getMessage()
              + "): give the driver more, e.g."
              + " CROSSCHECK_HEAP=6g for ./crosscheck or --driver-memory for spark-submit");
      err.println("The previous reports under " + reportDir.getParent() + " are untouched.");
      return FAILED;
    } catch (Exception e) {
      // Exception, not RuntimeException: Scala code throws checked SparkExceptions undeclared.
      LOG.debug("run failed", e);
      boolean stopped = spark != null && spark.sparkContext().isStopped();
      err.println(
          "crosscheck: the run failed: "
              + (stopped
                  ? "Spark stopped under it (a cluster master that gave up on or killed the"
                      + " application says why in the log above): "
                  : "")
              + describe(e));
      err.println("The previous reports under " + reportDir.getParent() + " are untouched.");
      return FAILED;
    } finally {
      if (spark != null && ownsSession) spark.stop();
    }
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (sb.length() > 0) sb.append(" <- ");
      sb.append(t.getClass().getSimpleName())
          .append(": ")
          .append(String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
      if (sb.length() > 600) break;
    }
    return sb.toString();
  }

  public static String version() {
    try (InputStream in = Main.class.getResourceAsStream("/crosscheck-version.properties")) {
      Properties p = new Properties();
      if (in != null) p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
