package crosscheck.conflicts;

import crosscheck.facts.Claim;
import java.util.List;

/**
 * Claims joined into events, keeping each event within one year and one month's spread: two events
 * are never merged when their years differ or their dates lie more than {@link
 * SameEvent#MAX_DISAGREEMENT_DAYS} apart. An event's root is its lowest claim index.
 */
final class EventGroups {
  private final UnionFind sets;
  // Per root: the year its claims state, and the latest first day and earliest last day of its
  // dated claims, so that no merge puts two dates more than MAX_DISAGREEMENT_DAYS apart into one.
  private final String[] year;
  private final long[] latestFirst;
  private final long[] earliestLast;

  /** One event per claim, to begin with; {@code years} are the claims' stated years (or null). */
  EventGroups(List<ClaimWithEvidence> claims, String[] years) {
    int n = claims.size();
    sets = new UnionFind(n);
    year = years.clone();
    latestFirst = new long[n];
    earliestLast = new long[n];
    for (int i = 0; i < n; i++) {
      Claim c = claims.get(i).claim();
      latestFirst[i] = Long.MIN_VALUE;
      earliestLast[i] = Long.MAX_VALUE;
      ValueCompatibility.DateRange r =
          c.eventTime() == null
              ? null
              : ValueCompatibility.dateRange(c.eventTime().value(), c.eventTime().mod());
      if (year[i] != null && r != null && r.year() != null && r.days() < 366 * 3) {
        latestFirst[i] = r.first().toEpochDay();
        earliestLast[i] = r.last().toEpochDay();
      }
    }
  }

  /** Joins the events of claims i and j unless their years or dates lie too far apart. */
  void union(int i, int j) {
    int ri = root(i);
    int rj = root(j);
    if (ri == rj || (year[ri] != null && year[rj] != null && !year[ri].equals(year[rj]))) return;
    long first = Math.max(latestFirst[ri], latestFirst[rj]);
    long last = Math.min(earliestLast[ri], earliestLast[rj]);
    if (first != Long.MIN_VALUE
        && last != Long.MAX_VALUE
        && first - last > SameEvent.MAX_DISAGREEMENT_DAYS) {
      return;
    }
    int keep = Math.min(ri, rj);
    int gone = Math.max(ri, rj);
    sets.attach(gone, keep);
    if (year[keep] == null) year[keep] = year[gone];
    latestFirst[keep] = first;
    earliestLast[keep] = last;
  }

  /** The root of claim i's event. */
  int root(int i) {
    return sets.root(i);
  }

  /** The year the claims of the event rooted at {@code root} state, or null. */
  String yearOfRoot(int root) {
    return year[root];
  }
}
