package crosscheck.job;

import crosscheck.config.ConfigException;
import crosscheck.config.JobConfig;
import crosscheck.config.JobFiles;
import crosscheck.config.SparkSettings;
import crosscheck.ingest.InputException;
import crosscheck.ingest.MissingColumnException;
import crosscheck.report.ChangeDetector;
import crosscheck.report.ChangeDetector.PreviousRun;
import crosscheck.spark.Sessions;
import crosscheck.text.WordLists;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli;
    JobConfig job;
    try {
      cli = CommandLine.parse(args);
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
      job = withOverrides(JobFiles.load(cli.jobFile(), cli.jobSettings()), cli);
    } catch (UsageException | ConfigException e) {
      err.println("crosscheck: " + e.getMessage());
      err.println("Try 'crosscheck --help'.");
      return USAGE;
    }
    try {
      WordLists.checkAll();
    } catch (RuntimeException e) {
      err.println("crosscheck: this build is broken: " + e.getMessage());
      return FAILED;
    }
    return runJob(cli, job, out, err);
  }

  /** Checks the report folder and the previous run, takes the lock, runs the job under it. */
  private static int runJob(CommandLine cli, JobConfig job, PrintStream out, PrintStream err) {
    Path reportDir = RunFolders.target(job, cli.out());
    PreviousRun givenPrevious = null;
    if (cli.previous() != null) {
      try {
        givenPrevious = ChangeDetector.read(Path.of(cli.previous()));
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
      PreviousRun givenPrevious,
      PrintStream out,
      PrintStream err) {
    SparkSession spark = null;
    // A session that already exists (a test JVM's, a notebook's) is borrowed, never stopped.
    boolean ownsSession = SparkSession.getDefaultSession().isEmpty();
    try {
      // Looked for under the lock, so that no run publishes a newer one meanwhile.
      PreviousRun previous = givenPrevious != null ? givenPrevious : latestPrevious(job, reportDir);
      LOG.info(
          "changes against {}",
          previous == null ? "no previous run: every finding is new" : previous.folder());
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
      err.println("crosscheck: the run failed: " + describe(e));
      err.println("The previous reports under " + reportDir.getParent() + " are untouched.");
      return FAILED;
    } finally {
      if (spark != null && ownsSession) spark.stop();
    }
  }

  /** The job's latest finished run beside the report folder, read; null when there is none. */
  private static PreviousRun latestPrevious(JobConfig job, Path reportDir) throws IOException {
    Path latest = ChangeDetector.latestFinishedRun(reportDir, job.name()).orElse(null);
    if (latest == null) return null;
    try {
      return ChangeDetector.read(latest);
    } catch (IOException e) {
      throw new IOException(
          "cannot read the previous run "
              + latest
              + " (name another with --previous): "
              + e.getMessage(),
          e);
    }
  }

  /** The command line's --input, --master and --conf spark.* laid over the job file. */
  static JobConfig withOverrides(JobConfig job, CommandLine cli) {
    List<String> inputs = cli.inputs().isEmpty() ? job.inputs() : List.copyOf(cli.inputs());
    Map<String, String> conf = new LinkedHashMap<>(job.spark().conf());
    conf.putAll(cli.sparkConf());
    String master = cli.master() != null ? cli.master() : job.spark().master();
    return new JobConfig(
            job.name(),
            inputs,
            job.output(),
            new SparkSettings(master, job.spark().shufflePartitions(), conf),
            job.ingest(),
            job.segment(),
            job.reuse(),
            job.facts(),
            job.conflicts(),
            job.report())
        .validated();
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
