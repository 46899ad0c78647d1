package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.config.JobConfig;
import crosscheck.config.JobFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example scheduled job of the README ("Scheduled runs") loads: every key in it is known and
 * valid.
 */
class NightlyJobTest {
  @Test
  void theNightlyExampleLoadsWithTheDefaultsApartFromNameInputsAndOutput() {
    JobConfig nightly = JobFiles.load(Path.of("jobs/nightly.yaml"), Map.of());
    assertEquals("nightly", nightly.name());
    assertEquals(List.of("incoming/"), nightly.inputs());
    assertEquals("reports/nightly", nightly.output());
    JobConfig defaults = JobConfig.defaults();
    assertEquals(
        new JobConfig(
            "nightly",
            List.of("incoming/"),
            "reports/nightly",
            defaults.spark(),
            defaults.ingest(),
            defaults.segment(),
            defaults.reuse(),
            defaults.facts(),
            defaults.conflicts(),
            defaults.report()),
        nightly);
  }
}
