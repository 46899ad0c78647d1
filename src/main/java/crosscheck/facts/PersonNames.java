package crosscheck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short person names resolved to the full names of the same document, so that one person has one
 * key: a single word ("Novillo") that is a non-first word of exactly one full name becomes that
 * person, and a full name that extends a shorter full name ("Edmundo Novillo Aguilar" after
 * "Edmundo Novillo") takes the shorter key. Stateless.
 */
final class PersonNames {

  private PersonNames() {}

  /** The actors of each sentence (in order) with person names resolved across the document. */
  static List<List<Actor>> resolve(List<List<Actor>> found) {
    Map<String, List<String>> fullNames = fullNames(found);
    Map<String, String> canonical = canonical(fullNames);
    Map<String, Set<String>> owners = laterWordOwners(fullNames, canonical);
    List<List<Actor>> resolved = new ArrayList<>();
    for (List<Actor> list : found) {
      List<Actor> out = new ArrayList<>(list.size());
      for (Actor a : list) {
        if (canonical.containsKey(a.key())) {
          out.add(new Actor(a.start(), a.end(), a.text(), canonical.get(a.key()), "person"));
        } else if (a.type().equals("name")
            || a.type().equals("person")
            || a.type().equals("place")) {
          out.add(ownedShortName(a, owners));
        } else {
          out.add(a);
        }
      }
      resolved.add(out);
    }
    return resolved;
  }

  /** Person key -> its words, for every person named with two words or more. */
  private static Map<String, List<String>> fullNames(List<List<Actor>> found) {
    Map<String, List<String>> fullNames = new HashMap<>();
    for (List<Actor> list : found) {
      for (Actor a : list) {
        if (a.type().equals("person")) {
          List<String> tokens = List.of(a.key().substring(7).split(" "));
          if (tokens.size() >= 2) fullNames.put(a.key(), tokens);
        }
      }
    }
    return fullNames;
  }

  /**
   * Full name key -> the key of the shortest full name it extends (itself when none), looked up by
   * its prefixes: a list of thousands of names is never compared name by name.
   */
  private static Map<String, String> canonical(Map<String, List<String>> fullNames) {
    Map<String, String> byWords = new HashMap<>();
    fullNames.forEach((key, words) -> byWords.put(String.join(" ", words), key));
    Map<String, String> canonical = new HashMap<>();
    for (var e : fullNames.entrySet()) {
      List<String> words = e.getValue();
      String best = e.getKey();
      for (int size = 2; size < words.size(); size++) {
        String shorter = byWords.get(String.join(" ", words.subList(0, size)));
        if (shorter != null) {
          best = shorter;
          break;
        }
      }
      canonical.put(e.getKey(), best);
    }
    return canonical;
  }

  /** Each later word of a full name (not its first) -> the people whose full names hold it. */
  private static Map<String, Set<String>> laterWordOwners(
      Map<String, List<String>> fullNames, Map<String, String> canonical) {
    Map<String, Set<String>> owners = new HashMap<>();
    for (var e : fullNames.entrySet()) {
      List<String> tokens = e.getValue();
      for (String word : tokens.subList(1, tokens.size())) {
        owners.computeIfAbsent(word, w -> new HashSet<>()).add(canonical.get(e.getKey()));
      }
    }
    return owners;
  }

  /** A single word that is a later word of exactly one person's full names becomes that person. */
  private static Actor ownedShortName(Actor a, Map<String, Set<String>> laterWordOwners) {
    String word = a.key().substring(a.key().indexOf(':') + 1);
    Set<String> owners = laterWordOwners.getOrDefault(word, Set.of());
    return owners.size() == 1 && !word.contains(" ")
        ? new Actor(a.start(), a.end(), a.text(), owners.iterator().next(), "person")
        : a;
  }
}
