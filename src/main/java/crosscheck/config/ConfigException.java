package crosscheck.config;

/** A bad job file or setting: the run exits 2 and writes nothing. The message names the key. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
