package crosscheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFilesTest {

  @Test
  void emptyJobFileGivesTheDefaults() {
    assertEquals(JobConfig.defaults(), JobFiles.parse("", Map.of()));
  }

  @Test
  void theShippedSeedsJobListsEveryDefault() throws Exception {
    JobConfig seeds = JobFiles.load(Path.of("jobs/seeds.yaml"), Map.of());
    assertEquals(JobConfig.defaults(), seeds);
  }

  @Test
  void givenKeysReplaceDefaultsAndOthersStay() {
    JobConfig job = JobFiles.parse("name: nightly\nsegment:\n  languages: [en]\n", Map.of());
    assertEquals("nightly", job.name());
    assertEquals(List.of("en"), job.segment().languages());
    assertEquals(SegmentConfig.DEFAULTS.dropTeasers(), job.segment().dropTeasers());
    assertEquals(IngestConfig.DEFAULTS, job.ingest());
  }

  @Test
  void unknownKeyIsAnErrorNamingIt() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> JobFiles.parse("segment:\n  langauges: [en]\n", Map.of()));
    assertTrue(e.getMessage().contains("segment.langauges"), e.getMessage());
    assertTrue(e.getMessage().contains("languages"), "lists the known keys: " + e.getMessage());
  }

  @Test
  void unknownTopLevelKeyIsAnError() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> JobFiles.parse("ouput: x\n", Map.of()));
    assertTrue(e.getMessage().contains("'ouput'"), e.getMessage());
  }

  @Test
  void badValuesNameTheirKey() {
    ConfigException wrongType =
        assertThrows(
            ConfigException.class,
            () -> JobFiles.parse("ingest:\n  max_file_bytes: lots\n", Map.of()));
    assertTrue(wrongType.getMessage().contains("max_file_bytes"), wrongType.getMessage());
    ConfigException outOfRange =
        assertThrows(
            ConfigException.class,
            () -> JobFiles.parse("spark:\n  shuffle_partitions: 0\n", Map.of()));
    assertTrue(
        outOfRange.getMessage().contains("spark.shuffle_partitions"), outOfRange.getMessage());
    ConfigException badChoice =
        assertThrows(
            ConfigException.class,
            () -> JobFiles.parse("ingest:\n  invalid_utf8: ignore\n", Map.of()));
    assertTrue(badChoice.getMessage().contains("ingest.invalid_utf8"), badChoice.getMessage());
    ConfigException badLanguage =
        assertThrows(
            ConfigException.class,
            () -> JobFiles.parse("segment:\n  languages: [klingon]\n", Map.of()));
    assertTrue(badLanguage.getMessage().contains("segment.languages"), badLanguage.getMessage());
  }

  @Test
  void commandLineOverridesUseDottedKeys() {
    JobConfig job =
        JobFiles.parse("", Map.of("segment.languages", "en,es,pt", "report.preview_chars", "40"));
    assertEquals(List.of("en", "es", "pt"), job.segment().languages());
    assertEquals(40, job.report().previewChars());
    assertThrows(ConfigException.class, () -> JobFiles.parse("", Map.of("segment.nope", "1")));
  }

  @Test
  void notYamlOrNotAMappingIsAnError() {
    assertThrows(ConfigException.class, () -> JobFiles.parse("name: [unclosed\n", Map.of()));
    assertThrows(ConfigException.class, () -> JobFiles.parse("- a\n- b\n", Map.of()));
  }

  @Test
  void missingJobFileIsAnError(@TempDir Path dir) {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> JobFiles.load(dir.resolve("none.yaml"), Map.of()));
    assertTrue(e.getMessage().contains("does not exist"));
  }

  @Test
  void sparkConfKeysMustBeSparkProperties(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("j.yaml");
    Files.writeString(f, "spark:\n  conf:\n    executor.memory: 2g\n");
    ConfigException e = assertThrows(ConfigException.class, () -> JobFiles.load(f, Map.of()));
    assertTrue(e.getMessage().contains("spark.conf.executor.memory"), e.getMessage());
  }
}
