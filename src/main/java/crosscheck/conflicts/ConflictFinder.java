package crosscheck.conflicts;

import crosscheck.model.Corroboration;

import crosscheck.text.Folding;
import crosscheck.facts.Claim;
import crosscheck.facts.QuantityValue;
import crosscheck.facts.TimeValue;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Groups claims into events and reports, per event and attribute (the event's date, each counted
 * quantity, the kind of instrument), the values on which documents disagree and those on which
 * independent sources agree. Stateless and thread-safe; results do not depend on input order.
 *
 * <p>Events: claims whose {@link SameEvent#score} reaches the threshold are joined. Claims that
 * state a year join first, strongest links first; a claim without a year then joins the event it
 * is most linked to (summed), then the remaining links apply. Two events are never merged when
 * their years differ or their dates lie more than {@link SameEvent#MAX_DISAGREEMENT_DAYS} apart.
 * Claims that only report something, and negated claims, take no part.
 *
 * <p>Values: compatible values collapse into one side, represented by the finest ("July 2023"
 * joins "July 16, 2023"); a value compatible with two sides that disagree with each other
 * ("July 2023" beside July 16 and July 20) supports neither. Two sides disagree only when two
 * documents, neither stating both values, state them in claims that score at least {@code
 * minSameEvent - }{@link #VERIFY_MARGIN} together (and, for dates, at most a month apart). Only
 * event times count as dates: report times never do. Quantities compare only within one
 * attribute: the same counted noun (lemma) and modifier, or no noun and one dimension; a
 * percentage without a counted noun, and two nounless amounts of one kind in one sentence, are
 * never compared.
 *
 * <p>Cost: pairs are scored within blocks ({@link SameEvent#blockingKeys}) and reuse links only;
 * a block of n claims costs n²/2 scores.
 */
public final class ConflictFinder {

  /** What one run over a set of claims found. */
  public record Result(List<ConflictFinding> conflicts, List<Corroboration> corroborations) {}

  /**
   * Two values disagree only when the two claims stating them score at least this much below the
   * grouping threshold on their own: the event holds together through its strongest links, but a
   * disagreement must not rest on a chain of links alone.
   */
  static final double VERIFY_MARGIN = 0.1;

  // Widths from this on belong to open bounds (see ValueCompatibility.spread and DateRange.days).
  private static final double UNBOUNDED = 1e8;

  static final String DATE = "date";
  static final String CATEGORY = "category";
  static final String QUANTITY = "quantity";
  static final String MONEY = "money";

  private static final Comparator<Claim> CLAIM_ORDER =
      Comparator.comparing(Claim::doc)
          .thenComparingInt(Claim::sentence)
          .thenComparingInt(Claim::sentenceStart)
          .thenComparing(Claim::trigger, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(c -> Objects.toString(c.category(), ""))
          .thenComparing(c -> String.join(",", c.actors()))
          .thenComparing(c -> c.eventTime() == null ? "" : c.eventTime().start() + ":" + c.eventTime().value())
          .thenComparing(c -> c.quantities().toString());

  private ConflictFinder() {}

  /** The disagreements among {@code claims} (see {@link #analyze}). */
  public static List<ConflictFinding> find(
      List<ClaimWithEvidence> claims, Set<String> reuseLinkedSentencePairs, double minSameEvent) {
    return analyze(claims, reuseLinkedSentencePairs, minSameEvent).conflicts();
  }

  /** The facts on which two or more independent sources agree (see {@link #analyze}). */
  public static List<Corroboration> corroborations(
      List<ClaimWithEvidence> claims, Set<String> reuseLinkedSentencePairs, double minSameEvent) {
    return analyze(claims, reuseLinkedSentencePairs, minSameEvent).corroborations();
  }

  /**
   * Conflicts and corroborations of a set of claims (a block or a whole corpus).
   *
   * @param reuseLinkedSentencePairs keys from {@link #sentencePair} of sentences a reuse alignment
   *     links
   * @param minSameEvent the least {@link SameEvent#score} that joins two claims into one event
   */
  public static Result analyze(
      List<ClaimWithEvidence> claims, Set<String> reuseLinkedSentencePairs, double minSameEvent) {
    Set<String> reuse = reuseLinkedSentencePairs == null ? Set.of() : reuseLinkedSentencePairs;
    List<Event> events = events(claims, reuse, minSameEvent);
    List<ConflictFinding> conflicts = new ArrayList<>();
    List<Corroboration> corroborations = new ArrayList<>();
    for (Event e : events) {
      String topic = EventTopic.describe(e.members(), e.year());
      for (Map.Entry<String, List<Stated>> attribute : attributes(e).entrySet()) {
        Sides sides = sides(attribute.getValue(), compatibility(attribute.getKey()));
        ConflictFinding c =
            conflict(topic, attribute.getKey(), sides, e, reuse, minSameEvent - VERIFY_MARGIN);
        if (c != null) conflicts.add(c);
        for (List<Stated> side : sides.sides()) {
          Corroboration k = corroboration(topic, attribute.getKey(), side, reuse);
          if (k != null) corroborations.add(k);
        }
      }
    }
    conflicts.sort(
        Comparator.comparingDouble(ConflictFinding::confidence).reversed()
            .thenComparing(ConflictFinding::id));
    corroborations.sort(Comparator.comparing(Corroboration::id));
    return new Result(List.copyOf(conflicts), List.copyOf(corroborations));
  }

  /**
   * The key of two sentences linked by a reuse alignment, the same whichever side comes first.
   * Document ids must not contain tabs.
   */
  public static String sentencePair(String docA, int sentenceA, String docB, int sentenceB) {
    String a = docA + "#" + sentenceA;
    String b = docB + "#" + sentenceB;
    return a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a;
  }

  // --------------------------------------------------------------------------------- events

  /**
   * One event: claims from two or more documents.
   *
   * @param year the year its claims state, or null
   * @param strength per member, its strongest same-event link within the event
   */
  record Event(List<ClaimWithEvidence> members, String year, Map<ClaimWithEvidence, Double> strength) {}

  /** The events among {@code claims}: groups of two or more documents, in a stable order. */
  static List<Event> events(List<ClaimWithEvidence> input, Set<String> reuse, double minSameEvent) {
    List<ClaimWithEvidence> claims = new ArrayList<>();
    for (ClaimWithEvidence c : input) {
      if (c != null && c.claim() != null && SameEvent.isEvent(c.claim()) && !c.claim().negated()) {
        claims.add(c);
      }
    }
    claims.sort(Comparator.comparing(ClaimWithEvidence::claim, CLAIM_ORDER));
    int n = claims.size();

    List<Edge> edges = new ArrayList<>();
    for (long pair : candidatePairs(claims, reuse)) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      Claim a = claims.get(i).claim();
      Claim b = claims.get(j).claim();
      boolean linked = reuse.contains(sentencePair(a.doc(), a.sentence(), b.doc(), b.sentence()));
      double s = SameEvent.score(a, b, linked);
      if (s >= minSameEvent && s > 0) edges.add(new Edge(i, j, s));
    }
    edges.sort(
        Comparator.comparingDouble(Edge::score).reversed()
            .thenComparingInt(Edge::i)
            .thenComparingInt(Edge::j));

    int[] parent = new int[n];
    String[] year = new String[n];
    double[] strength = new double[n];
    // Per event: the latest first day and the earliest last day of its dated claims, so that no
    // merge puts two dates more than MAX_DISAGREEMENT_DAYS apart into one event.
    long[] latestFirst = new long[n];
    long[] earliestLast = new long[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      Claim c = claims.get(i).claim();
      year[i] = SameEvent.eventYear(c);
      latestFirst[i] = Long.MIN_VALUE;
      earliestLast[i] = Long.MAX_VALUE;
      ValueCompatibility.DateRange r =
          c.eventTime() == null ? null : ValueCompatibility.dateRange(c.eventTime().value(), c.eventTime().mod());
      if (year[i] != null && r != null && r.year() != null && r.days() < 366 * 3) {
        latestFirst[i] = r.first().toEpochDay();
        earliestLast[i] = r.last().toEpochDay();
      }
    }
    Groups events = new Groups(parent, year, latestFirst, earliestLast);
    // Claims that state a year form the events first; a claim without one then joins the event
    // it is most linked to (summed over that event's claims), not whichever single link is
    // strongest: an undated "July 20" fits a 2012 accord as well as the 2023 memorandum it means.
    for (Edge e : edges) {
      if (year[e.i()] != null && year[e.j()] != null) events.union(e.i(), e.j());
    }
    Map<Integer, Map<Integer, Double>> linksToDated = new TreeMap<>();
    for (Edge e : edges) {
      if ((year[e.i()] == null) != (year[e.j()] == null)) {
        int undated = year[e.i()] == null ? e.i() : e.j();
        int dated = undated == e.i() ? e.j() : e.i();
        linksToDated
            .computeIfAbsent(undated, k -> new TreeMap<>())
            .merge(root(parent, dated), e.score(), Double::sum);
      }
    }
    for (Map.Entry<Integer, Map<Integer, Double>> links : linksToDated.entrySet()) {
      int best = -1;
      for (Map.Entry<Integer, Double> l : links.getValue().entrySet()) {
        if (best < 0 || l.getValue() > links.getValue().get(best)) best = l.getKey();
      }
      events.union(links.getKey(), best);
    }
    for (Edge e : edges) events.union(e.i(), e.j());
    for (Edge e : edges) {
      if (root(parent, e.i()) != root(parent, e.j())) continue;
      strength[e.i()] = Math.max(strength[e.i()], e.score());
      strength[e.j()] = Math.max(strength[e.j()], e.score());
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
    List<Event> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
      if (g.getValue().size() < 2) continue;
      List<ClaimWithEvidence> members = new ArrayList<>();
      Map<ClaimWithEvidence, Double> memberStrength = new IdentityHashMap<>();
      for (int i : g.getValue()) {
        members.add(claims.get(i));
        memberStrength.put(claims.get(i), strength[i]);
      }
      out.add(new Event(List.copyOf(members), year[g.getKey()], memberStrength));
    }
    return out;
  }

  private record Edge(int i, int j, double score) {}

  /** Pairs (i < j, different documents) sharing a blocking key or linked by reuse, sorted. */
  private static List<Long> candidatePairs(List<ClaimWithEvidence> claims, Set<String> reuse) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    Map<String, List<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i).claim();
      for (String key : SameEvent.blockingKeys(c)) blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      bySentence.computeIfAbsent(c.doc() + "#" + c.sentence(), k -> new ArrayList<>()).add(i);
    }
    Set<Long> pairs = new HashSet<>();
    for (List<Integer> block : blocks.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) addPair(pairs, claims, block.get(x), block.get(y));
      }
    }
    for (String link : reuse) {
      int tab = link.indexOf('\t');
      if (tab < 0) continue;
      List<Integer> left = bySentence.getOrDefault(link.substring(0, tab), List.of());
      List<Integer> right = bySentence.getOrDefault(link.substring(tab + 1), List.of());
      for (int i : left) for (int j : right) addPair(pairs, claims, i, j);
    }
    List<Long> sorted = new ArrayList<>(pairs);
    sorted.sort(null);
    return sorted;
  }

  private static void addPair(Set<Long> pairs, List<ClaimWithEvidence> claims, int i, int j) {
    if (i == j || claims.get(i).claim().doc().equals(claims.get(j).claim().doc())) return;
    int lo = Math.min(i, j);
    int hi = Math.max(i, j);
    pairs.add(((long) lo << 32) | hi);
  }

  /** Union-find over claims that keeps each event within one year and one month's spread. */
  private record Groups(int[] parent, String[] year, long[] latestFirst, long[] earliestLast) {

    /** Joins the events of claims i and j unless their years or dates lie too far apart. */
    void union(int i, int j) {
      int ri = root(parent, i);
      int rj = root(parent, j);
      if (ri == rj || (year[ri] != null && year[rj] != null && !year[ri].equals(year[rj]))) return;
      long first = Math.max(latestFirst[ri], latestFirst[rj]);
      long last = Math.min(earliestLast[ri], earliestLast[rj]);
      if (first != Long.MIN_VALUE && last != Long.MAX_VALUE
          && first - last > SameEvent.MAX_DISAGREEMENT_DAYS) {
        return;
      }
      int keep = Math.min(ri, rj);
      int gone = Math.max(ri, rj);
      parent[gone] = keep;
      if (year[keep] == null) year[keep] = year[gone];
      latestFirst[keep] = first;
      earliestLast[keep] = last;
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  // ----------------------------------------------------------------------------- attributes

  /**
   * A value one document states for an attribute of an event.
   *
   * @param range the date range, quantity or category the value allows
   * @param width how much it allows: narrower is finer
   */
  record Stated(
      String value,
      Object range,
      double width,
      ClaimWithEvidence source,
      int start,
      int end,
      String text,
      double strength) {

    String doc() {
      return source.claim().doc();
    }

    ConflictValue evidence() {
      return new ConflictValue(value, doc(), start, end, text, source.evidenceFor(start, end));
    }
  }

  /** Attribute name -> the values the event's documents state for it, one per doc and value. */
  static Map<String, List<Stated>> attributes(Event e) {
    Map<String, List<Stated>> out = new TreeMap<>();
    List<String> dimensions = new ArrayList<>(); // units standing for their dimension, first seen
    for (ClaimWithEvidence m : e.members()) {
      Claim c = m.claim();
      double strength = e.strength().get(m);
      Stated date = date(m, e.year(), strength);
      if (date != null) out.computeIfAbsent(DATE, k -> new ArrayList<>()).add(date);
      String category = c.category();
      if (category != null) {
        Evidence.Span span = Evidence.category(m, category);
        double width = SameEvent.EXCLUSIVE_INSTRUMENTS.contains(category) ? 0 : 1;
        out.computeIfAbsent(CATEGORY, k -> new ArrayList<>())
            .add(new Stated(category, category, width, m, span.start(), span.end(), span.text(), strength));
      }
      Map<String, List<QuantityValue>> byAttribute = new TreeMap<>();
      for (QuantityValue q : c.quantities()) {
        boolean counted = ValueCompatibility.countedLemma(q.counted()) != null;
        // A percentage of nothing named is a rate of some other amount ("rose 2.1%", "an 8%
        // share"): two of them need not measure the same thing.
        if (!counted && "percent".equals(q.unit())) continue;
        byAttribute.computeIfAbsent(quantityAttribute(q, dimensions), k -> new ArrayList<>()).add(q);
      }
      for (Map.Entry<String, List<QuantityValue>> a : byAttribute.entrySet()) {
        // Without a counted noun, two amounts of one kind in a sentence cannot be told apart.
        if (a.getValue().size() > 1 && ValueCompatibility.countedLemma(a.getValue().get(0).counted()) == null) {
          continue;
        }
        for (QuantityValue q : a.getValue()) {
          Evidence.Span span = Evidence.quantity(m, q);
          out.computeIfAbsent(a.getKey(), k -> new ArrayList<>())
              .add(
                  new Stated(
                      quantityValue(q),
                      q,
                      ValueCompatibility.spread(q),
                      m,
                      span.start(),
                      span.end(),
                      span.text(),
                      strength));
        }
      }
    }
    for (Map.Entry<String, List<Stated>> a : out.entrySet()) a.setValue(onePerDocAndValue(a.getValue()));
    return out;
  }

  private static Stated date(ClaimWithEvidence m, String eventYear, double strength) {
    Claim c = m.claim();
    TimeValue t = c.eventTime();
    if (t == null || t.value() == null) return null;
    if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) return null;
    TimeValue report = c.reportTime();
    // A report time is never the event's date, even if an extractor handed the same words to both.
    if (report != null && report.start() < t.end() && t.start() < report.end()) return null;
    String value = t.value();
    int timeOfDay = value.indexOf('T');
    if (timeOfDay > 0) value = value.substring(0, timeOfDay);
    if (value.startsWith("XXXX") && eventYear != null) value = eventYear + value.substring(4);
    ValueCompatibility.DateRange range = ValueCompatibility.dateRange(value, t.mod());
    if (range == null) return null;
    Evidence.Span span = Evidence.date(m, t);
    return new Stated(
        displayDate(value, t.mod()), range, range.days(), m, span.start(), span.end(), span.text(), strength);
  }

  private static String displayDate(String value, String mod) {
    if (mod == null) return value;
    return switch (mod) {
      case "APPROX" -> "~" + value;
      case "START", "EARLY" -> "early " + value;
      case "MID" -> "mid " + value;
      case "END", "LATE" -> "late " + value;
      case "BEFORE", "ON_OR_BEFORE" -> "before " + value;
      case "AFTER", "ON_OR_AFTER" -> "after " + value;
      default -> value;
    };
  }

  /** "quantity:passenger", "quantity:body (identified)", "quantity:km", or "quantity". */
  private static String quantityAttribute(QuantityValue q, List<String> dimensions) {
    String lemma = ValueCompatibility.countedLemma(q.counted());
    String modifier = Folding.fold(q.modifier());
    StringBuilder key = new StringBuilder(QUANTITY);
    if (lemma != null) key.append(':').append(lemma);
    if (modifier != null && !modifier.isEmpty()) key.append(lemma == null ? ":" : " ").append("(").append(modifier).append(")");
    if (q.unit() != null) {
      String dimension = null;
      for (String u : dimensions) {
        boolean same =
            u.equals(MONEY) ? ValueCompatibility.isMoney(q.unit()) : ValueCompatibility.sameDimension(u, q.unit());
        if (same) dimension = u;
      }
      if (dimension == null) {
        // Currencies share one attribute (no exchange rates: they never disagree with each other).
        dimension = ValueCompatibility.isMoney(q.unit()) ? MONEY : q.unit();
        dimensions.add(dimension);
      }
      key.append(lemma == null && modifier == null ? ":" : " in ").append(dimension);
    }
    return key.toString();
  }

  /** A plain decimal with its bound or range marks and unit: "4200", "~4200", ">=3", "20-30 km". */
  static String quantityValue(QuantityValue q) {
    String v = plain(q.value());
    String s =
        switch (q.qualifierKind()) {
          case EXACT -> v;
          case APPROX -> "~" + v;
          case AT_LEAST -> ">=" + v;
          case MORE_THAN -> ">" + v;
          case AT_MOST, UP_TO -> "<=" + v;
          case LESS_THAN -> "<" + v;
          case RANGE -> q.upper() == null ? v : v + "-" + plain(q.upper());
        };
    return q.unit() == null ? s : s + " " + q.unit();
  }

  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static List<Stated> onePerDocAndValue(List<Stated> values) {
    Map<String, Stated> first = new TreeMap<>();
    for (Stated s : values) {
      String key = s.doc() + "\u0000" + s.value();
      Stated seen = first.get(key);
      if (seen == null || s.start() < seen.start()) first.put(key, s);
    }
    List<Stated> out = new ArrayList<>(first.values());
    out.sort(
        Comparator.comparingDouble(Stated::width)
            .thenComparing(Stated::value)
            .thenComparing(Stated::doc)
            .thenComparingInt(Stated::start));
    return out;
  }

  private static BiPredicate<Stated, Stated> compatibility(String attribute) {
    if (attribute.equals(DATE)) {
      return (a, b) ->
          ValueCompatibility.overlap(
              (ValueCompatibility.DateRange) a.range(), (ValueCompatibility.DateRange) b.range());
    }
    if (attribute.equals(CATEGORY)) {
      return (a, b) ->
          a.value().equals(b.value())
              || !SameEvent.EXCLUSIVE_INSTRUMENTS.contains(a.value())
              || !SameEvent.EXCLUSIVE_INSTRUMENTS.contains(b.value());
    }
    return (a, b) ->
        ValueCompatibility.quantitiesCompatible((QuantityValue) a.range(), (QuantityValue) b.range());
  }

  // ---------------------------------------------------------------------------------- sides

  /**
   * Mutually compatible groups of values, each led by its finest, and the values compatible with
   * more than one group (they take no side).
   */
  record Sides(List<List<Stated>> sides, List<Stated> neutral) {}

  static Sides sides(List<Stated> finestFirst, BiPredicate<Stated, Stated> compatible) {
    List<List<Stated>> sides = new ArrayList<>();
    List<Stated> neutral = new ArrayList<>();
    for (Stated v : finestFirst) {
      List<List<Stated>> fits = new ArrayList<>();
      for (List<Stated> side : sides) {
        if (side.stream().allMatch(w -> compatible.test(v, w))) fits.add(side);
      }
      if (fits.isEmpty()) sides.add(new ArrayList<>(List.of(v)));
      else if (fits.size() == 1) fits.get(0).add(v);
      else neutral.add(v);
    }
    return new Sides(sides, neutral);
  }

  /** One value per document of a side: its finest. */
  private static List<Stated> perDocument(List<Stated> side) {
    Map<String, Stated> out = new LinkedHashMap<>();
    for (Stated s : side) out.putIfAbsent(s.doc(), s);
    return new ArrayList<>(out.values());
  }

  private static ConflictFinding conflict(
      String topic, String attribute, Sides sides, Event e, Set<String> reuse, double minPair) {
    List<List<Stated>> all = sides.sides();
    // Two sides disagree when two documents that do not state both values state them in claims
    // that are themselves about the same event (a chain of links may wander to another event)
    // and, for dates, no more than a month apart.
    boolean[] disagrees = new boolean[all.size()];
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (disagree(attribute, all.get(i), all.get(j), reuse, minPair)) {
          disagrees[i] = true;
          disagrees[j] = true;
        }
      }
    }
    List<List<Stated>> s = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) if (disagrees[i]) s.add(all.get(i));
    if (s.size() < 2) return null;
    List<Stated> cited = new ArrayList<>();
    for (List<Stated> side : s) cited.addAll(perDocument(side));
    List<ConflictValue> values = new ArrayList<>();
    for (Stated v : cited) values.add(v.evidence());
    values.sort(
        Comparator.comparing(ConflictValue::value)
            .thenComparing(ConflictValue::doc)
            .thenComparingInt(ConflictValue::start));
    Set<String> documents = new HashSet<>();
    for (Stated v : cited) documents.add(v.doc());
    String[] attributeAndMeasure = ConflictFinding.splitAttribute(attribute);
    return new ConflictFinding(
        "c-" + hashOf(values),
        topic,
        attributeAndMeasure[0],
        List.copyOf(values),
        confidence(cited, documents.size()),
        explanation(attribute, s, documents.size(), e),
        attributeAndMeasure[1]);
  }

  private static boolean disagree(
      String attribute, List<Stated> x, List<Stated> y, Set<String> reuse, double minPair) {
    Set<String> docsX = new HashSet<>();
    Set<String> docsY = new HashSet<>();
    for (Stated a : x) docsX.add(a.doc());
    for (Stated b : y) docsY.add(b.doc());
    for (Stated a : x) {
      // A document stating both amounts speaks of two things ("$3bn in contracts, $1bn of it on").
      if (docsY.contains(a.doc())) continue;
      for (Stated b : y) {
        if (docsX.contains(b.doc())) continue;
        Claim ca = a.source().claim();
        Claim cb = b.source().claim();
        boolean copied = reuse.contains(sentencePair(ca.doc(), ca.sentence(), cb.doc(), cb.sentence()));
        if (SameEvent.score(ca, cb, copied) < minPair) continue;
        if (!attribute.equals(DATE)) return true;
        long gap =
            ValueCompatibility.gapDays(
                (ValueCompatibility.DateRange) a.range(), (ValueCompatibility.DateRange) b.range());
        if (gap <= SameEvent.MAX_DISAGREEMENT_DAYS) return true;
      }
    }
    return false;
  }

  /**
   * How sure the conflict is: the weakest same-event link of its values, lowered for hedged
   * claims ("reportedly"), raised a little as more documents take part.
   */
  static double confidence(List<Stated> cited, int documents) {
    double strength = 1;
    int hedged = 0;
    for (Stated v : cited) {
      strength = Math.min(strength, v.strength());
      if (v.source().claim().hedged()) hedged++;
    }
    double certainty = 1 - 0.4 * hedged / (double) cited.size();
    double support = 0.8 + 0.1 * Math.min(2, documents - 2);
    double c = strength * certainty * support;
    return Math.round(Math.max(0, Math.min(1, c)) * 1000) / 1000.0;
  }

  private static String explanation(String attribute, List<List<Stated>> sides, int documents, Event e) {
    String noun = EventTopic.eventNoun(e.members().get(0).claim().trigger());
    String what;
    if (attribute.equals(DATE)) what = "date the " + noun + " differently";
    else if (attribute.equals(CATEGORY)) what = "name the instrument of the " + noun + " differently";
    else what = "give different figures for " + quantityName(attribute) + " in the " + noun;
    StringBuilder b = new StringBuilder();
    b.append(documents).append(" sources ").append(what).append(": ");
    for (int i = 0; i < sides.size(); i++) {
      List<Stated> side = perDocument(sides.get(i));
      if (i > 0) b.append(", ");
      b.append(side.get(0).value()).append(" (");
      for (int k = 0; k < side.size(); k++) {
        if (k > 0) b.append(", ");
        b.append(side.get(k).doc());
        if (k > 0 && !side.get(k).value().equals(side.get(0).value())) {
          b.append(" says ").append(side.get(k).value());
        }
      }
      b.append(')');
    }
    return b.toString();
  }

  private static String quantityName(String attribute) {
    if (attribute.equals(QUANTITY)) return "the number";
    String rest = attribute.substring(QUANTITY.length() + 1);
    return rest.startsWith("(") ? "the number " + rest : "the " + rest;
  }

  // ------------------------------------------------------------------------- corroborations

  private static Corroboration corroboration(
      String topic, String attribute, List<Stated> values, Set<String> reuse) {
    // A bound ("more than $60bn", "before 2020") agrees with too much to corroborate anything.
    List<Stated> side = new ArrayList<>();
    for (Stated v : values) if (v.width() < UNBOUNDED) side.add(v);
    if (side.size() < 2) return null;
    List<Stated> perDoc = perDocument(side);
    if (independentSources(perDoc, reuse) < 2) return null;
    // The finest value two independent sources both support: members are finest-first.
    String agreed = perDoc.get(perDoc.size() - 1).value();
    for (int i = 1; i < side.size(); i++) {
      if (independentSources(perDocument(side.subList(0, i + 1)), reuse) >= 2) {
        agreed = side.get(i).value();
        break;
      }
    }
    List<ConflictValue> support = new ArrayList<>();
    for (Stated v : perDoc) support.add(v.evidence());
    support.sort(Comparator.comparing(ConflictValue::doc).thenComparingInt(ConflictValue::start));
    String[] attributeAndMeasure = ConflictFinding.splitAttribute(attribute);
    return new Corroboration("k-" + hashOf(support), topic, attributeAndMeasure[0], agreed,
        List.copyOf(support), attributeAndMeasure[1]);
  }

  /**
   * Documents that state a value on their own: one outlet counts once, and a sentence reused from
   * another document is the other document's word.
   */
  static int independentSources(List<Stated> perDocument, Set<String> reuse) {
    int n = perDocument.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Stated a = perDocument.get(i);
        Stated b = perDocument.get(j);
        // Outlets as text gives them: "Diálogo Américas" and "Dialogo Americas" are one outlet.
        String oa = Folding.fold(a.source().outlet());
        String ob = Folding.fold(b.source().outlet());
        boolean sameOutlet = oa != null && !oa.isBlank() && oa.equals(ob);
        Claim ca = a.source().claim();
        Claim cb = b.source().claim();
        boolean copied = reuse.contains(sentencePair(ca.doc(), ca.sentence(), cb.doc(), cb.sentence()));
        if (sameOutlet || copied) parent[root(parent, i)] = root(parent, j);
      }
    }
    Set<Integer> roots = new HashSet<>();
    for (int i = 0; i < n; i++) roots.add(root(parent, i));
    return roots.size();
  }

  // ------------------------------------------------------------------------------- evidence

  /** 12 hex digits of SHA-256 over the sorted (doc, start, end, value) of the values. */
  static String hashOf(List<ConflictValue> values) {
    List<String> lines = new ArrayList<>();
    for (ConflictValue v : values) lines.add(v.doc() + "\t" + v.start() + "\t" + v.end() + "\t" + v.value());
    lines.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
