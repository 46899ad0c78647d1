package crosscheck.conflicts;

import crosscheck.facts.Measurement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Values a group's outlets give its owner that more outlets give another owner: in a story of two
 * candidates, "Ruiz won 57%" in one outlet and "57% for Gil" in two others is a value read against
 * the wrong name (by the outlet or by the reader of its sentence), not a second figure of Ruiz's
 * share. Set against Ruiz's 43% it would be a false alarm; left out, the group keeps the values
 * that can disagree about one owner's figure.
 */
final class Misattributions {
  /** The fewest other outlets that must give the value to another owner. */
  static final int MIN_OTHER_DOCUMENTS = 2;

  private static final String PERCENT = "percent";

  /** The owned shares of each story: documents joined by matches, directly or through others. */
  private final Map<Integer, List<Measurement>> ownedByStory;

  /** Each document's story, as the number of its connected component of matches. */
  private final Map<String, Integer> storyOf;

  private Misattributions(
      Map<Integer, List<Measurement>> ownedByStory, Map<String, Integer> storyOf) {
    this.ownedByStory = ownedByStory;
    this.storyOf = storyOf;
  }

  /** The owned shares of the matches' measurements, each once, by the story the matches make. */
  static Misattributions of(Collection<MeasurementMatcher.Match> matches) {
    Map<String, Integer> index = new TreeMap<>();
    for (MeasurementMatcher.Match match : matches)
      for (Measurement m : List.of(match.a(), match.b())) index.putIfAbsent(m.doc(), index.size());
    UnionFind stories = new UnionFind(index.size());
    Map<String, Measurement> byKey = new TreeMap<>();
    for (MeasurementMatcher.Match match : matches) {
      int a = stories.root(index.get(match.a().doc()));
      int b = stories.root(index.get(match.b().doc()));
      if (a != b) stories.attach(a, b);
      for (Measurement m : List.of(match.a(), match.b()))
        if (m.subject() != null && m.quantity() != null && PERCENT.equals(m.quantity().unit()))
          byKey.putIfAbsent(MeasurementMatcher.key(m), m);
    }
    Map<String, Integer> storyOf = new HashMap<>();
    index.forEach((doc, i) -> storyOf.put(doc, stories.root(i)));
    Map<Integer, List<Measurement>> ownedByStory = new HashMap<>();
    for (Measurement m : byKey.values())
      ownedByStory.computeIfAbsent(storyOf.get(m.doc()), k -> new ArrayList<>()).add(m);
    return new Misattributions(ownedByStory, storyOf);
  }

  /** The group's values without those other outlets give to an owner other than the group's. */
  List<Measurement> without(List<Measurement> perDoc) {
    String owner = owner(perDoc);
    if (owner == null || perDoc.isEmpty()) return perDoc;
    // the other outlets of the group's story only: a corpus of many stories holds other owners'
    // shares of every size, and scanning them all for every group would grow with its square
    List<Measurement> owned =
        ownedByStory.getOrDefault(storyOf.get(perDoc.get(0).doc()), List.of());
    List<Measurement> kept = new ArrayList<>();
    for (Measurement m : perDoc) if (!elsewhereOthers(m, owner, owned)) kept.add(m);
    return kept;
  }

  /** The owner most of the group's values are given to, or null when none is given. */
  private static String owner(List<Measurement> perDoc) {
    String best = null;
    int bestCount = 0;
    for (Measurement m : perDoc) {
      if (m.subject() == null) continue;
      int n = 0;
      for (Measurement x : perDoc) if (MeasurementSubjects.same(m.subject(), x.subject())) n++;
      if (n > bestCount) {
        bestCount = n;
        best = m.subject();
      }
    }
    return best;
  }

  /**
   * Whether one other owner is given the value by at least {@value #MIN_OTHER_DOCUMENTS} other
   * outlets, more than give it to the group's owner. Owners of two kinds (a court and the man it
   * sentenced) are never rivals for one value.
   */
  private static boolean elsewhereOthers(Measurement m, String owner, List<Measurement> owned) {
    // a share of a whole is one owner's; a count, a span or a minute may be two owners' alike
    // (the scorer's and the passer's minute, two defendants' terms)
    if (m.quantity() == null || !PERCENT.equals(m.quantity().unit())) return false;
    Map<String, Set<String>> docsByOwner = new TreeMap<>();
    Set<String> same = new HashSet<>();
    for (Measurement y : owned) {
      if (y.doc().equals(m.doc())
          || !Objects.equals(y.quantity().unit(), m.quantity().unit())
          || !MeasurementFindings.agree(m, y)) continue;
      if (MeasurementSubjects.same(y.subject(), owner)) {
        same.add(y.doc());
        continue;
      }
      String rival = y.subject();
      for (String known : docsByOwner.keySet())
        if (MeasurementSubjects.same(known, rival)) rival = known;
      docsByOwner.computeIfAbsent(rival, k -> new HashSet<>()).add(y.doc());
    }
    for (Map.Entry<String, Set<String>> e : docsByOwner.entrySet()) {
      int n = e.getValue().size();
      if (n >= MIN_OTHER_DOCUMENTS && n > same.size() && sameKind(e.getKey(), owner)) return true;
    }
    return false;
  }

  private static boolean sameKind(String a, String b) {
    return kind(a).equals(kind(b));
  }

  private static String kind(String subject) {
    int colon = subject.indexOf(':');
    String kind = colon < 0 ? "" : subject.substring(0, colon);
    // a bare name is as often a person's as a party's
    return kind.equals("name") ? "person" : kind.equals("party") ? "org" : kind;
  }
}
