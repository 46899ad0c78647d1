package crosscheck.facts;

/**
 * A person, country, organisation or place named in a text.
 *
 * @param start offset of the first character in the document text
 * @param end offset after the last character (exclusive)
 * @param text {@code text.substring(start, end)}
 * @param key canonical identity: {@code country:IR} (names, demonyms, capitals), {@code
 *     person:edmundo novillo}, {@code org:irgc}, {@code place:latin america}, {@code name:x} for a
 *     single capitalised word of unknown kind
 * @param type the key's prefix: person, country, org, place or name
 */
public record Actor(int start, int end, String text, String key, String type) {

  /** Whether this actor is resolved well enough to identify a claim's participants. */
  public boolean identified() {
    return !"name".equals(type);
  }
}
