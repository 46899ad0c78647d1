package crosscheck.conflicts;

import java.util.List;
import java.util.Map;

/**
 * One event: claims from two or more documents that tell of it ({@link EventGrouping}).
 *
 * @param year the year its claims state, or null
 * @param strength per member, its strongest same-event link within the event
 */
record Event(
    List<ClaimWithEvidence> members, String year, Map<ClaimWithEvidence, Double> strength) {}
