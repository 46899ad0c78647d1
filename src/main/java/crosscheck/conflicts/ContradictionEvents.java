package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.facts.TimeValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two claims of two documents can tell of one event as far as their trigger, time and kind
 * of instrument go: the same trigger group, no two different stated years, event times that overlap
 * when both give one, and no two different exclusive instruments (a treaty is no memorandum). Who
 * takes part is judged by the rule that uses it ({@link StanceConflicts}, {@link NameMixups}).
 * Stateless.
 */
final class ContradictionEvents {
  private ContradictionEvents() {}

  /** Whether {@code a} and {@code b}, from two documents, may tell of one event. */
  static boolean compatible(Claim a, Claim b) {
    if (a.doc().equals(b.doc())) return false;
    if (!SameEvent.isEvent(a) || !SameEvent.isEvent(b)) return false;
    if (!SameEvent.triggerGroup(a.trigger()).equals(SameEvent.triggerGroup(b.trigger()))) {
      return false;
    }
    String ya = SameEvent.eventYear(a);
    String yb = SameEvent.eventYear(b);
    if (ya != null && yb != null && !ya.equals(yb)) return false;
    if (!timesOverlap(a.eventTime(), b.eventTime())) return false;
    String ca = a.category();
    String cb = b.category();
    return ca == null
        || cb == null
        || ca.equals(cb)
        || !SameEvent.EXCLUSIVE_INSTRUMENTS.contains(ca)
        || !SameEvent.EXCLUSIVE_INSTRUMENTS.contains(cb);
  }

  /** The year both claims' event times state, or null. */
  static String year(List<Claim> claims) {
    for (Claim c : claims) {
      String y = SameEvent.eventYear(c);
      if (y != null) return y;
    }
    return null;
  }

  /** The claim's actors that identify a participant: people, organisations, countries. */
  static Set<String> participants(Claim c) {
    Set<String> out = new HashSet<>();
    for (String k : c.actors()) {
      if (k.startsWith("person:") || k.startsWith("org:") || k.startsWith("country:")) out.add(k);
    }
    return out;
  }

  private static boolean timesOverlap(TimeValue a, TimeValue b) {
    if (a == null || b == null || a.value() == null || b.value() == null) return true;
    ValueCompatibility.DateRange ra = ValueCompatibility.dateRange(a.value(), a.mod());
    ValueCompatibility.DateRange rb = ValueCompatibility.dateRange(b.value(), b.mod());
    return ra == null || rb == null || ValueCompatibility.overlap(ra, rb);
  }
}
