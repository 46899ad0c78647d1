package crosscheck.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects every bad value of a job file so one run reports them all. */
final class Validation {
  private final List<Problem> problems = new ArrayList<>();

  void require(boolean ok, String key, String message) {
    if (!ok) problems.add(new Problem(key, key + ": " + message));
  }

  void oneOf(String value, String key, String... allowed) {
    require(
        value != null && Arrays.asList(allowed).contains(value),
        key,
        "is '" + value + "', must be one of " + String.join(", ", allowed));
  }

  /** A problem found by a check that returns what is wrong, or null when nothing is. */
  void check(String problem, String key) {
    if (problem != null) problems.add(new Problem(key, key + ": " + problem));
  }

  List<Problem> problems() {
    return problems;
  }
}
