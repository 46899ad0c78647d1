package crosscheck.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A job file's YAML as a tree, with the line of each key and every key written twice. A YAML
 * mapping that holds a key twice is read by most libraries (Jackson too) as its last value, so a
 * setting written twice would silently lose its first value: here it is a problem, named with both
 * lines. The tree is read token by token for that reason.
 */
final class YamlTree {
  /** The settings read, empty when the text is no YAML mapping. */
  final ObjectNode root = JsonNodeFactory.instance.objectNode();

  /** Dotted key -> the line (1-based) where the key is written first. */
  final Map<String, Integer> lines = new HashMap<>();

  final List<Problem> problems = new ArrayList<>();

  private YamlTree() {}

  static YamlTree read(ObjectMapper yaml, String text) {
    YamlTree tree = new YamlTree();
    try (JsonParser p = yaml.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) return tree; // an empty file: every default
      JsonNode value = tree.value(p, "");
      if (value.isObject()) {
        tree.root.setAll((ObjectNode) value);
      } else if (!value.isNull()) {
        tree.problems.add(
            new Problem(null, "a job file is a mapping of settings, not " + value.getNodeType()));
      }
      if (p.nextToken() != null) {
        tree.problems.add(
            new Problem(null, "holds more than one YAML document (a second '---'): write one"));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ")";
      tree.problems.add(
          new Problem(null, "not valid YAML" + where + ": " + e.getOriginalMessage()));
    } catch (IOException e) {
      tree.problems.add(new Problem(null, "cannot be read as YAML: " + e.getMessage()));
    }
    return tree;
  }

  private JsonNode value(JsonParser p, String path) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String key = path.isEmpty() ? name : path + "." + name;
        int line = p.currentTokenLocation().getLineNr();
        p.nextToken();
        JsonNode child = value(p, key);
        Integer first = lines.putIfAbsent(key, line);
        if (first != null) {
          problems.add(
              new Problem(
                  key,
                  key
                      + ": written twice (lines "
                      + first
                      + " and "
                      + line
                      + "), and YAML would silently keep the last: keep one",
                  line));
        } else {
          object.set(name, child);
        }
      }
      return object;
    }
    if (t == JsonToken.START_ARRAY) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      while (p.nextToken() != JsonToken.END_ARRAY) array.add(value(p, path + "[]"));
      return array;
    }
    if (t == JsonToken.VALUE_NULL) return NullNode.getInstance();
    JsonNode scalar = p.readValueAsTree();
    return scalar == null ? NullNode.getInstance() : scalar;
  }
}
