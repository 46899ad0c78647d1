package crosscheck.model;

/**
 * One difference between the two sides of a passage pair.
 *
 * @param op {@code insert}, {@code delete}, {@code substitute} or {@code number}
 * @param a the words on side a (empty for insert)
 * @param b the words on side b (empty for delete)
 */
public record Edit(String op, String a, String b) {}
