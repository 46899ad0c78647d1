package crosscheck.job;

/** Bad command-line usage: exit 2, nothing written. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
