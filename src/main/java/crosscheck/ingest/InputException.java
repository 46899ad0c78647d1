package crosscheck.ingest;

/** An input that names nothing (no such path, a glob matching no file): bad usage, exit 2. */
public final class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }
}
