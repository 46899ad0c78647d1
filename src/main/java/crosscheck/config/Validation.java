package crosscheck.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects every bad value of a job file so one run reports them all. */
final class Validation {
  private final List<String> problems = new ArrayList<>();

  void require(boolean ok, String key, String message) {
    if (!ok) problems.add(key + ": " + message);
  }

  void oneOf(String value, String key, String... allowed) {
    require(
        value != null && Arrays.asList(allowed).contains(value),
        key,
        "is '" + value + "', must be one of " + String.join(", ", allowed));
  }

  List<String> problems() {
    return problems;
  }
}
