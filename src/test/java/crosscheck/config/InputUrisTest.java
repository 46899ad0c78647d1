package crosscheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputUrisTest {
  private static final String HERE = Path.of("").toAbsolutePath().toString();

  @Test
  void aPathWithoutSchemeIsResolvedAgainstTheCurrentFolder() {
    assertEquals("file:" + HERE + "/seeds/*.txt", InputUris.resolve("seeds/*.txt"));
    assertEquals("file:" + HERE + "/seeds", InputUris.resolve("./seeds/"));
    assertEquals("file:/data/news", InputUris.resolve("/data/x/../news"));
  }

  @Test
  void oneFolderWrittenThreeWaysIsOneInput() {
    assertEquals(InputUris.resolve("/data/news"), InputUris.resolve("file:///data/news/"));
    assertEquals(InputUris.resolve("/data/news"), InputUris.resolve("file:/data/news"));
  }

  @Test
  void aUriWithAnotherSchemeIsKeptAsWrittenWithoutItsTrailingSlash() {
    assertEquals(
        List.of("hdfs://namenode:8020/news", "s3a://bucket/news/*.jsonl"),
        InputUris.resolve(List.of("hdfs://namenode:8020/news/", "s3a://bucket/news/*.jsonl")));
  }
}
