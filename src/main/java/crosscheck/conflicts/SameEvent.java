package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.facts.TimeValue;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How likely two claims from two different documents speak of the same event, and the blocking keys
 * that bring such claims together at scale. Stateless and thread-safe.
 *
 * <p>Evidence, in order of weight: the participants (half weighted Jaccard of canonical actor keys,
 * half how much of the smaller set the other covers; countries weigh most; two different pairs of
 * countries are different events), the time (a compatible date helps; two different stated years
 * rule the pair out), the kind of instrument (memorandum, agreement, deal and accord are one
 * family; treaty vs memorandum stays a candidate category conflict), and a reuse alignment between
 * the two sentences (strong evidence). The triggers must be the same event or synonyms (sign =
 * agree = conclude; kill = die).
 */
public final class SameEvent {

  /** A sensible {@code minSameEvent} for {@link ConflictFinder#find}. */
  public static final double DEFAULT_MIN_SCORE = 0.55;

  static final double ACTOR_WEIGHT = 0.6;
  static final double CATEGORY_WEIGHT = 0.15;
  static final double TIME_WEIGHT = 0.25;

  /**
   * Sources misdate one event by days or weeks; dates further apart than this belong to two events
   * (two meetings of the same ministers), never to one disagreement.
   */
  public static final int MAX_DISAGREEMENT_DAYS = 31;

  /** How much of the actor evidence is left when the two claims share only one actor. */
  static final double SINGLE_ACTOR_FACTOR = 0.5;

  /** A reuse alignment removes this share of the remaining doubt. */
  static final double REUSE_EVIDENCE = 0.75;

  /** Claims with more actors than this block on their first (heaviest) ones only. */
  static final int MAX_BLOCKING_ACTORS = 6;

  // Triggers that frame a claim (its source), never an event of their own.
  private static final Set<String> REPORT_TRIGGERS = WordLists.set("conflicts/report-triggers.txt");

  private static final Map<String, String> TRIGGER_GROUPS =
      WordLists.map("conflicts/trigger-groups.tsv");

  private static final String INSTRUMENTS_TABLE = "conflicts/instruments.tsv";

  // Generic names of an agreed instrument: compatible with any more specific one.
  static final Set<String> GENERIC_INSTRUMENTS = instruments("generic");

  /**
   * Kinds of instrument that exclude each other: a memorandum of understanding binds no one, a
   * treaty binds states, a contract binds firms. Other categories (alliance, declaration, protocol,
   * ceasefire) may accompany any of them and never conflict.
   */
  static final Set<String> EXCLUSIVE_INSTRUMENTS = instruments("exclusive");

  static final Set<String> INSTRUMENTS = instruments(null);

  private SameEvent() {}

  /**
   * The likelihood in [0, 1] that {@code a} and {@code b} tell of the same event; 0 when they come
   * from one document, their triggers differ, either only reports something, or both state a year
   * and the years differ (a 2010 memorandum is not the 2023 one).
   *
   * @param reuseLinked a reuse alignment links the two claims' sentences
   */
  public static double score(Claim a, Claim b, boolean reuseLinked) {
    if (a.doc().equals(b.doc())) return 0;
    if (!isEvent(a)
        || !isEvent(b)
        || !triggerGroup(a.trigger()).equals(triggerGroup(b.trigger()))) {
      return 0;
    }
    String ya = eventYear(a);
    String yb = eventYear(b);
    if (ya != null && yb != null && !ya.equals(yb)) return 0;
    double s =
        ACTOR_WEIGHT * actorOverlap(a.actors(), b.actors())
            + CATEGORY_WEIGHT * categoryAgreement(a.category(), b.category())
            + TIME_WEIGHT * timeAgreement(a.eventTime(), b.eventTime());
    if (reuseLinked) s = 1 - (1 - s) * (1 - REUSE_EVIDENCE);
    return Math.max(0, Math.min(1, s));
  }

