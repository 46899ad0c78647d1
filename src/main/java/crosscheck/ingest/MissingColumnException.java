package crosscheck.ingest;

import java.util.Locale;

/**
 * A CSV (or Parquet) input lacks a required column. Not a per-document problem: the whole file
 * cannot be read as intended, so the job stops with exit code 2 (bad usage) instead of rejecting
 * every row.
 */
public final class MissingColumnException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String column;
  private final String path;

  /**
   * @param column the required column that is missing, e.g. {@code text}
   * @param path the file's path
   */
  public MissingColumnException(String column, String path) {
    super(kindOf(path) + " file " + path + " has no '" + column + "' column");
    this.column = column;
    this.path = path;
  }

  /** The required column that is missing, e.g. {@code text}. */
  public String column() {
    return column;
  }

  /** The file's path. */
  public String path() {
    return path;
  }

  private static String kindOf(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "Parquet" : "CSV";
  }
}
