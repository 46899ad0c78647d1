package crosscheck.config;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a job file's tree against the settings records before it is bound: unknown keys, values of
 * the wrong type and keys without a value. Each is a {@link Problem}, and the bad entry is taken
 * out of the tree, so the rest still binds and is validated in the same pass: one attempt shows
 * every problem, not the first.
 */
final class JobTree {
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  private JobTree() {}

  /** The snake_case key of a record component. */
  static String key(String componentName) {
    return SNAKE.translate(componentName);
  }

  /** Unknown keys are problems: a typo must never be silently ignored. */
  static void checkKeys(JsonNode node, Class<?> type, String prefix, List<Problem> problems) {
    if (!node.isObject()) return; // type mismatches are checked by checkTypes
    List<String> known = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) known.add(key(c.getName()));
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      RecordComponent component = component(type, name);
      if (component == null) {
        problems.add(
            new Problem(
                prefix + name,
                "unknown key '"
                    + prefix
                    + name
                    + "' (known here: "
                    + String.join(", ", known)
                    + ")"));
        it.remove();
        continue;
      }
      Type generic = component.getGenericType();
      if (component.getType().isRecord()) {
        checkKeys(node.get(name), component.getType(), prefix + name + ".", problems);
      } else if (generic instanceof ParameterizedType p
          && p.getRawType() == List.class
          && p.getActualTypeArguments()[0] instanceof Class<?> element
          && element.isRecord()) {
        for (JsonNode item : node.get(name))
          checkKeys(item, element, prefix + name + "[].", problems);
      }
    }
  }

  /**
   * Values that do not bind to their component's type, and keys given without a value, are
   * problems; either is removed from {@code node} so that the default stands in while the other
   * settings are checked.
   *
   * @param defaults the same level of the defaults' tree, to name the default in a problem
   */
  static void checkTypes(
      ObjectMapper mapper,
      ObjectNode node,
      JsonNode defaults,
      Class<?> type,
      String prefix,
      List<Problem> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      RecordComponent component = component(type, name);
      if (component == null) continue;
      String key = prefix + name;
      JsonNode value = node.get(name);
      JsonNode fallback = defaults == null ? null : defaults.get(name);
      if (value.isNull()) {
        problems.add(
            new Problem(
                key,
                key
                    + ": has no value"
                    + (fallback == null
                        ? ""
                        : " (leave the key out for the default, " + fallback + ")")));
        it.remove();
      } else if (component.getType().isRecord()) {
        if (value instanceof ObjectNode object) {
          checkTypes(mapper, object, fallback, component.getType(), key + ".", problems);
        } else {
          problems.add(
              new Problem(key, key + ": is " + shown(value) + ", expected a mapping of settings"));
          it.remove();
        }
      } else {
        JavaType javaType = mapper.getTypeFactory().constructType(component.getGenericType());
        try {
          mapper.readerFor(javaType).readValue(value);
        } catch (IOException e) {
          problems.add(
              new Problem(
                  key, key + ": bad value " + shown(value) + ", expected " + describe(javaType)));
          it.remove();
        }
      }
    }
  }

  private static RecordComponent component(Class<?> type, String name) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (key(c.getName()).equals(name)) return c;
    }
    return null;
  }

  private static String shown(JsonNode value) {
    if (value.isValueNode()) return "'" + value.asText() + "'";
    return value.isArray() ? "a list" : "a mapping";
  }

  private static String describe(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
      return raw == Integer.class || raw == Long.class ? "a whole number" : "a number";
    }
    if (raw == String.class) return "a string";
    if (raw == Boolean.class) return "true or false";
    if (type.isCollectionLikeType()) return "a list of " + describe(type.getContentType()) + "s";
    if (type.isMapLikeType()) return "a mapping of " + describe(type.getContentType()) + "s";
    return "a " + raw.getSimpleName();
  }
}
