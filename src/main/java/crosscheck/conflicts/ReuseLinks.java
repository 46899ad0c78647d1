package crosscheck.conflicts;

import crosscheck.facts.Claim;
import java.util.Set;

/**
 * The sentence pairs a reuse alignment links, keyed by {@link #sentencePair}. A copied sentence is
 * strong evidence that two claims tell of one event, and makes the copy the other document's word
 * rather than an independent source.
 *
 * @param pairs keys from {@link #sentencePair}; null stands for none
 */
record ReuseLinks(Set<String> pairs) {

  ReuseLinks {
    pairs = pairs == null ? Set.of() : pairs;
  }

  /**
   * The key of two sentences linked by a reuse alignment, the same whichever side comes first.
   * Document ids must not contain tabs.
   */
  static String sentencePair(String docA, int sentenceA, String docB, int sentenceB) {
    String a = docA + "#" + sentenceA;
    String b = docB + "#" + sentenceB;
    return a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a;
  }

  /** Whether a reuse alignment links the sentences of two claims. */
  boolean linked(Claim a, Claim b) {
    return pairs.contains(sentencePair(a.doc(), a.sentence(), b.doc(), b.sentence()));
  }
}
