package crosscheck.config;

import java.util.List;

/**
 * A bad job file or setting: the run exits 2 and writes nothing. It holds every problem found, each
 * naming its key and where it was set, so that one attempt shows them all.
 */
public final class ConfigException extends RuntimeException {
  private final List<String> problems;

  public ConfigException(String message) {
    this(List.of(message));
  }

  public ConfigException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as one line for people, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
