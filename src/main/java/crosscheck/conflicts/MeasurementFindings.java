package crosscheck.conflicts;

import crosscheck.facts.Measurement;
import crosscheck.facts.MeasurementExtractor;
import crosscheck.facts.Quantities;
import crosscheck.facts.TimeValue;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Corroboration;
import crosscheck.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Matches of measurements, from all blocks, into findings: the matches are made one-to-one per pair
 * of documents once more (a pair may meet in several blocks), joined into groups of one measured
 * thing, and each group's values judged as an editor would: values that can be the same amount
 * ({@link Quantities#compatible}: rounding, "about", "at least", ranges) or the same date at
 * different precision agree; a group with values that cannot agree is a conflict, one whose value
 * three or more independent outlets give is a corroboration.
 */
final class MeasurementFindings {
  static final int MIN_CORROBORATING_OUTLETS = 3;

  private MeasurementFindings() {}

  /** Conflicts and corroborations of the matches, with each document's outlet (or null). */
  static ClaimBlocks.Found of(
      List<MeasurementMatcher.Match> matches, Map<String, String> outlets, double minScore) {
    Map<String, MeasurementMatcher.Match> best = new TreeMap<>();
    for (MeasurementMatcher.Match m : matches) {
      String k = MeasurementMatcher.key(m.a()) + "|" + MeasurementMatcher.key(m.b());
      best.merge(k, m, (x, y) -> x.score() >= y.score() ? x : y);
    }
    List<List<MeasurementMatcher.Match>> groups = groups(List.copyOf(best.values()), minScore);
    Misattributions misattributions = Misattributions.of(best.values());
    List<ConflictFinding> conflicts = new ArrayList<>();
    List<Corroboration> corroborations = new ArrayList<>();
    for (List<MeasurementMatcher.Match> group : groups) {
      List<Measurement> perDoc = misattributions.without(onePerDocument(group));
      List<List<Measurement>> values = valueClasses(perDoc);
      double score =
          group.stream().mapToDouble(MeasurementMatcher.Match::score).average().orElse(0);
      List<Measurement> disagreeing = disagreeing(perDoc);
      if (values.size() >= 2 && valueClasses(disagreeing).size() >= 2) {
        conflicts.add(conflict(disagreeing, score));
      } else if (outletCount(perDoc, outlets) >= MIN_CORROBORATING_OUTLETS) {
        corroborations.add(corroboration(perDoc));
      }
    }
    return new ClaimBlocks.Found(conflicts, corroborations, 0);
  }

  /**
   * Groups of matched measurements, best match first (average linkage): two groups join when they
   * hold no two measurements of one document (an outlet states one measured thing once) and their
   * members match on average across the groups (the mean score of the pairs across them, a pair
   * that was not matched counting 0, reaches {@link #MIN_GROUP_LINK} of the least match score).
   * Connected components would chain every share of an election, through one sentence that gives
   * two of them, into one group.
   */
  private static List<List<MeasurementMatcher.Match>> groups(
      List<MeasurementMatcher.Match> kept, double minScore) {
    List<MeasurementMatcher.Match> sorted = new ArrayList<>(kept);
    sorted.sort(
        Comparator.comparingDouble(MeasurementMatcher.Match::score)
            .reversed()
            .thenComparing(m -> MeasurementMatcher.key(m.a()))
            .thenComparing(m -> MeasurementMatcher.key(m.b())));
    Map<String, Double> score = new HashMap<>();
    for (MeasurementMatcher.Match m : sorted) {
      score.put(MeasurementMatcher.key(m.a()) + "|" + MeasurementMatcher.key(m.b()), m.score());
      score.put(MeasurementMatcher.key(m.b()) + "|" + MeasurementMatcher.key(m.a()), m.score());
    }
    Map<String, List<Measurement>> twins = twins(sorted);
    Map<String, Group> groupOf = new HashMap<>();
    List<Group> all = new ArrayList<>();
    for (MeasurementMatcher.Match m : sorted) {
      Group ga =
          groupOf.computeIfAbsent(
              MeasurementMatcher.key(m.a()), k -> Group.of(m.a(), all, minScore));
      Group gb =
          groupOf.computeIfAbsent(
              MeasurementMatcher.key(m.b()), k -> Group.of(m.b(), all, minScore));
      if (ga == gb || !ga.canJoin(gb, score, twins)) continue;
      ga.absorb(gb, m);
      for (Measurement x : gb.members) groupOf.put(MeasurementMatcher.key(x), ga);
      all.remove(gb);
    }
    List<List<MeasurementMatcher.Match>> out = new ArrayList<>();
    for (Group g : all) if (!g.matches.isEmpty()) out.add(g.matches);
    return out;
  }

  /**
   * The score of two measurements' match, or else the best match of their twins: a document that
   * repeats its figure (headline, lead, body) had each of its mentions matched one-to-one with
   * another document, so the mention a group holds may have been left unmatched with it.
   */
  private static double linkScore(
      Measurement x,
      Measurement y,
      Map<String, Double> score,
      Map<String, List<Measurement>> twins) {
    String kx = MeasurementMatcher.key(x);
    String ky = MeasurementMatcher.key(y);
    double best = score.getOrDefault(kx + "|" + ky, 0.0);
    for (Measurement tx : twins.getOrDefault(kx, List.of(x)))
      for (Measurement ty : twins.getOrDefault(ky, List.of(y)))
        best =
            Math.max(
                best,
                score.getOrDefault(
                    MeasurementMatcher.key(tx) + "|" + MeasurementMatcher.key(ty), 0.0));
    return best;
  }

  /**
   * Each matched measurement's mentions of the same figure in its own document, itself included.
   */
  private static Map<String, List<Measurement>> twins(List<MeasurementMatcher.Match> matches) {
    Map<String, Measurement> distinct = new TreeMap<>();
    for (MeasurementMatcher.Match m : matches)
      for (Measurement x : List.of(m.a(), m.b())) distinct.put(MeasurementMatcher.key(x), x);
    Map<String, List<Measurement>> byDoc = new HashMap<>();
    for (Measurement x : distinct.values())
      byDoc.computeIfAbsent(x.doc(), d -> new ArrayList<>()).add(x);
    Map<String, List<Measurement>> twins = new HashMap<>();
    for (List<Measurement> doc : byDoc.values())
      for (Measurement x : doc) {
        List<Measurement> same = new ArrayList<>();
        for (Measurement y : doc) if (x == y || RepeatedFigures.same(x, y)) same.add(y);
        twins.put(MeasurementMatcher.key(x), same);
      }
    return twins;
  }

  /** The least average score across two groups for them to join. */
  static final double MIN_GROUP_LINK = 0.5;

  /** A group of measurements of one measured thing, and the matches that joined it. */
  private static final class Group {
    final List<Measurement> members = new ArrayList<>();
    final List<MeasurementMatcher.Match> matches = new ArrayList<>();
    private final double minMatch;

    private Group(double minMatch) {
      this.minMatch = minMatch;
    }

    static Group of(Measurement m, List<Group> all, double minMatch) {
      Group g = new Group(minMatch);
      g.members.add(m);
      all.add(g);
      return g;
    }

    boolean canJoin(Group other, Map<String, Double> score, Map<String, List<Measurement>> twins) {
      // Cannot-link: one document's two values, or two values of different times or owners
      // ("37% in the first round of May 4" and "43% in Sunday's runoff") never join.
      for (Measurement x : members)
        for (Measurement y : other.members) if (!MeasurementMatcher.comparable(x, y)) return false;
      double sum = 0;
      for (Measurement x : members)
        for (Measurement y : other.members) sum += linkScore(x, y, score, twins);
      return sum / (members.size() * other.members.size()) >= MIN_GROUP_LINK * minMatch;
    }

    void absorb(Group other, MeasurementMatcher.Match joining) {
      members.addAll(other.members);
      matches.addAll(other.matches);
      matches.add(joining);
    }
  }

  /** Each document's best-matched measurement in a group, in document order. */
  private static List<Measurement> onePerDocument(List<MeasurementMatcher.Match> group) {
    Map<String, Double> weight = new HashMap<>();
    Map<String, Measurement> byKey = new HashMap<>();
    for (MeasurementMatcher.Match m : group) {
      for (Measurement x : List.of(m.a(), m.b())) {
        weight.merge(MeasurementMatcher.key(x), m.score(), Double::sum);
        byKey.put(MeasurementMatcher.key(x), x);
      }
    }
    Map<String, Measurement> perDoc = new TreeMap<>();
    byKey.values().stream()
        .sorted(
            Comparator.comparingDouble((Measurement x) -> -weight.get(MeasurementMatcher.key(x)))
                .thenComparing(MeasurementMatcher::key))
        .forEach(x -> perDoc.putIfAbsent(x.doc(), x));
    return List.copyOf(perDoc.values());
  }

  /**
   * The values that take part in a disagreement: a coarse value, one that agrees with two values
   * that disagree with each other ("nearly 57%" beside 61.2% and 61.35%, "at least 450" beside 611
   * and 624), cannot tell them apart and takes no side; citing it would set it against a value it
   * agrees with.
   */
  static List<Measurement> disagreeing(List<Measurement> perDoc) {
    List<Measurement> out = new ArrayList<>();
    for (Measurement m : perDoc) if (!coarse(m, perDoc)) out.add(m);
    return out;
  }

  private static boolean coarse(Measurement m, List<Measurement> all) {
    List<Measurement> agreeing = new ArrayList<>();
    for (Measurement x : all) if (x != m && agree(m, x)) agreeing.add(x);
    for (int i = 0; i < agreeing.size(); i++)
      for (int j = i + 1; j < agreeing.size(); j++)
        if (!agree(agreeing.get(i), agreeing.get(j))) return true;
    return false;
  }

  /** The values of a group in classes that can each be one true value. */
  static List<List<Measurement>> valueClasses(List<Measurement> values) {
    List<List<Measurement>> classes = new ArrayList<>();
    for (Measurement m : values) {
      List<Measurement> home = null;
      for (List<Measurement> c : classes) {
        if (c.stream().allMatch(x -> agree(x, m))) {
          home = c;
          break;
        }
      }
      if (home == null) classes.add(home = new ArrayList<>());
      home.add(m);
    }
    return classes;
  }

  /**
   * Whether two values can be the same: compatible amounts, or dates one of which refines the
   * other.
   */
  static boolean agree(Measurement a, Measurement b) {
    if (a.quantity() != null && b.quantity() != null)
      return Quantities.compatible(a.quantity(), b.quantity());
    if (a.time() != null && b.time() != null) {
      String x = a.time().value();
      String y = b.time().value();
      if (MeasurementExtractor.isWeekday(x) || MeasurementExtractor.isWeekday(y))
        return sameWeekday(x, y);
      // "el 14 de noviembre" in a story of "14 November 2022": a year the reader of the text
      // inferred, never one an outlet wrote, cannot disagree with one
      if (yearInferred(a.time()) || yearInferred(b.time())) {
        x = withoutYear(x);
        y = withoutYear(y);
      }
      return ValueCompatibility.datesCompatible(x, null, y, null);
    }
    return false;
  }

  private static final Pattern WRITTEN_YEAR =
      Pattern.compile("(?<!\\d)\\d{4}(?!\\d)|'\\d{2}(?!\\d)");
  private static final Pattern DAY_OF_A_YEAR = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");

  /** Whether a month or a day was dated to a year its text does not write ("14 de noviembre"). */
  static boolean yearInferred(TimeValue t) {
    return t.value() != null
        && DAY_OF_A_YEAR.matcher(t.value()).matches()
        && !WRITTEN_YEAR.matcher(t.text()).find();
  }

  private static String withoutYear(String value) {
    return DAY_OF_A_YEAR.matcher(value).matches() ? "XXXX" + value.substring(4) : value;
  }

  /** Whether a weekday and a weekday or full date fall on one day of the week. */
  private static boolean sameWeekday(String x, String y) {
    int dx = weekday(x);
    int dy = weekday(y);
    return dx == 0 || dy == 0 || dx == dy;
  }

  /** 1 (Monday) to 7 of a weekday or a full date; 0 for a coarser date. */
  private static int weekday(String value) {
    if (MeasurementExtractor.isWeekday(value)) return value.charAt(value.length() - 1) - '0';
    if (value.length() != 10) return 0;
    try {
      return java.time.LocalDate.parse(value).getDayOfWeek().getValue();
    } catch (java.time.format.DateTimeParseException e) {
      return 0;
    }
  }

  private static int outletCount(List<Measurement> perDoc, Map<String, String> outlets) {
    Set<String> seen = new HashSet<>();
    for (Measurement m : perDoc) {
      String o = outlets.get(m.doc());
      seen.add(o == null || o.isBlank() ? "doc:" + m.doc() : Folding.fold(o));
    }
    return seen.size();
  }

  private static List<ConflictValue> evidence(List<Measurement> perDoc) {
    List<ConflictValue> out = new ArrayList<>();
    for (Measurement m : perDoc)
      out.add(new ConflictValue(value(m), m.doc(), m.start(), m.end(), m.text(), m.sentence()));
    return out;
  }

  static String value(Measurement m) {
    return m.quantity() != null
        ? ValueText.quantity(m.quantity())
        : ValueText.date(m.time().value(), m.time().mod());
  }

  private static String attribute(Measurement m) {
    if (m.time() != null) return "date";
    return m.kind().equals("count") || m.kind().equals("percent") ? "number" : "quantity";
  }

  /** What was measured, in words: the noun counted or shared, its owner, the sort of value. */
  static String measure(Measurement m) {
    StringBuilder s = new StringBuilder(m.measured() != null ? m.measured() : m.kind());
    if (m.measured() != null && !m.kind().equals("count"))
      s.append(" (").append(m.kind()).append(')');
    if (m.subject() != null)
      s.append(", ").append(m.subject().substring(m.subject().indexOf(':') + 1));
    return s.toString();
  }

  private static ConflictFinding conflict(List<Measurement> perDoc, double score) {
    List<ConflictValue> values = evidence(perDoc);
    Measurement first = perDoc.get(0);
    String explanation =
        "the same measured thing ("
            + measure(first)
            + ") is given as "
            + String.join(", ", values.stream().map(ConflictValue::value).distinct().toList());
    return new ConflictFinding(
        "c-" + FindingIds.hashOf(values),
        measure(first),
        attribute(first),
        values,
        Math.min(0.95, Math.max(0.3, score)),
        explanation,
        measure(first));
  }

  private static Corroboration corroboration(List<Measurement> perDoc) {
    List<ConflictValue> values = evidence(perDoc);
    Measurement first = perDoc.get(0);
    return new Corroboration(
        "k-" + FindingIds.hashOf(values),
        measure(first),
        attribute(first),
        value(first),
        values,
        measure(first));
  }
}
