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

  /** A command line and every usage problem found in it. */
  public record Parsed(CommandLine line, List<String> problems) {
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Parses and throws {@link UsageException} at any problem (all of them in its message).
   *
   * @see #read
   */
  public static CommandLine parse(String... args) {
    Parsed parsed = read(args);
    if (!parsed.problems().isEmpty()) {
      throw new UsageException(String.join("; ", parsed.problems()));
    }
    return parsed.line();
  }

  /**
   * Parses the arguments, collecting every problem rather than stopping at the first, so that the
   * run can name them all together with the job file's. Only a missing or unknown command stops at
   * once ({@link UsageException}): nothing else can be read without it.
   */
  public static Parsed read(String... args) {
    if (args.length == 0) throw new UsageException("no command given");
    List<String> rest = new ArrayList<>(List.of(args));
    String first = rest.remove(0);
    switch (first) {
      case "--help", "-h", "help":
        return new Parsed(simple(Command.HELP), List.of());
      case "--version", "-V", "version":
        return new Parsed(simple(Command.VERSION), List.of());
      case "run":
        break;
      default:
        throw new UsageException("unknown command '" + first + "'");
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      return new Parsed(simple(Command.HELP), List.of());
    }
    Options o = new Options();
    for (int i = 0; i < rest.size(); i++) i = o.take(rest, i);
    return new Parsed(
        new CommandLine(
            Command.RUN,
            o.job == null ? DEFAULT_JOB : o.job,
            o.inputs,
            o.out,
            o.master,
            o.spark,
            o.settings,
            o.previous,
            o.failOn),
        o.problems);
  }

  /** The options of {@code run} as they are read, and what was wrong with them. */
  private static final class Options {
    Path job;
    final List<String> inputs = new ArrayList<>();
    String out;
    String master;
    String previous;
    final Map<String, String> spark = new LinkedHashMap<>();
    final Map<String, String> settings = new LinkedHashMap<>();
    final Set<String> failOn = new TreeSet<>();
    final List<String> problems = new ArrayList<>();

    /** Reads the argument at {@code i} (and its value); returns the index of the last one read. */
    int take(List<String> args, int i) {
      String arg = args.get(i);
      String name = arg;
      String value = null;
      if (arg.startsWith("--") && arg.contains("=")) {
        name = arg.substring(0, arg.indexOf('='));
        value = arg.substring(arg.indexOf('=') + 1);
      }
      boolean takesValue =
          switch (name) {
            case "--input", "--out", "--master", "--previous", "--fail-on", "--conf" -> true;
            default -> false;
          };
      if (!takesValue) {
        positional(arg);
        return i;
      }
      if (value == null) {
        if (i + 1 >= args.size()) {
          problems.add(name + " needs a value");
          return i;
        }
        value = args.get(++i);
      }
      option(name, value);
      return i;
    }

    private void option(String name, String value) {
      switch (name) {
        case "--input" -> inputs.add(value);
        case "--out" -> out = value;
        case "--master" -> master = value;
        case "--previous" -> previous = value;
        case "--fail-on" -> {
          for (String what : value.split(",")) {
            if (what.equals("conflicts") || what.equals("reuse")) failOn.add(what);
            else problems.add("--fail-on takes conflicts or reuse, not '" + what + "'");
          }
        }
        default -> {
          int eq = value.indexOf('=');
          if (eq <= 0) problems.add("--conf takes key=value, not '" + value + "'");
          else
            (value.startsWith("spark.") ? spark : settings)
                .put(value.substring(0, eq), value.substring(eq + 1));
        }
      }
    }

    private void positional(String arg) {
      if (arg.startsWith("-")) problems.add("unknown option '" + arg + "'");
      else if (job != null) problems.add("more than one job file: '" + job + "' and '" + arg + "'");
      else {
        try {
          job = Path.of(arg);
        } catch (java.nio.file.InvalidPathException e) {
          problems.add("the job file '" + arg + "' is no path: " + e.getReason());
        }
      }
    }
  }

  private static CommandLine simple(Command c) {
    return new CommandLine(
        c, DEFAULT_JOB, List.of(), null, null, Map.of(), Map.of(), null, Set.of());
  }
}
