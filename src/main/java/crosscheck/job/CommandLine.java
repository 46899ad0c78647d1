package crosscheck.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command line of ../shared/contract/README.md: {@code crosscheck run [JOB_FILE] [--input
 * PATH]... [--out DIR] [--master URL] [--conf key=value]... [--previous DIR] [--fail-on
 * conflicts|reuse]}, plus {@code --help} and {@code --version}.
 */
public record CommandLine(
    Command command,
    Path jobFile,
    List<String> inputs,
    String out,
    String master,
    Map<String, String> sparkConf,
    Map<String, String> jobSettings,
    String previous,
    Set<String> failOn) {

  public enum Command {
    RUN,
    HELP,
    VERSION
  }

  public static final Path DEFAULT_JOB = Path.of("jobs", "seeds.yaml");

  public static final String USAGE =
      """
      usage: crosscheck run [JOB_FILE] [--input PATH]... [--out DIR] [--master URL] [--conf key=value]...
                            [--previous DIR] [--fail-on conflicts|reuse]
             crosscheck --help | --version

      Runs a crosscheck job on Spark and writes a report folder; its path is the last line printed.
        JOB_FILE            job file (YAML), default jobs/seeds.yaml
        --input PATH        replaces the job's inputs: a folder, a file or a glob, on any Hadoop
                            file-system URI (file:, hdfs:, s3a:); repeatable
        --out DIR           write the report exactly into DIR (default: a new folder under the job's output)
        --master URL        Spark master (default local[*]), e.g. spark://127.0.0.1:7077
        --conf key=value    a Spark property (spark.*) or a job setting (segment.languages=en,es); repeatable
        --previous DIR      report folder to compare with (default: the job's latest finished run)
        --fail-on WHAT      exit 1 when the run finds conflicts or reuse (for pipeline gates)
      Exit status: 0 finished, 1 the run failed (or --fail-on matched), 2 bad usage or job file.
      """;

  public static CommandLine parse(String... args) {
    if (args.length == 0) throw new UsageException("no command given");
    List<String> rest = new ArrayList<>(List.of(args));
    String first = rest.remove(0);
    switch (first) {
      case "--help", "-h", "help":
        return simple(Command.HELP);
      case "--version", "-V", "version":
        return simple(Command.VERSION);
      case "run":
        break;
      default:
        throw new UsageException("unknown command '" + first + "'");
    }
    Path job = null;
    List<String> inputs = new ArrayList<>();
    String out = null;
    String master = null;
    String previous = null;
    Map<String, String> spark = new LinkedHashMap<>();
    Map<String, String> settings = new LinkedHashMap<>();
    Set<String> failOn = new TreeSet<>();
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (arg.equals("--help") || arg.equals("-h")) return simple(Command.HELP);
      String name = arg;
      String value = null;
      if (arg.startsWith("--") && arg.contains("=")) {
        name = arg.substring(0, arg.indexOf('='));
        value = arg.substring(arg.indexOf('=') + 1);
      }
      switch (name) {
        case "--input" -> inputs.add(value != null ? value : next(rest, ++i, name));
        case "--out" -> out = value != null ? value : next(rest, ++i, name);
        case "--master" -> master = value != null ? value : next(rest, ++i, name);
        case "--previous" -> previous = value != null ? value : next(rest, ++i, name);
        case "--fail-on" -> {
          for (String what : (value != null ? value : next(rest, ++i, name)).split(",")) {
            if (!what.equals("conflicts") && !what.equals("reuse")) {
              throw new UsageException("--fail-on takes conflicts or reuse, not '" + what + "'");
            }
            failOn.add(what);
          }
        }
        case "--conf" -> {
          String kv = value != null ? value : next(rest, ++i, name);
          int eq = kv.indexOf('=');
          if (eq <= 0) throw new UsageException("--conf takes key=value, not '" + kv + "'");
          (kv.startsWith("spark.") ? spark : settings)
              .put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        default -> {
          if (arg.startsWith("-")) throw new UsageException("unknown option '" + arg + "'");
          if (job != null)
            throw new UsageException("more than one job file: '" + job + "' and '" + arg + "'");
          job = Path.of(arg);
        }
      }
    }
    return new CommandLine(
        Command.RUN,
        job == null ? DEFAULT_JOB : job,
        inputs,
        out,
        master,
        spark,
        settings,
        previous,
        failOn);
  }

  private static String next(List<String> args, int i, String option) {
    if (i >= args.size()) throw new UsageException(option + " needs a value");
    return args.get(i);
  }

  private static CommandLine simple(Command c) {
    return new CommandLine(
        c, DEFAULT_JOB, List.of(), null, null, Map.of(), Map.of(), null, Set.of());
  }
}
