package crosscheck.conflicts;

import crosscheck.facts.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups claims into events: claims whose {@link SameEvent#score} reaches the threshold are joined,
 * in three passes over the links, strongest first.
 *
 * <ol>
 *   <li>Claims that state a year join each other.
 *   <li>A claim without a year joins the event it is most linked to (summed over that event's
 *       claims), not whichever single link is strongest: an undated "July 20" fits a 2012 accord as
 *       well as the 2023 memorandum it means.
 *   <li>The remaining links apply.
 * </ol>
 *
 * No join puts two years, or dates more than {@link SameEvent#MAX_DISAGREEMENT_DAYS} apart, into
 * one event ({@link EventGroups}). Claims that only report something, and negated claims, take no
 * part. Only candidate pairs are scored ({@link CandidatePairs}).
 */
final class EventGrouping {

  private static final Comparator<Claim> CLAIM_ORDER =
      Comparator.comparing(Claim::doc)
          .thenComparingInt(Claim::sentence)
          .thenComparingInt(Claim::sentenceStart)
          .thenComparing(Claim::trigger, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(c -> Objects.toString(c.category(), ""))
          .thenComparing(c -> String.join(",", c.actors()))
          .thenComparing(
              c -> c.eventTime() == null ? "" : c.eventTime().start() + ":" + c.eventTime().value())
          .thenComparing(c -> c.quantities().toString());

  /** Two claims, by index, that score {@code score} as one event. */
  private record Link(int i, int j, double score) {}

  private EventGrouping() {}

  /** The events among {@code input}: groups of two or more documents, in a stable order. */
  static List<Event> events(List<ClaimWithEvidence> input, ReuseLinks reuse, double minSameEvent) {
    List<ClaimWithEvidence> claims = eventClaims(input);
    String[] year = new String[claims.size()];
    for (int i = 0; i < year.length; i++) year[i] = SameEvent.eventYear(claims.get(i).claim());
    List<Link> links = links(claims, reuse, minSameEvent);
    EventGroups groups = new EventGroups(claims, year);
    join(groups, links, year);
    return events(claims, groups, links);
  }

  /** The claims that tell of an event, in an order that does not depend on the input's. */
  private static List<ClaimWithEvidence> eventClaims(List<ClaimWithEvidence> input) {
    List<ClaimWithEvidence> claims = new ArrayList<>();
    for (ClaimWithEvidence c : input) {
      if (c != null && c.claim() != null && SameEvent.isEvent(c.claim()) && !c.claim().negated()) {
        claims.add(c);
      }
    }
    claims.sort(Comparator.comparing(ClaimWithEvidence::claim, CLAIM_ORDER));
    return claims;
  }

  /** The candidate pairs that score at least {@code minSameEvent}, strongest first. */
  private static List<Link> links(
      List<ClaimWithEvidence> claims, ReuseLinks reuse, double minSameEvent) {
    List<Link> links = new ArrayList<>();
    for (CandidatePairs.Pair pair : CandidatePairs.of(claims, reuse)) {
      Claim a = claims.get(pair.i()).claim();
      Claim b = claims.get(pair.j()).claim();
      double s = SameEvent.score(a, b, reuse.linked(a, b));
      if (s >= minSameEvent && s > 0) links.add(new Link(pair.i(), pair.j(), s));
    }
    links.sort(
        Comparator.comparingDouble(Link::score)
            .reversed()
            .thenComparingInt(Link::i)
            .thenComparingInt(Link::j));
    return links;
  }

  /** The three passes of the class comment; {@code year} holds each claim's own stated year. */
  private static void join(EventGroups groups, List<Link> links, String[] year) {
    for (Link l : links) {
      if (year[l.i()] != null && year[l.j()] != null) groups.union(l.i(), l.j());
    }
    Map<Integer, Map<Integer, Double>> linksToDated = new TreeMap<>();
    for (Link l : links) {
      if ((year[l.i()] == null) != (year[l.j()] == null)) {
        int undated = year[l.i()] == null ? l.i() : l.j();
        int dated = undated == l.i() ? l.j() : l.i();
        linksToDated
            .computeIfAbsent(undated, k -> new TreeMap<>())
            .merge(groups.root(dated), l.score(), Double::sum);
      }
    }
    for (Map.Entry<Integer, Map<Integer, Double>> undated : linksToDated.entrySet()) {
      int best = -1;
      for (Map.Entry<Integer, Double> l : undated.getValue().entrySet()) {
        if (best < 0 || l.getValue() > undated.getValue().get(best)) best = l.getKey();
      }
      groups.union(undated.getKey(), best);
    }
    for (Link l : links) groups.union(l.i(), l.j());
  }

  /** The groups of two or more claims, each member with its strongest link within its event. */
  private static List<Event> events(
      List<ClaimWithEvidence> claims, EventGroups groups, List<Link> links) {
    double[] strength = new double[claims.size()];
    for (Link l : links) {
      if (groups.root(l.i()) != groups.root(l.j())) continue;
      strength[l.i()] = Math.max(strength[l.i()], l.score());
      strength[l.j()] = Math.max(strength[l.j()], l.score());
    }
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < claims.size(); i++)
      byRoot.computeIfAbsent(groups.root(i), k -> new ArrayList<>()).add(i);
    List<Event> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> g : byRoot.entrySet()) {
      if (g.getValue().size() < 2) continue;
      List<ClaimWithEvidence> members = new ArrayList<>();
      Map<ClaimWithEvidence, Double> memberStrength = new IdentityHashMap<>();
      for (int i : g.getValue()) {
        members.add(claims.get(i));
        memberStrength.put(claims.get(i), strength[i]);
      }
      out.add(new Event(List.copyOf(members), groups.yearOfRoot(g.getKey()), memberStrength));
    }
    return out;
  }
}
