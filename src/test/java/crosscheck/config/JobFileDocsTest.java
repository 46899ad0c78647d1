package crosscheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every key of a job is written out in jobs/seeds.yaml (with its default, so the file reads as the
 * reference of a job) and explained in docs/job-files.md: a setting added to a stage's record
 * without them fails here.
 */
class JobFileDocsTest {

  @Test
  void everyKeyIsListedInTheSeedsJobAndDocumented() throws Exception {
    JsonNode defaults = JobFiles.YAML.valueToTree(JobConfig.defaults());
    JsonNode seeds = JobFiles.YAML.readTree(Files.readString(Path.of("jobs/seeds.yaml")));
    String docs = Files.readString(Path.of("docs/job-files.md"));
    List<String> missing = new ArrayList<>();
    for (String key : keys(defaults, "")) {
      if (seeds.at("/" + key.replace('.', '/')).isMissingNode()) {
        missing.add(key + " not in jobs/seeds.yaml");
      }
      if (!docs.contains("| `" + key + "` |")) missing.add(key + " not in docs/job-files.md");
    }
    assertEquals(List.of(), missing);
  }

  /** The dotted keys of the leaves; a map of free properties (spark.conf) is one leaf. */
  private static List<String> keys(JsonNode node, String prefix) {
    List<String> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      if (e.getValue().isObject() && !key.equals("spark.conf")) {
        out.addAll(keys(e.getValue(), key + "."));
      } else {
        out.add(key);
      }
    }
    return out;
  }
}
