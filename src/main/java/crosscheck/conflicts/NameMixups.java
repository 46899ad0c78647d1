package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who did it, when one source names the doer with a name mixed up from two people (attribute {@code
 * entity}): one outlet writes that "Ana Ortiz" congratulated Ana Reyes, the others that "Luis
 * Ortiz" did. A mixed-up name is told from two people by all of these:
 *
 * <ul>
 *   <li>the two claims can tell of one event ({@link ContradictionEvents}) and both name another
 *       participant (Ana Reyes above), and neither names the other's person;
 *   <li>the two names share their surname and differ in their given names, neither being a shorter
 *       form of the other ("Luis Ortiz", "Luis Alberto Ortiz", "L. Ortiz" are one person);
 *   <li>one name joins the given name of that other participant to the surname: the mix-up of two
 *       people named together, not a namesake or a relative;
 *   <li>no word naming a relative stands beside either name ("his son", "su esposa": {@code
 *       conflicts/kinship-words-*.txt}).
 * </ul>
 *
 * Claims that deny or hedge their event, and sentences that list more than {@value #MAX_PEOPLE}
 * people, take no part; an initial ("L. Ortiz") is never a mixed-up given name. Stateless.
 */
final class NameMixups {

  static final String ATTRIBUTE = "entity";

  /** A claim naming more people than this is a list, not a statement of who did something. */
  static final int MAX_PEOPLE = 4;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** A person a claim names, with where its sentence names it (document offsets). */
  private record Named(
      ClaimWithEvidence claim, String key, List<String> words, int start, int end) {
    String given() {
      return words.get(0);
    }

    String surname() {
      return words.get(words.size() - 1);
    }
  }

  private NameMixups() {}

  /** The mixed-up names among {@code claims} (one block). */
  static List<ConflictFinding> find(List<ClaimWithEvidence> claims) {
    List<Named> named = new ArrayList<>();
    for (ClaimWithEvidence m : claims) {
      Claim c = m.claim();
      if (!SameEvent.isEvent(c) || c.negated() || c.hedged() || list(c)) continue;
      for (String key : c.actors()) {
        Named n = named(m, key);
        if (n != null) named.add(n);
      }
    }
    // wrong name -> right name -> the mentions of each, in order
    Map<String, Map<String, List<Named>>> mixups = new TreeMap<>();
    for (Named x : named) {
      for (Named y : named) {
        if (mixedUp(x, y)) {
          List<Named> cited =
              mixups
                  .computeIfAbsent(x.key(), k -> new TreeMap<>())
                  .computeIfAbsent(y.key(), k -> new ArrayList<>());
          if (!cited.contains(x)) cited.add(x);
          if (!cited.contains(y)) cited.add(y);
        }
      }
    }
    List<ConflictFinding> out = new ArrayList<>();
    for (Map<String, List<Named>> byRight : mixups.values()) {
      for (List<Named> cited : byRight.values()) out.add(finding(cited));
    }
    return out;
  }

  /** Whether {@code x} is a mix-up of the person {@code y} names, by the rules above. */
  private static boolean mixedUp(Named x, Named y) {
    Claim cx = x.claim().claim();
    Claim cy = y.claim().claim();
    if (x.key().equals(y.key()) || !x.surname().equals(y.surname())) return false;
    if (!differentGivenNames(x.words(), y.words())) return false;
    if (names(x, y.key()) || names(y, x.key())) return false;
    if (!ContradictionEvents.compatible(cx, cy)) return false;
    Set<String> others = new TreeSet<>(cx.actors());
    others.addAll(cy.actors());
    boolean borrowed = false;
    for (String k : others) {
      List<String> other = personWords(k);
      if (other == null || other.get(other.size() - 1).equals(x.surname())) continue;
      if (!names(x, k) || !names(y, k)) continue;
      if (other.get(0).equals(y.given())) return false; // the other name borrows too: unclear
      borrowed |= other.get(0).equals(x.given());
    }
    return borrowed;
  }

  /**
   * Whether the sentence of {@code n} names the person {@code key}: among its claim's actors, or
   * its full name or surname as words of the sentence (a short name its document left unresolved).
   */
  private static boolean names(Named n, String key) {
    if (n.claim().claim().actors().contains(key)) return true;
    List<String> words = personWords(key);
    if (words == null) return false;
    String folded = Folding.foldKeepingLength(n.claim().sentenceText());
    return find(folded, String.join(" ", words)) != null
        || (!words.get(words.size() - 1).equals(n.surname())
            && find(folded, words.get(words.size() - 1)) != null);
  }

  /** Two given names that cannot be one person's: neither name is a shorter form of the other. */
  private static boolean differentGivenNames(List<String> a, List<String> b) {
    if (new HashSet<>(a).containsAll(b) || new HashSet<>(b).containsAll(a)) return false;
    String ga = a.get(0);
    String gb = b.get(0);
    // An initial ("S Murray") is no given name to mix up.
    return ga.length() > 1 && gb.length() > 1 && !ga.equals(gb);
  }

  /** A sentence naming more people than an event has doers: a list (a squad, a cabinet). */
  private static boolean list(Claim c) {
    return c.actors().stream().filter(k -> k.startsWith("person:")).count() > MAX_PEOPLE;
  }

  /** A person of two words or more that the claim's sentence names, with no relative beside it. */
  private static Named named(ClaimWithEvidence m, String key) {
    List<String> words = personWords(key);
    if (words == null || m.sentenceText() == null) return null;
    String folded = Folding.foldKeepingLength(m.sentenceText());
    int[] at = find(folded, String.join(" ", words));
    if (at == null) at = find(folded, words.get(words.size() - 1));
    if (at == null || Kinship.besideRelative(folded, at[0], at[1])) return null;
    int offset = m.claim().sentenceStart();
    return new Named(m, key, words, at[0] + offset, at[1] + offset);
  }

  /** The words of a person key of two words or more, or null. */
  private static List<String> personWords(String key) {
    if (!key.startsWith("person:")) return null;
    List<String> words = Arrays.asList(key.substring("person:".length()).split(" "));
    return words.size() >= 2 ? words : null;
  }

  /** Where {@code words} stand in {@code folded} as whole words, or null. */
  private static int[] find(String folded, String words) {
    int at = folded.indexOf(words);
    while (at >= 0) {
      int end = at + words.length();
      boolean whole =
          (at == 0 || !Character.isLetter(folded.charAt(at - 1)))
              && (end == folded.length() || !Character.isLetter(folded.charAt(end)));
      if (whole) return new int[] {at, end};
      at = folded.indexOf(words, at + 1);
    }
    return null;
  }

  /** The finding of one mixed-up name: one mention per document and name. */
  private static ConflictFinding finding(List<Named> cited) {
    Map<String, Named> first = new LinkedHashMap<>();
    cited.sort(
        Comparator.comparing((Named n) -> n.claim().claim().doc()).thenComparingInt(Named::start));
    for (Named n : cited) first.putIfAbsent(n.claim().claim().doc() + "\t" + n.key(), n);
    List<ClaimWithEvidence> members = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (Named n : first.values()) {
      members.add(n.claim());
      claims.add(n.claim().claim());
    }
    List<ConflictValue> values = new ArrayList<>();
    Map<String, List<String>> docsByName = new TreeMap<>();
    for (Named n : first.values()) {
      ClaimWithEvidence m = n.claim();
      int from = n.start() - m.claim().sentenceStart();
      String words = m.sentenceText().substring(from, n.end() - m.claim().sentenceStart());
      String name = EventTopic.displayName(n.key(), members);
      values.add(
          new ConflictValue(
              name, m.claim().doc(), n.start(), n.end(), words, m.evidenceFor(n.start(), n.end())));
      docsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(m.claim().doc());
    }
    values.sort(
        Comparator.comparing(ConflictValue::value)
            .thenComparing(ConflictValue::doc)
            .thenComparingInt(ConflictValue::start));
    Set<String> documents = new HashSet<>();
    for (ConflictValue v : values) documents.add(v.doc());
    String noun = EventTopic.eventNoun(claims.get(0).trigger());
    StringBuilder why = new StringBuilder();
    why.append(documents.size()).append(" sources name one person of the ").append(noun);
    why.append(" differently: ");
    int k = 0;
    for (Map.Entry<String, List<String>> e : docsByName.entrySet()) {
      if (k++ > 0) why.append(", ");
      why.append(e.getKey()).append(" (").append(String.join(", ", e.getValue())).append(')');
    }
    why.append("; one name joins another participant's given name to the surname");
    return new ConflictFinding(
        "c-" + FindingIds.hashOf(values),
        "name of the person in the "
            + EventTopic.describe(members, ContradictionEvents.year(claims)),
        ATTRIBUTE,
        List.copyOf(values),
        0.7,
        why.toString(),
        null);
  }
}
