package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A readable one-line name for an event: "signing of the 2023 Bolivia–Iran memorandum (...)". */
final class EventTopic {

  /** Trigger group -> the noun naming its event ("sign" -> "signing"). */
  private static final Map<String, String> EVENT_NOUNS = WordLists.map("conflicts/event-nouns.tsv");

  // Function words a name keeps in lower case ("Ministry of Fisheries").
  private static final Set<String> LOWERCASE_WORDS = lowercaseWords();

  private EventTopic() {}

  /** The noun naming an event of this trigger: "sign" -> "signing". */
  static String eventNoun(String trigger) {
    String group = SameEvent.triggerGroup(trigger);
    return EVENT_NOUNS.getOrDefault(group, group);
  }

  /** A one-line topic from the members' trigger, shared actors and category. */
  static String describe(List<ClaimWithEvidence> members, String year) {
    String noun = eventNoun(members.get(0).claim().trigger());
    // Actors named by two or more documents are the event's; others are one source's context.
    Map<String, Set<String>> docsByActor = new TreeMap<>();
    Map<String, Integer> categories = new TreeMap<>();
    for (ClaimWithEvidence m : members) {
      Claim c = m.claim();
      for (String key : c.actors())
        docsByActor.computeIfAbsent(key, k -> new HashSet<>()).add(c.doc());
      if (c.category() != null) categories.merge(c.category(), 1, Integer::sum);
    }
    List<String> shared = new ArrayList<>();
    for (var e : docsByActor.entrySet()) if (e.getValue().size() >= 2) shared.add(e.getKey());
    if (shared.isEmpty()) shared.addAll(members.get(0).claim().actors());
    shared.sort(
        (a, b) -> {
          int byDocs = Integer.compare(docsByActor.get(b).size(), docsByActor.get(a).size());
          return byDocs != 0 ? byDocs : a.compareTo(b);
        });
    List<String> countries = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String key : shared) {
      String name = displayName(key, members);
      if (key.startsWith("country:")) {
        if (countries.size() < 3 && !countries.contains(name)) countries.add(name);
      } else if (others.size() < 2 && !others.contains(name)) {
        others.add(name);
      }
    }
    countries.sort(null);
    String category = category(categories);
    StringBuilder b = new StringBuilder(noun);
    if (category != null) {
      b.append(" of the ");
      if (year != null) b.append(year).append(' ');
      if (!countries.isEmpty()) b.append(String.join("–", countries)).append(' ');
      b.append(category);
      if (!others.isEmpty()) b.append(" (").append(String.join(", ", others)).append(')');
    } else {
      if (year != null) b.append(" in ").append(year);
      List<String> all = new ArrayList<>(countries);
      all.addAll(others);
      if (!all.isEmpty()) b.append(": ").append(String.join(", ", all));
    }
    return b.toString();
  }

  /** The most named category, a specific one ("memorandum") before a generic one ("agreement"). */
  private static String category(Map<String, Integer> counts) {
    String best = null;
    for (var e : counts.entrySet()) {
      if (best == null || better(e.getKey(), e.getValue(), best, counts.get(best)))
        best = e.getKey();
    }
    return best;
  }

  private static boolean better(String c, int n, String best, int bestN) {
    boolean specific = !SameEvent.GENERIC_INSTRUMENTS.contains(c);
    boolean bestSpecific = !SameEvent.GENERIC_INSTRUMENTS.contains(best);
    if (specific != bestSpecific) return specific;
    return n > bestN;
  }

  /** "country:IR" -> "Iran"; other keys -> their words as a member sentence writes them. */
  static String displayName(String key, List<ClaimWithEvidence> members) {
    int colon = key.indexOf(':');
    String kind = colon < 0 ? "" : key.substring(0, colon);
    String words = key.substring(colon + 1);
    if (kind.equals("country") && words.length() == 2) {
      String name =
          new Locale("", words.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
      if (!name.isEmpty() && !name.equalsIgnoreCase(words)) return name;
    }
    for (ClaimWithEvidence m : members) {
      String s = m.sentenceText();
      if (s == null) continue;
      String folded = Folding.foldKeepingLength(s);
      int at = folded.indexOf(words);
      if (at >= 0) return s.substring(at, at + words.length());
    }
    StringBuilder b = new StringBuilder();
    for (String w : words.split(" ")) {
      if (b.length() > 0) b.append(' ');
      b.append(
          LOWERCASE_WORDS.contains(w) || w.isEmpty()
              ? w
              : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }

  private static Set<String> lowercaseWords() {
    Set<String> words = new HashSet<>(WordLists.set("conflicts/lower-case-name-words-en.txt"));
    words.addAll(WordLists.set("conflicts/lower-case-name-words-es.txt"));
    return Set.copyOf(words);
  }
}
