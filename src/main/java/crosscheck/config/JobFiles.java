package crosscheck.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads job files (YAML, snake_case keys) into a {@link JobConfig}: the file is laid over the
 * defaults, then the command line over the file. Unknown keys, keys written twice, values of the
 * wrong type, missing values and bad values are all problems; every one is found before any is
 * reported, so that one attempt names them all, each where it was written (a line of the job file,
 * or the command-line option that set it), as Lucene's analysis factories name their arguments.
 */
public final class JobFiles {

  static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);

  private JobFiles() {}

  /** Loads a job file, applies {@code key=value} overrides of job settings, validates. */
  public static JobConfig load(Path file, Map<String, String> overrides) {
    return load(file, Overrides.settings(overrides));
  }

  /**
   * Loads a job file with the command line laid over it and validates the result.
   *
   * @throws ConfigException naming every problem, each with its origin ({@code jobs/x.yaml:4: ...}
   *     or {@code --master foo: ...})
   */
  public static JobConfig load(Path file, Overrides overrides) {
    String yaml = "";
    List<String> unreadable = new ArrayList<>();
    try {
      yaml = Files.readString(file);
    } catch (NoSuchFileException e) {
      unreadable.add("job file " + file + " does not exist");
    } catch (IOException e) {
      unreadable.add("job file " + file + " cannot be read: " + e.getMessage());
    }
    // A missing file still lets the command line be checked, so its problems show at once too.
    return read(yaml, overrides, file.toString(), unreadable);
  }

  /** Parses job-file text laid over the defaults. */
  public static JobConfig parse(String yaml, Map<String, String> overrides) {
    return read(yaml, Overrides.settings(overrides), null, List.of());
  }

  private static JobConfig read(
      String yaml, Overrides overrides, String file, List<String> earlier) {
    YamlTree tree = YamlTree.read(YAML, yaml);
    List<Problem> problems = new ArrayList<>(tree.problems);
    overrides.settings().forEach((key, value) -> set(tree.root, key, value, problems));
    JobTree.checkKeys(tree.root, JobConfig.class, "", problems);
    ObjectNode merged = YAML.valueToTree(JobConfig.defaults());
    JobTree.checkTypes(YAML, tree.root, merged, JobConfig.class, "", problems);
    merge(merged, tree.root);
    JobConfig job = null;
    try {
      job = overrides.applyTo(YAML.treeToValue(merged, JobConfig.class));
      problems.addAll(job.problems());
    } catch (JsonProcessingException e) {
      problems.add(new Problem(null, e.getOriginalMessage())); // a shape the checks above missed
    }
    List<String> lines = new ArrayList<>(earlier);
    for (Problem p : problems) lines.add(where(p, overrides, file, tree.lines) + p.text());
    if (!lines.isEmpty()) throw new ConfigException(lines);
    return job;
  }

  /** "jobs/x.yaml:4: ", "--master foo: " or "" (text without a file). */
  private static String where(
      Problem p, Overrides overrides, String file, Map<String, Integer> lines) {
    String option = overrides.origin(p.key());
    if (option != null) return option + ": ";
    if (file == null) return "";
    Integer line = p.line() != null || p.key() == null ? p.line() : lineOf(p.key(), lines);
    return file + (line == null ? "" : ":" + line) + ": ";
  }

  /** The line of a key, or of the nearest enclosing key that is written in the file. */
  private static Integer lineOf(String key, Map<String, Integer> lines) {
    for (String k = key; ; k = k.substring(0, k.lastIndexOf('.'))) {
      Integer line = lines.get(k);
      if (line != null || k.indexOf('.') < 0) return line;
    }
  }

  /** The snake_case key of a record component. */
  static String key(String componentName) {
    return JobTree.key(componentName);
  }

  private static void merge(ObjectNode target, JsonNode overlay) {
    for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode existing = target.get(e.getKey());
      if (existing instanceof ObjectNode obj
          && e.getValue().isObject()
          && !e.getKey().equals("conf")) {
        merge(obj, e.getValue());
      } else {
        target.set(e.getKey(), e.getValue());
      }
    }
  }

  /**
   * Sets a dotted key (segment.languages) from a command-line string; lists are comma-separated.
   */
  private static void set(ObjectNode root, String dottedKey, String value, List<Problem> problems) {
    if (value.isBlank()) {
      problems.add(new Problem(dottedKey, dottedKey + ": has no value"));
      return;
    }
    String[] parts = dottedKey.split("\\.", -1);
    ObjectNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      if (!(child instanceof ObjectNode)) {
        child = node.putObject(parts[i]);
      }
      node = (ObjectNode) child;
    }
    node.set(parts[parts.length - 1], scalar(value));
  }

  private static JsonNode scalar(String value) {
    try {
      JsonNode parsed =
          YAML.readTree(value.contains(",") && !value.startsWith("[") ? "[" + value + "]" : value);
      return parsed == null || parsed.isMissingNode() ? TextNode.valueOf(value) : parsed;
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(value);
    }
  }
}
