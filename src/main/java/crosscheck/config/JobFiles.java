package crosscheck.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads job files (YAML, snake_case keys) into a {@link JobConfig}: the file is laid over the
 * defaults, unknown keys and bad values are errors that name the key, as Lucene's analysis
 * factories do.
 */
public final class JobFiles {

  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);

  private JobFiles() {}

  /** Loads a job file, applies {@code key=value} overrides of job settings, validates. */
  public static JobConfig load(Path file, Map<String, String> overrides) {
    String yaml;
    try {
      yaml = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException("job file " + file + " does not exist");
    } catch (IOException e) {
      throw new ConfigException("job file " + file + " cannot be read: " + e.getMessage());
    }
    try {
      return parse(yaml, overrides);
    } catch (ConfigException e) {
      throw new ConfigException(file + ": " + e.getMessage());
    }
  }

  /** Parses job-file text laid over the defaults. */
  public static JobConfig parse(String yaml, Map<String, String> overrides) {
    JsonNode given;
    try {
      given = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ConfigException("not valid YAML: " + e.getOriginalMessage());
    }
    if (given == null || given.isMissingNode() || given.isNull()) {
      given = JsonNodeFactory.instance.objectNode();
    }
    if (!given.isObject()) {
      throw new ConfigException("a job file is a mapping of settings, not " + given.getNodeType());
    }
    ObjectNode tree = (ObjectNode) given;
    overrides.forEach((key, value) -> set(tree, key, value));
    checkKeys(tree, JobConfig.class, "");
    ObjectNode merged = YAML.valueToTree(JobConfig.defaults());
    merge(merged, tree);
    try {
      return YAML.treeToValue(merged, JobConfig.class).validated();
    } catch (MismatchedInputException e) {
      String path =
          e.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      String found = e instanceof InvalidFormatException f ? " '" + f.getValue() + "'" : "";
      throw new ConfigException(
          path + ": bad value" + found + ", expected " + describe(e.getTargetType()));
    } catch (JsonProcessingException e) {
      throw new ConfigException(e.getOriginalMessage());
    }
  }

  /** The snake_case key of a record component. */
  static String key(String componentName) {
    return SNAKE.translate(componentName);
  }

  private static String describe(Class<?> type) {
    if (type == null) return "another type";
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "a number";
    if (type == String.class) return "a string";
    if (type == Boolean.class) return "true or false";
    if (List.class.isAssignableFrom(type)) return "a list";
    return "a " + type.getSimpleName();
  }

  /** Unknown keys are errors: a typo must never be silently ignored. */
  private static void checkKeys(JsonNode node, Class<?> type, String prefix) {
    if (!node.isObject()) return; // type mismatches are reported when the tree is bound
    List<String> known = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) known.add(key(c.getName()));
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      RecordComponent component = null;
      for (RecordComponent c : type.getRecordComponents()) {
        if (key(c.getName()).equals(name)) component = c;
      }
      if (component == null) {
        throw new ConfigException(
            "unknown key '" + prefix + name + "' (known here: " + String.join(", ", known) + ")");
      }
      Type generic = component.getGenericType();
      if (component.getType().isRecord()) {
        checkKeys(node.get(name), component.getType(), prefix + name + ".");
      } else if (generic instanceof ParameterizedType p
          && p.getRawType() == List.class
          && p.getActualTypeArguments()[0] instanceof Class<?> element
          && element.isRecord()) {
        for (JsonNode item : node.get(name)) checkKeys(item, element, prefix + name + "[].");
      }
    }
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
  private static void set(ObjectNode root, String dottedKey, String value) {
    String[] parts = dottedKey.split("\\.");
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
      return parsed == null ? TextNode.valueOf(value) : parsed;
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(value);
    }
  }
}
