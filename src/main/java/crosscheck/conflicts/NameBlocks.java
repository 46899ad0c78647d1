package crosscheck.conflicts;

import crosscheck.facts.NameMention;
import crosscheck.model.ConflictFinding;
import java.util.List;

/**
 * Where names written in full meet: one block per surname ("Tim Ferris", "Tom Ferris") and one per
 * given name before it ("Ana Gallo", "Judge Ana Gallon"), so that either half written otherwise
 * still meets its other form, while a corpus is never compared all against all.
 */
final class NameBlocks {
  /** A name mention under one block key. */
  public record Keyed(String key, NameMention mention) {}

  /** The mentions under one key. */
  public record Block(String key, List<NameMention> mentions) {}

  /** What one block found. */
  public record Found(List<ConflictFinding> conflicts) {}

  private NameBlocks() {}

  public static List<Keyed> keys(NameMention m) {
    List<String> words = NameVariants.words(m.key());
    if (words.size() < 2) return List.of();
    // the given name right before the surname: "Judge Ana Gallon" meets "Ana Gallo"
    return List.of(
        new Keyed("surname:" + words.get(words.size() - 1), m),
        new Keyed("given:" + words.get(words.size() - 2), m));
  }
}
