package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.facts.ClaimStance;
import crosscheck.facts.ClaimStance.Polarity;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An event one source asserts and another denies or leaves unconfirmed (attribute {@code claim}):
 * "the minister resigned" against "the minister denied resigning" or "the resignation has not been
 * confirmed". Stateless.
 *
 * <ul>
 *   <li>Each claim's stance is read at its own trigger ({@link ClaimStance}); a hedged claim
 *       ("reportedly") takes no side.
 *   <li>The two claims must be able to tell of one event ({@link ContradictionEvents}: trigger,
 *       year, time, instrument) and name the same participants: they share two participants, or one
 *       person or organisation when the event has no object that would tell two events apart ("X
 *       resigned": {@code conflicts/one-party-triggers.txt}) or both name the same instrument
 *       ("signed the memorandum"); neither names a person or a country the other lacks ("Kenya did
 *       not sign, unlike Chile" is no denial of "Chile signed"); at most one organisation may stand
 *       in one of them only.
 *   <li>A document that both asserts and denies or doubts the event takes no side.
 * </ul>
 */
final class StanceConflicts {

  static final String ATTRIBUTE = "claim";

  private static final Set<String> ONE_PARTY = WordLists.set("conflicts/one-party-triggers.txt");

  private record Read(ClaimWithEvidence claim, ClaimStance stance) {}

  private StanceConflicts() {}

  /** The stance conflict among {@code claims} (one block), if any. */
  static List<ConflictFinding> find(List<ClaimWithEvidence> claims) {
    List<Read> reads = new ArrayList<>();
    Map<String, Set<Boolean>> sidesOfDoc = new TreeMap<>();
    for (ClaimWithEvidence m : claims) {
      if (m.claim().hedged()) continue;
      ClaimStance s = ClaimStance.of(m.claim(), m.sentenceText());
      if (s.polarity() == Polarity.UNCLEAR) continue;
      reads.add(new Read(m, s));
      sidesOfDoc
          .computeIfAbsent(m.claim().doc(), d -> new HashSet<>())
          .add(s.polarity() == Polarity.ASSERTED);
    }
    List<Read> linked = new ArrayList<>();
    for (Read a : reads) {
      if (a.stance().polarity() != Polarity.ASSERTED || both(sidesOfDoc, a)) continue;
      for (Read d : reads) {
        if (d.stance().polarity() == Polarity.ASSERTED || both(sidesOfDoc, d)) continue;
        if (sameEvent(a.claim().claim(), d.claim().claim())) {
          if (!linked.contains(a)) linked.add(a);
          if (!linked.contains(d)) linked.add(d);
        }
      }
    }
    if (linked.isEmpty()) return List.of();
    return List.of(finding(linked));
  }

  /** Whether two claims, one asserting and one denying or doubting, tell of one event. */
  static boolean sameEvent(Claim a, Claim b) {
    if (!ContradictionEvents.compatible(a, b)) return false;
    Set<String> pa = ContradictionEvents.participants(a);
    Set<String> pb = ContradictionEvents.participants(b);
    Set<String> shared = new HashSet<>(pa);
    shared.retainAll(pb);
    boolean onePartyEvent =
        ONE_PARTY.contains(SameEvent.triggerGroup(a.trigger()))
            || (a.category() != null && a.category().equals(b.category()));
    boolean anchored =
        shared.size() >= 2
            || (onePartyEvent && shared.stream().anyMatch(k -> !k.startsWith("country:")));
    if (!anchored) return false;
    int onlyOrgs = 0;
    for (String k : symmetricDifference(pa, pb)) {
      if (!k.startsWith("org:")) return false;
      onlyOrgs++;
    }
    return onlyOrgs <= 1;
  }

  private static boolean both(Map<String, Set<Boolean>> sidesOfDoc, Read r) {
    return sidesOfDoc.get(r.claim().claim().doc()).size() > 1;
  }

  private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    out.removeAll(shared);
    return out;
  }

  /** One value per document and stance: the first sentence that states it. */
  private static ConflictFinding finding(List<Read> linked) {
    Map<String, Read> first = new LinkedHashMap<>();
    linked.sort(
        Comparator.comparing((Read r) -> r.claim().claim().doc())
            .thenComparingInt(r -> r.stance().start()));
    for (Read r : linked) first.putIfAbsent(r.claim().claim().doc() + "\t" + value(r), r);
    List<ConflictValue> values = new ArrayList<>();
    List<ClaimWithEvidence> members = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    Map<String, List<String>> docsByValue = new TreeMap<>();
    for (Read r : first.values()) {
      ClaimWithEvidence m = r.claim();
      int start = r.stance().start();
      int end = r.stance().end();
      String words =
          m.sentenceText()
              .substring(start - m.claim().sentenceStart(), end - m.claim().sentenceStart());
      values.add(
          new ConflictValue(
              value(r), m.claim().doc(), start, end, words, m.evidenceFor(start, end)));
      members.add(m);
      claims.add(m.claim());
      docsByValue.computeIfAbsent(value(r), v -> new ArrayList<>()).add(m.claim().doc());
    }
    values.sort(
        Comparator.comparing(ConflictValue::value)
            .thenComparing(ConflictValue::doc)
            .thenComparingInt(ConflictValue::start));
    Set<String> documents = new HashSet<>();
    for (ConflictValue v : values) documents.add(v.doc());
    String noun = EventTopic.eventNoun(members.get(0).claim().trigger());
    StringBuilder why = new StringBuilder();
    why.append(documents.size()).append(" sources disagree on whether the ").append(noun);
    why.append(" happened: ");
    int n = 0;
    for (Map.Entry<String, List<String>> e : docsByValue.entrySet()) {
      if (n++ > 0) why.append(", ");
      why.append(e.getKey()).append(" (").append(String.join(", ", e.getValue())).append(')');
    }
    boolean denied = docsByValue.containsKey(value(Polarity.DENIED));
    double confidence = (denied ? 0.75 : 0.6) * (0.9 + 0.05 * Math.min(2, documents.size() - 2));
    return new ConflictFinding(
        "c-" + FindingIds.hashOf(values),
        EventTopic.describe(members, ContradictionEvents.year(claims)),
        ATTRIBUTE,
        List.copyOf(values),
        Math.round(confidence * 1000) / 1000.0,
        why.toString(),
        null);
  }

  private static String value(Read r) {
    return value(r.stance().polarity());
  }

  /** The value a finding gives a stance: "asserted", "denied", "unconfirmed". */
  static String value(Polarity p) {
    return p.name().toLowerCase(java.util.Locale.ROOT);
  }
}