  /**
   * Keys under which a claim is compared: its trigger group with each sorted pair of its actor keys
   * ("sign|country:BO|country:IR"); with one actor, the trigger and that actor. A claim without
   * actors has no key (only a reuse alignment can pair it). Claims that only report have none.
   */
  public static List<String> blockingKeys(Claim c) {
    if (!isEvent(c) || c.actors().isEmpty()) return List.of();
    String trigger = triggerGroup(c.trigger());
    List<String> actors = new ArrayList<>(new HashSet<>(c.actors()));
    // Countries first, then the better resolved kinds: the pairs editors recognise an event by.
    actors.sort((x, y) -> x.equals(y) ? 0 : compareByWeight(x, y));
    if (actors.size() > MAX_BLOCKING_ACTORS) actors = actors.subList(0, MAX_BLOCKING_ACTORS);
    if (actors.size() == 1) return List.of(trigger + "|" + actors.get(0));
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      for (int j = i + 1; j < actors.size(); j++) {
        String x = actors.get(i);
        String y = actors.get(j);
        keys.add(trigger + "|" + (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x));
      }
    }
    keys.sort(null);
    return keys;
  }

  /** The canonical event of a trigger lemma: "agree" and "conclude" are "sign", "die" is "kill". */
  public static String triggerGroup(String trigger) {
    return trigger == null ? "" : TRIGGER_GROUPS.getOrDefault(trigger, trigger);
  }

  /** Whether a claim tells of an event (not only that something was reported or said). */
  public static boolean isEvent(Claim c) {
    return c.trigger() != null && !REPORT_TRIGGERS.contains(c.trigger());
  }

  /** The year the claim's event time states, or null. */
  public static String eventYear(Claim c) {
    TimeValue t = c.eventTime();
    return t == null ? null : ValueCompatibility.yearOf(t.value());
  }

  /** Overlap of actor keys in [0, 1]; different pairs of countries count as little overlap. */
  static double actorOverlap(List<String> a, List<String> b) {
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    double inter = 0;
    double union = 0;
    double onlyA = 0;
    double onlyB = 0;
    Set<String> all = new HashSet<>(sa);
    all.addAll(sb);
    for (String k : all) {
      double w = weight(k);
      union += w;
      if (sa.contains(k) && sb.contains(k)) inter += w;
      else if (sa.contains(k)) onlyA += w;
      else onlyB += w;
    }
    if (union == 0) return 0;
    // A long sentence names context actors too: half the weight goes to how much of the
    // smaller side the other covers.
    double containment = inter / (inter + Math.min(onlyA, onlyB));
    double j = 0.5 * inter / union + 0.5 * containment;
    Set<String> ca = countries(sa);
    Set<String> cb = countries(sb);
    // "Venezuela and Bolivia signed" vs "Iran and Bolivia signed": each names a party the other
    // lacks, so these are two agreements, not one with an extra mention.
    if (ca.size() >= 2 && cb.size() >= 2 && !cb.containsAll(ca) && !ca.containsAll(cb)) j *= 0.25;
    // One shared name ("the US", "Microsoft") is a topic, not an event: events have two parties.
    long shared = sa.stream().filter(sb::contains).count();
    if (shared < 2) j *= SINGLE_ACTOR_FACTOR;
    return j;
  }

  static double categoryAgreement(String a, String b) {
    if (a == null || b == null) return a == null && b == null ? 0.6 : 0.5;
    if (a.equals(b)) return 1;
    if (INSTRUMENTS.contains(a) && INSTRUMENTS.contains(b)) return 0.8;
    return 0.1;
  }

  static double timeAgreement(TimeValue a, TimeValue b) {
    if (a == null || b == null) return 0.5;
    ValueCompatibility.DateRange ra = ValueCompatibility.dateRange(a.value(), a.mod());
    ValueCompatibility.DateRange rb = ValueCompatibility.dateRange(b.value(), b.mod());
    if (ra == null || rb == null) return 0.5;
    boolean compatible = ValueCompatibility.overlap(ra, rb);
    if (ra.year() == null || rb.year() == null) {
      // "July 20" without its year says little about which year's event it is.
      boolean bothFine = ra.days() <= 31 && rb.days() <= 31;
      if (compatible) return bothFine ? 0.8 : 0.5;
      return ValueCompatibility.gapDays(ra, rb) <= MAX_DISAGREEMENT_DAYS ? 0.5 : 0.1;
    }
    if (compatible) return 1;
    // Days apart within a year is the disagreement this package looks for; months apart is more
    // likely another meeting or visit of the same parties.
    return ValueCompatibility.gapDays(ra, rb) <= MAX_DISAGREEMENT_DAYS ? 0.6 : 0.1;
  }

  static double weight(String key) {
    if (key.startsWith("country:")) return 3;
    if (key.startsWith("person:") || key.startsWith("org:")) return 1.5;
    if (key.startsWith("name:")) return 0.5;
    return 1;
  }

  private static int compareByWeight(String x, String y) {
    int byWeight = Double.compare(weight(y), weight(x));
    return byWeight != 0 ? byWeight : x.compareTo(y);
  }

  private static Set<String> countries(Set<String> keys) {
    Set<String> out = new HashSet<>();
    for (String k : keys) if (k.startsWith("country:")) out.add(k);
    return out;
  }

  /**
   * The instruments of one kind in {@code conflicts/instruments.tsv}, or all of them (kind null).
   */
  private static Set<String> instruments(String kind) {
    Set<String> out = new HashSet<>();
    for (List<String> row : WordLists.table(INSTRUMENTS_TABLE, 2)) {
      if (!Set.of("generic", "exclusive", "accompanying").contains(row.get(1))) {
        throw new IllegalStateException(
            "word list src/main/resources/crosscheck/"
                + INSTRUMENTS_TABLE
                + ": bad kind in "
                + row);
      }
      if (kind == null || kind.equals(row.get(1))) out.add(row.get(0));
    }
    return Set.copyOf(out);
  }
}
