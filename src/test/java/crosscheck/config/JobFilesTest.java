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

  /** A job file with three mistakes of three kinds names all three, each at its line. */
  @Test
  void aJobFileWithThreeMistakesNamesAllThree(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("three.yaml");
    Files.writeString(
        f,
        """
        name: weekly
        segment:
          langauges: [en, es]
        reuse:
          shingle_size: five
        conflicts:
          max_block_claims: 1
        """);
    ConfigException e = assertThrows(ConfigException.class, () -> JobFiles.load(f, Map.of()));
    assertEquals(3, e.problems().size(), e.problems().toString());
    assertEquals(
        f
            + ":3: unknown key 'segment.langauges' (known here: languages, drop_boilerplate,"
            + " drop_teasers, max_sentence_tokens, max_sentence_chars)",
        e.problems().get(0));
    assertEquals(
        f + ":5: reuse.shingle_size: bad value 'five', expected a whole number",
        e.problems().get(1));
    assertEquals(f + ":7: conflicts.max_block_claims: must be ≥ 2", e.problems().get(2));
  }

  @Test
  void aKeyWrittenTwiceIsAProblemNamingBothLines() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                JobFiles.parse(
                    """
                    name: first
                    segment:
                      languages: [en]
                      drop_teasers: false
                      languages: [es]
                    name: second
                    """,
                    Map.of()));
    assertEquals(
        List.of(
            "segment.languages: written twice (lines 3 and 5), and YAML would silently keep the"
                + " last: keep one",
            "name: written twice (lines 1 and 6), and YAML would silently keep the last: keep one"),
        e.problems());
  }

  @Test
  void aKeyWrittenTwiceIsNamedAtItsSecondLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("twice.yaml");
    Files.writeString(f, "conflicts:\n  max_block_claims: 50\n  max_block_claims: 60\n");
    ConfigException e = assertThrows(ConfigException.class, () -> JobFiles.load(f, Map.of()));
    assertEquals(
        List.of(
            f
                + ":3: conflicts.max_block_claims: written twice (lines 2 and 3), and YAML would"
                + " silently keep the last: keep one"),
        e.problems());
  }

  @Test
  void aKeyWithoutAValueIsNamedWithItsDefault() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> JobFiles.parse("name:\nreuse:\n  max_gap:\n  min_similarity: 2\n", Map.of()));
    assertEquals(
        List.of(
            "name: has no value (leave the key out for the default, \"seeds\")",
            "reuse.max_gap: has no value (leave the key out for the default, 6)",
            "reuse.min_similarity: must be in [0, 1]"),
        e.problems());
  }

  @Test
  void bothTranslationThresholdsAreReadAndChecked() {
    ReuseConfig reuse =
        JobFiles.parse(
                "reuse:\n  translation_threshold: 0.9\n  translation_run_threshold: 0.4\n",
                Map.of())
            .reuse();
    assertEquals(0.9, reuse.translationThreshold());
    assertEquals(0.4, reuse.translationRunThreshold());
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> JobFiles.parse("reuse:\n  translation_run_threshold: 1.5\n", Map.of()));
    assertEquals(List.of("reuse.translation_run_threshold: must be in [0, 1]"), e.problems());
  }

  @Test
  void aSectionThatIsNotAMappingIsNamedAndTheRestStillChecked() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> JobFiles.parse("ingest: lots\nfacts:\n  min_anchor_confidence: yes\n", Map.of()));
    assertEquals(
        List.of(
            "ingest: is 'lots', expected a mapping of settings",
            "facts.min_anchor_confidence: bad value 'true', expected a number"),
        e.problems());
  }

  /** A problem set on the command line is named by the option that set it, not by the file. */
  @Test
  void commandLineProblemsAreNamedByTheirOption(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("job.yaml");
    Files.writeString(f, "name: ok\nspark:\n  master: local[2]\n");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                JobFiles.load(
                    f,
                    new Overrides(
                        Map.of("segment.languages", "en,xx", "reuse.nope", "1"),
                        List.of(),
                        "local[x]",
                        Map.of("spark.master", "spark://"))));
    assertEquals(
        List.of(
            "--conf reuse.nope=1: unknown key 'reuse.nope' (known here: shingle_size,"
                + " max_shingle_documents, min_shared_shingles, seed_length, max_gap,"
                + " min_matched_words, min_similarity, max_term_sentences, min_shared_terms,"
                + " paraphrase_threshold, min_shared_anchors, translation_threshold, translation_run_threshold, same_outlet,"
                + " within_document, max_document_quotes, max_document_pairs)",
            "--master local[x]: spark.master: 'local[x]' is not a Spark master URL: use "
                + SparkMasters.FORMS,
            "--conf spark.master=spark://: spark.conf.spark.master: 'spark://' names no host:"
                + " write spark://HOST:PORT[,HOST:PORT]",
            "--conf segment.languages=en,xx: segment.languages: is 'xx', must be one of en, es,"
                + " pt, fr, de, it"),
        e.problems());
  }

  @Test
  void aMissingJobFileStillLetsTheCommandLineBeChecked(@TempDir Path dir) {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                JobFiles.load(
                    dir.resolve("none.yaml"), new Overrides(Map.of(), List.of(), "foo", Map.of())));
    assertEquals(2, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).contains("does not exist"), e.problems().toString());
    assertTrue(e.problems().get(1).startsWith("--master foo: "), e.problems().toString());
  }

  @Test
  void aBadMasterInTheJobFileIsABadValue() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> JobFiles.parse("spark:\n  master: spark://primary\n", Map.of()));
    assertEquals(
        List.of(
            "spark.master: 'spark://primary' names no port for primary: write spark://HOST:PORT"
                + " (a standalone master listens on 7077 by default)"),
        e.problems());
  }

  @Test
  void aSecondYamlDocumentIsAProblem() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> JobFiles.parse("name: a\n---\nname: b\n", Map.of()));
    assertTrue(e.getMessage().contains("more than one YAML document"), e.getMessage());
  }
}
