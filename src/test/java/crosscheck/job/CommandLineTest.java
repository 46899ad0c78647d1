package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void runWithEveryOption() {
    CommandLine c =
        CommandLine.parse(
            "run",
            "jobs/x.yaml",
            "--input",
            "a/",
            "--input=b/*.txt",
            "--out",
            "o",
            "--master",
            "spark://127.0.0.1:7077",
            "--conf",
            "spark.executor.memory=2g",
            "--conf",
            "segment.languages=en",
            "--previous",
            "p",
            "--fail-on",
            "conflicts");
    assertEquals(CommandLine.Command.RUN, c.command());
    assertEquals(Path.of("jobs/x.yaml"), c.jobFile());
    assertEquals(List.of("a/", "b/*.txt"), c.inputs());
    assertEquals("o", c.out());
    assertEquals("spark://127.0.0.1:7077", c.master());
    assertEquals(Map.of("spark.executor.memory", "2g"), c.sparkConf());
    assertEquals(Map.of("segment.languages", "en"), c.jobSettings());
    assertEquals("p", c.previous());
    assertEquals(Set.of("conflicts"), c.failOn());
  }

  @Test
  void jobFileDefaultsToSeeds() {
    assertEquals(CommandLine.DEFAULT_JOB, CommandLine.parse("run").jobFile());
  }

  @Test
  void helpAndVersion() {
    assertEquals(CommandLine.Command.HELP, CommandLine.parse("--help").command());
    assertEquals(CommandLine.Command.HELP, CommandLine.parse("run", "--help").command());
    assertEquals(CommandLine.Command.VERSION, CommandLine.parse("--version").command());
  }

  @Test
  void badUsage() {
    assertThrows(UsageException.class, CommandLine::parse);
    assertThrows(UsageException.class, () -> CommandLine.parse("walk"));
    assertThrows(UsageException.class, () -> CommandLine.parse("run", "--bogus"));
    assertThrows(UsageException.class, () -> CommandLine.parse("run", "--out"));
    assertThrows(UsageException.class, () -> CommandLine.parse("run", "--conf", "novalue"));
    assertThrows(UsageException.class, () -> CommandLine.parse("run", "--fail-on", "typos"));
    assertThrows(UsageException.class, () -> CommandLine.parse("run", "a.yaml", "b.yaml"));
  }
}
