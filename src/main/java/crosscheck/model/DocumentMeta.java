package crosscheck.model;

/**
 * Metadata of a document: given by the input or found in its text; null when neither, never
 * invented.
 *
 * @param published ISO 8601 date at the precision found (2023, 2023-07, 2023-07-16)
 */
public record DocumentMeta(
    String outlet, String url, String published, String title, String author) {

  public static final DocumentMeta EMPTY = new DocumentMeta(null, null, null, null, null);

  /** This metadata with every empty field taken from {@code other}. */
  public DocumentMeta orElse(DocumentMeta other) {
    return new DocumentMeta(
        pick(outlet, other.outlet),
        pick(url, other.url),
        pick(published, other.published),
        pick(title, other.title),
        pick(author, other.author));
  }

  private static String pick(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
