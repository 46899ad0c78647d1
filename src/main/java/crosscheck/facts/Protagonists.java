package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a document is about, and the roles it calls them by. An article names its subject in
 * full once or twice ("former President Ana Ruiz") and then by role ("the former president", "la
 * exmandataria") or pronoun; a value said of the role is the person's. A role counts only when the
 * document wrote its word right before the person's name: "the minister" in a story of "former
 * President Ruiz" is somebody else.
 */
final class Protagonists {
  /** The fewest mentions that make a person the document's subject. */
  static final int MIN_MENTIONS = 2;

  /** Words read before a mention of the person for their titles. */
  static final int TITLE_WORDS = 3;

  private static final Set<String> TITLES = WordLists.set("facts/titles.txt");
  private static final Set<String> CONTRACTED = WordLists.set("facts/contracted-articles-es.txt");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private Protagonists() {}

  /** The person the document names most often (at least {@value #MIN_MENTIONS} times), or null. */
  static Actor of(List<List<Actor>> actors) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Actor> first = new HashMap<>();
    for (List<Actor> sentence : actors)
      for (Actor a : sentence)
        if ("person".equals(a.type())) {
          counts.merge(a.key(), 1, Integer::sum);
          first.putIfAbsent(a.key(), a);
        }
    Actor best = null;
    int bestCount = MIN_MENTIONS - 1;
    for (List<Actor> sentence : actors)
      for (Actor a : sentence) {
        int n = counts.getOrDefault(a.key(), 0);
        if (n > bestCount) {
          bestCount = n;
          best = first.get(a.key());
        }
      }
    return best;
  }

  /**
   * The titles the document writes right before the person's name, each a run of title words
   * ("former president" of "former President Ana Ruiz", "expresidenta").
   */
  static Set<String> titles(String text, List<List<Actor>> actors, Actor protagonist) {
    Set<String> out = new HashSet<>();
    if (protagonist == null) return out;
    for (List<Actor> sentence : actors)
      for (Actor a : sentence) {
        if (!a.key().equals(protagonist.key())) continue;
        List<String> before = words(text, Math.max(0, a.start() - 60), a.start());
        int from = before.size();
        while (from > 0
            && before.size() - from < TITLE_WORDS
            && TITLES.contains(before.get(from - 1))) from--;
        if (from < before.size()) out.add(String.join(" ", before.subList(from, before.size())));
      }
    return out;
  }

  /**
   * The sentence's roles of the protagonist ("the former president", "el expresidente"): one of
   * their titles, whole, right after a definite article, with no name right after it ("the
   * president" in a story of "former President Ruiz" is somebody else).
   */
  static List<Actor> roleMentions(
      String text, int start, int end, Set<String> titles, Actor protagonist) {
    List<Actor> out = new ArrayList<>();
    if (protagonist == null || titles.isEmpty()) return out;
    Matcher m = WORD.matcher(text).region(start, end);
    List<int[]> spans = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      folded.add(Folding.fold(m.group()).toLowerCase(Locale.ROOT));
    }
    for (int i = 1; i < folded.size(); i++) {
      String article = folded.get(i - 1);
      if (!TriggerLexicon.ANAPHORIC_DETERMINERS.contains(article) && !CONTRACTED.contains(article))
        continue;
      int j = i;
      while (j < folded.size() && j - i < TITLE_WORDS && TITLES.contains(folded.get(j))) j++;
      if (j == i || !titles.contains(String.join(" ", folded.subList(i, j)))) continue;
      // "the former president Ana Ruiz": a name follows, and names itself
      if (j < folded.size() && Character.isUpperCase(text.charAt(spans.get(j)[0]))) continue;
      int from = spans.get(i)[0];
      int to = spans.get(j - 1)[1];
      out.add(new Actor(from, to, text.substring(from, to), protagonist.key(), "person"));
    }
    return out;
  }

  private static List<String> words(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) out.add(Folding.fold(m.group()).toLowerCase(Locale.ROOT));
    return out;
  }
}
