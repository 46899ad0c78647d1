package crosscheck.conflicts;

import crosscheck.reuse.CrossLanguageStems;
import crosscheck.text.StopWords;
import crosscheck.text.WordLists;
import java.util.List;
import java.util.Set;

/**
 * Whether two written forms of a name can be one person's name miswritten: the same surname with
 * other given names, neither a shorter form of the other ("Tom Ferris" and "Tim Ferris", not "Ana
 * Ruiz" and "Ana María Ruiz"), or the same given names with a surname one letter apart ("Ana
 * Gallon", "Ana Gallo"). A short form ("Dani", "Daniel") is one name, and a common word of the
 * lexicon is no given name.
 */
final class NameSpellings {
  /** Surnames shorter than this differ by one letter too often to be one name miswritten. */
  static final int MIN_SURNAME_LENGTH = 4;

  private NameSpellings() {}

  static boolean otherForm(List<String> a, List<String> b) {
    List<String> givenA = a.subList(0, a.size() - 1);
    List<String> givenB = b.subList(0, b.size() - 1);
    String surnameA = a.get(a.size() - 1);
    String surnameB = b.get(b.size() - 1);
    // "the Coastal Democrats" and "the Rural Democrats": two parties, no person
    if (PARTY_MEMBERS.contains(surnameA) || PARTY_MEMBERS.contains(surnameB)) return false;
    if (surnameA.equals(surnameB))
      return !givenA.equals(givenB)
          && !oneNameInTwoLanguages(givenA, givenB)
          && !a.containsAll(b)
          && !b.containsAll(a)
          && !shortForms(givenA, givenB)
          && !commonWords(givenA)
          && !commonWords(givenB);
    // "Ana Gallon" and "Judge Ana Gallo": a title or a first given name may stand before either
    return (endsWith(givenA, givenB) || endsWith(givenB, givenA))
        && Math.min(surnameA.length(), surnameB.length()) >= MIN_SURNAME_LENGTH
        && oneEditApart(surnameA, surnameB);
  }

  /**
   * Whether one list of given names is the other's with a name shortened ("Dani", "Daniel"): each
   * word of the shorter list a word of the longer or the start of one.
   */
  static boolean shortForms(List<String> a, List<String> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i);
      String y = b.get(i);
      if (!x.equals(y)
          && !(x.length() >= MIN_SHORT_FORM && y.startsWith(x))
          && !(y.length() >= MIN_SHORT_FORM && x.startsWith(y))) return false;
    }
    return true;
  }

  static final int MIN_SHORT_FORM = 3;

  private static final Set<String> PARTY_MEMBERS =
      WordLists.set("conflicts/party-member-nouns.txt");

  private static final Set<String> GIVEN_NAME_PAIRS = givenNamePairs();

  private static Set<String> givenNamePairs() {
    Set<String> out = new java.util.HashSet<>();
    for (List<String> row : WordLists.table("conflicts/given-name-equivalents.tsv", 2)) {
      out.add(row.get(0) + "\t" + row.get(1));
      out.add(row.get(1) + "\t" + row.get(0));
    }
    return Set.copyOf(out);
  }

  /**
   * Whether two lists of given names are one list as English and Spanish write it ("John", "Juan";
   * conflicts/given-name-equivalents.tsv): each word the other's or its equivalent.
   */
  static boolean oneNameInTwoLanguages(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.equals(b)) return false;
    for (int i = 0; i < a.size(); i++)
      if (!a.get(i).equals(b.get(i)) && !GIVEN_NAME_PAIRS.contains(a.get(i) + "\t" + b.get(i)))
        return false;
    return true;
  }

  /**
   * Whether a "given name" is a common word of the bilingual lexicon, a party ("Agrupación
   * Nacional") or a place ("Nueva York") the name rules took for a person, or a function word
   * longer than a name's connectors ("de", "von"): a heading run into the sentence after it
   * ("Farewell Mientras Ruiz").
   */
  private static boolean commonWords(List<String> given) {
    return given.stream()
        .anyMatch(
            w ->
                CrossLanguageStems.isSpanishWord(w)
                    || (w.length() > MAX_CONNECTOR && StopWords.any(w)));
  }

  /** The longest of a name's connectors ("de", "del", "von"), which are function words too. */
  static final int MAX_CONNECTOR = 3;

  private static boolean endsWith(List<String> words, List<String> end) {
    return words.size() >= end.size()
        && words.subList(words.size() - end.size(), words.size()).equals(end);
  }

  /** Whether one letter inserted, dropped or replaced turns one word into the other. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) return false;
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) i++;
    if (shorter.length() == longer.length())
      return shorter.substring(i + 1).equals(longer.substring(i + 1));
    return shorter.substring(i).equals(longer.substring(i + 1));
  }
}
