package crosscheck.conflicts;

import crosscheck.facts.CompoundDurations;
import crosscheck.facts.FigureYears;
import crosscheck.facts.GroupTotals;
import crosscheck.facts.Measurement;
import crosscheck.facts.MeasurementExtractor;
import crosscheck.facts.ProgressShares;
import crosscheck.facts.Quantities;
import crosscheck.facts.QuantityQualifier;
import crosscheck.facts.Remainders;
import crosscheck.reuse.CrossLanguageStems;
import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which measurements of different documents state the same measured thing: pairs of one sort
 * ({@link Measurement#kind()}) whose owners do not differ, scored by the IDF-weighted cosine of
 * their sentences' words around the value ({@link MeasurementProfile}), with a bonus when they
 * count the same noun and a cost when they count different ones. Within one pair of documents each
 * measurement is matched at most once, best score first, so that "57% for Torres and 43% for Pardo"
 * in one outlet pairs each share with its own counterpart in another.
 */
public final class MeasurementMatcher {
  /** Two measurements taken as the same measured thing. */
  public record Match(Measurement a, Measurement b, double score) {}

  static final double SAME_MEASURED_BONUS = 0.1;
  static final double OTHER_MEASURED_COST = 0.15;
  static final double SAME_OWNER_BONUS = 0.2;
  static final double SAME_WHOLE_BONUS = 0.1;

  /**
   * Dates need more likeness than amounts: a story mentions many, and the years of earlier events
   * ("the 2022 election", "its 2019 complaint") stand in sentences much like the event's own.
   */
  static final double DATE_MARGIN = 0.15;

  /**
   * Two outlets' figures for one thing rarely differ by more than a third; values further apart are
   * more often two different things said in like words ("96.1% counted", "61.2% won").
   */
  static final double FAR_APART_RATIO = 1.5;

  static final double FAR_APART_COST = 0.15;

  static final double ORDERS_APART_RATIO = 10;

  private MeasurementMatcher() {}

  /** The matches among a block's measurements scoring at least {@code minScore}. */
  static List<Match> match(List<Measurement> block, double minScore) {
    return oneToOne(candidates(block, minScore));
  }

  /** Every comparable pair of a block scoring at least {@code minScore}, before one-to-one. */
  static List<Match> candidates(List<Measurement> block, double minScore) {
    List<MeasurementProfile> profiles = new ArrayList<>();
    Integer storyYear = storyYear(block);
    for (Measurement m : block)
      // "up from 12", "con el 90% escrutado", "otros cuatro acusados": no figure of the thing
      // itself; "no llegó al 40%", "not even 35%": a mark the figure stayed short of
      if (!m.former()
          && !m.unreached()
          && !isProgress(m)
          && !Remainders.isRemainder(m)
          && !ofEarlierYear(m, storyYear)) profiles.add(MeasurementProfile.of(m));
    Map<String, Double> idf = idf(profiles);
    List<Match> candidates = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      for (int j = i + 1; j < profiles.size(); j++) {
        MeasurementProfile a = profiles.get(i);
        MeasurementProfile b = profiles.get(j);
        if (!comparable(a.m(), b.m()) || !sameThingNamed(a, b)) continue;
        boolean sameDeed = sameDatedDeed(a, b);
        if (!sameDeed && (!sameDatedWords(a, b) || othersDeed(a, b))) continue;
        if (otherPlaces(a, b) || OrdinalScope.differ(a.ordinal(), b.ordinal())) continue;
        if (unnamedSpansApart(a.m(), b.m())) continue;
        double score =
            cosine(a, b, idf)
                + measuredAdjustment(a.measured(), b.measured())
                + ownerBonus(a, b)
                + (wholes(a.m(), b.m()) == Wholes.SAME ? SAME_WHOLE_BONUS : 0)
                - (farApart(a.m(), b.m()) ? FAR_APART_COST : 0);
        // one story's sums named by one word ("a $1.8 billion fine", "the $1.9 billion fine") are
        // one sum, whatever else their sentences say, unless their owners or times differ
        if (sameNamedSum(a, b)) score = Math.max(score, minScore);
        double least = a.m().time() != null ? minScore + DATE_MARGIN : minScore;
        // "Ruiz was convicted in June", "Ruiz fue declarada culpable en abril": one owner's deed
        // dated twice, whatever else the two sentences tell
        if (sameDeed) score = Math.max(score, least);
        // the profiles' word maps iterate in a per-JVM order, so sums may differ in their last
        // bits from run to run: rounded, equal scores tie and their keys decide, every run alike
        score = Math.round(score * 1e9) / 1e9;
        if (score >= least) candidates.add(ordered(a.m(), b.m(), score));
      }
    }
    return candidates;
  }

  /**
   * Whether the two values are said of one named thing: counts must name what they count, the same
   * noun in some sense ("deaths", "muertes"); two counts that name different things ("five
   * charges", "seven defendants") or that name nothing ("tres a Madrid", "8 por Lisboa") are never
   * taken for one measured thing however alike their sentences or owners. Durations ("26 years")
   * name a thing only through what they span ("a four-year inquiry") or whose they are.
   */
  static boolean sameThingNamed(MeasurementProfile a, MeasurementProfile b) {
    // "the full court of 11 justices" and "a panel of five justices" count two groups
    String wa = a.m().whole();
    String wb = b.m().whole();
    // "a five-justice panel" gives the panel's size; "four of the five justices" a part of it
    // two ages are one measured thing only when they are one person's, whatever noun is beside
    // them ("the 21-year-old academy graduate Ruiz", "Ana Ruiz, de 20 años")
    if ("age".equals(a.m().measured()) || "age".equals(b.m().measured()))
      return Objects.equals(a.m().measured(), b.m().measured())
          && MeasurementSubjects.same(a.m().subject(), b.m().subject());
    if (groupSize(a.m(), wa) != groupSize(b.m(), wb)) return false;
    if (wholes(a.m(), b.m()) == Wholes.DIFFERENT) return false;
    // "26 years" and "16 años" in a story of many sentences name no thing: whose, or of what?
    // (Two spans framed by like words, "received 26 years" and "received 16 years", are still
    // often two defendants' terms: tried on the dev stories, it sprang more traps than it found.)
    if (CompoundDurations.isDurationNoun(a.m().measured())
        && CompoundDurations.isDurationNoun(b.m().measured())
        && !(wa != null && wb != null)
        && !MeasurementSubjects.same(a.m().subject(), b.m().subject())) return false;
    if (!a.measured().isEmpty() && !b.measured().isEmpty())
      return a.measured().stream().anyMatch(b.measured()::contains);
    // "a fine of 3,400 euros" and "to pay 9,000 euros to the plaintiff": a sum its outlet names
    // and one it leaves unnamed are often two sums of one story (a fine and damages)
    if (isMoney(a.m()) && isMoney(b.m()) && a.measured().isEmpty() != b.measured().isEmpty())
      return false;
    if (!"count".equals(a.m().kind())) return true;
    if (a.measured().isEmpty() != b.measured().isEmpty()) return false; // "five charges", "seven"
    return false;
  }

  /** How the groups or spans two values are of compare. */
  enum Wholes {
    /** One word in some sense, or one class ("30 months in jail", "a 30-month sentence"). */
    SAME,
    /** Words known to the lexicon that share no sense ("the full court", "the panel"). */
    DIFFERENT,
    /** Either names none, or a word the lexicon does not know. */
    UNKNOWN
  }

  static Wholes wholes(Measurement a, Measurement b) {
    String wa = a.whole();
    String wb = b.whole();
    if (wa == null || wb == null) return Wholes.UNKNOWN;
    if (sameWholeClass(wa, wb)) return Wholes.SAME;
    Set<String> sa = CrossLanguageStems.alternatives(wa, a.language());
    Set<String> sb = CrossLanguageStems.alternatives(wb, b.language());
    if (sa.stream().anyMatch(sb::contains)) return Wholes.SAME;
    return sa.isEmpty() || sb.isEmpty() ? Wholes.UNKNOWN : Wholes.DIFFERENT;
  }

  private static final Map<String, String> WHOLE_CLASSES =
      WordLists.map("conflicts/measured-whole-classes.tsv");

  /**
   * Whether two nouns name one kind of span in other words ("in prison", "a sentence", "de
   * cárcel"): conflicts/measured-whole-classes.tsv.
   */
  static boolean sameWholeClass(String a, String b) {
    String ca = WHOLE_CLASSES.get(Folding.fold(a).toLowerCase(Locale.ROOT));
    return ca != null && ca.equals(WHOLE_CLASSES.get(Folding.fold(b).toLowerCase(Locale.ROOT)));
  }

  /**
   * The year most of a block's dated values are dated to, counted once per document, when at least
   * {@value #STORY_YEAR_DOCUMENTS} documents agree on it; null otherwise.
   */
  static Integer storyYear(List<Measurement> block) {
    Map<Integer, Set<String>> docs = new HashMap<>();
    for (Measurement m : block) {
      Integer y = year(m.when());
      if (y != null) docs.computeIfAbsent(y, k -> new HashSet<>()).add(m.doc());
    }
    Integer best = null;
    for (Map.Entry<Integer, Set<String>> e : docs.entrySet()) {
      int n = e.getValue().size();
      if (n >= STORY_YEAR_DOCUMENTS
          && (best == null
              || n > docs.get(best).size()
              || (n == docs.get(best).size() && e.getKey() > best))) best = e.getKey();
    }
    return best;
  }

  static final int STORY_YEAR_DOCUMENTS = 2;

  /**
   * Whether a value is dated to a year before the one the block's values are mostly dated to ("In
   * 2019, the company was fined €1.2 billion" beside this year's fine): another event's figure,
   * even when its document's own date is unknown.
   */
  static boolean ofEarlierYear(Measurement m, Integer storyYear) {
    if (storyYear == null) return false;
    Integer y = year(m.when());
    if (y != null) return y < storyYear;
    // "92 seats in the 2019 elections": a year its words give though it dates no time expression
    return FigureYears.before(m, storyYear);
  }

  private static Integer year(String when) {
    String y = ValueCompatibility.yearOf(when);
    return y == null ? null : Integer.parseInt(y);
  }

  /**
   * Two spans of time far apart ("some ten months" of waiting, "a two-month ban") are one span
   * misreported only when both name what they span alike: an unnamed span is as often the time
   * something has lasted so far as the length of the thing itself.
   */
  static boolean unnamedSpansApart(Measurement a, Measurement b) {
    return a.kind().equals("duration") && farApart(a, b) && wholes(a, b) != Wholes.SAME;
  }

  /** Whether two sums of money are named by one word of facts/measurement-money-nouns.txt. */
  static boolean sameNamedSum(MeasurementProfile a, MeasurementProfile b) {
    return a.m().quantity() != null
        && ValueCompatibility.isMoney(a.m().quantity().unit())
        && !a.measured().isEmpty()
        && a.measured().stream().anyMatch(b.measured()::contains);
  }

  private static boolean isMoney(Measurement m) {
    return m.quantity() != null && ValueCompatibility.isMoney(m.quantity().unit());
  }

  /** Whether a count gives the size of the group it names ("a five-justice panel"). */
  private static boolean groupSize(Measurement m, String whole) {
    return whole != null
        && m.quantity() != null
        && m.quantity().text().contains("-")
        && !CompoundDurations.isDurationNoun(m.measured());
  }

  /**
   * Two dates date one thing only when a word right beside them is the same ("Monday's move", "the
   * move Tuesday"): "the first round of May 4" and "the runoff of June 1" share names and much
   * else, but not what they date.
   */
  static boolean sameDatedWords(MeasurementProfile a, MeasurementProfile b) {
    if (a.m().time() == null) return true;
    // "president until 2031" dates the end of a term, "congratulated him on Sunday" a day of it
    if (a.beside().contains(UNTIL) != b.beside().contains(UNTIL)) return false;
    return shareWord(a, a.beside(), b, b.beside());
  }

  /**
   * Two dates date one deed when words beside them name one deed ({@link DatedDeeds}) of one owner:
   * "Ana Ruiz was convicted in June" and "Ruiz fue declarada culpable en abril". A weekday no
   * anchor resolved is left out: "on Friday" of two outlets is as often two days as one.
   */
  static boolean sameDatedDeed(MeasurementProfile a, MeasurementProfile b) {
    if (a.deed() == null || !a.deed().equals(b.deed())) return false;
    if (MeasurementExtractor.isWeekday(a.m().time().value())
        || MeasurementExtractor.isWeekday(b.m().time().value())) return false;
    if (a.beside().contains(UNTIL) != b.beside().contains(UNTIL)) return false;
    return MeasurementSubjects.same(a.m().subject(), b.m().subject());
  }

  /**
   * Whether two dates date one deed of two people ("Ana Ruiz was convicted in June", "Luis Pardo
   * was convicted in April"): two deeds, however alike the sentences.
   */
  static boolean othersDeed(MeasurementProfile a, MeasurementProfile b) {
    return a.deed() != null
        && a.deed().equals(b.deed())
        && a.m().subject() != null
        && b.m().subject() != null
        && a.m().subject().startsWith("person:")
        && b.m().subject().startsWith("person:")
        && !MeasurementSubjects.same(a.m().subject(), b.m().subject());
  }

  /** The relation conflicts/date-relation-words.tsv gives "until", "hasta". */
  static final String UNTIL = "until";

  /** Whether two word sets of two profiles share a stem, in any of its translations. */
  private static boolean shareWord(
      MeasurementProfile a, Set<String> wordsA, MeasurementProfile b, Set<String> wordsB) {
    for (String w : wordsA) {
      if (wordsB.contains(w)) return true;
      for (String alt : a.alternatives().getOrDefault(w, Set.of()))
        if (wordsB.contains(alt)) return true;
    }
    for (String w : wordsB)
      for (String alt : b.alternatives().getOrDefault(w, Set.of()))
        if (wordsA.contains(alt)) return true;
    return false;
  }

  /**
   * Whether the two sentences count in different places: each names a country or place and they
   * share none ("across Africa" and "in Congo": a whole and its part; "in Kivu" and "in Ituri").
   */
  static boolean otherPlaces(MeasurementProfile a, MeasurementProfile b) {
    if (a.places().isEmpty() || b.places().isEmpty()) return false;
    return a.places().stream().noneMatch(b.places()::contains);
  }

  /**
   * Different documents, one sort of value, times and (but for dates) owners that do not differ.
   */
  static boolean comparable(Measurement a, Measurement b) {
    if (a.doc().equals(b.doc()) || !a.kind().equals(b.kind())) return false;
    // "288 votes needed" and "331 votes" measure what had to be reached and what was
    if (a.threshold() != b.threshold() || ordersApart(a, b)) return false;
    // "eight are expected to be freed" and "seven were freed": a plan and what came of it
    if (a.planned() != b.planned()) return false;
    // "37% in the first round of May 4" is not the runoff of June 1
    if (a.when() != null
        && b.when() != null
        && !ValueCompatibility.datesCompatible(a.when(), null, b.when(), null)) return false;
    if (!sameModifier(a, b)) return false;
    // "five of the seven judges" counts the court; "the five judges of the majority" a part of it
    // ("two of the five counts" and "two counts" may still be one fact: a part is not kept apart)
    if (GroupTotals.isTotal(a) != GroupTotals.isTotal(b)) return false;
    // "de los 117 diputados presentes" and "de los 120 diputados": who came, and the body
    if (GroupTotals.isPresent(a) != GroupTotals.isPresent(b)) return false;
    // "can face up to 43 years" gives the most a thing may be, "sentenced to 27 years" what it is:
    // the value lies within any maximum, and grouped with it would hide two maxima that differ
    if (isMaximum(a) != isMaximum(b)) return false;
    // the name nearest a date is seldom what it dates ("the court imposed on Friday, October 3,
    // a sentence on Ruiz"): the words beside it say that (sameDatedWords)
    if (a.time() != null) return true;
    return a.subject() == null
        || b.subject() == null
        || MeasurementSubjects.same(a.subject(), b.subject());
  }

  private static boolean isMaximum(Measurement m) {
    return m.quantity() != null
        && (m.quantity().qualifierKind() == QuantityQualifier.UP_TO
            || m.quantity().qualifierKind() == QuantityQualifier.AT_MOST);
  }

  /**
   * "9,210 confirmed cases" and "11,000 suspected cases" count two things; a count without a
   * modifier may be either.
   */
  private static boolean sameModifier(Measurement a, Measurement b) {
    if (a.quantity() == null || b.quantity() == null) return true;
    String x = a.quantity().modifier();
    String y = b.quantity().modifier();
    if (x == null || y == null) return true;
    Set<String> sx = CrossLanguageStems.alternatives(x, a.language());
    Set<String> sy = CrossLanguageStems.alternatives(y, b.language());
    return sx.isEmpty() || sy.isEmpty() || sx.stream().anyMatch(sy::contains);
  }

  private static double measuredAdjustment(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    return a.stream().anyMatch(b::contains) ? SAME_MEASURED_BONUS : -OTHER_MEASURED_COST;
  }

  /**
   * Values of one owner are likely one measured thing; not so for dates, whose nearest name is
   * seldom what they date ("told the Herald on May 2" and "dijo a El Diario el 8 de marzo" date two
   * interviews).
   */
  private static double ownerBonus(MeasurementProfile a, MeasurementProfile b) {
    Measurement x = a.m();
    if (x.time() != null || !MeasurementSubjects.same(x.subject(), b.m().subject())) return 0;
    // "the 12-member council" and "met the council more than 40 times" share an owner, not a thing
    if (measuredAdjustment(a.measured(), b.measured()) < 0) return 0;
    return SAME_OWNER_BONUS;
  }

  /** A share of something counted or processed: how far a count had gone, not a fact. */
  static boolean isProgress(Measurement m) {
    return ProgressShares.isProgress(m.measured());
  }

  /**
   * Values an order of magnitude apart are never one figure misreported ("331 votes", "6 votes"): a
   * wrong digit or a slip changes a figure less than that.
   */
  static boolean ordersApart(Measurement a, Measurement b) {
    if (a.quantity() == null || b.quantity() == null) return false;
    double x = Math.abs(Quantities.baseValue(a.quantity()));
    double y = Math.abs(Quantities.baseValue(b.quantity()));
    return Math.max(x, y) > ORDERS_APART_RATIO * Math.min(x, y);
  }

  private static boolean farApart(Measurement a, Measurement b) {
    if (a.quantity() == null || b.quantity() == null) return false;
    double x = Math.abs(Quantities.baseValue(a.quantity()));
    double y = Math.abs(Quantities.baseValue(b.quantity()));
    return Math.max(x, y) > FAR_APART_RATIO * Math.min(x, y);
  }

  /** Greedy one-to-one matching within each pair of documents, best score first. */
  static List<Match> oneToOne(List<Match> candidates) {
    List<Match> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingDouble(Match::score)
            .reversed()
            .thenComparing(m -> key(m.a()))
            .thenComparing(m -> key(m.b())));
    Set<String> used = new HashSet<>();
    List<Match> kept = new ArrayList<>();
    for (Match m : sorted) {
      String ua = key(m.a()) + ">" + m.b().doc();
      String ub = key(m.b()) + ">" + m.a().doc();
      if (used.contains(ua) || used.contains(ub)) continue;
      used.add(ua);
      used.add(ub);
      kept.add(m);
    }
    return kept;
  }

  static String key(Measurement m) {
    return m.doc() + "@" + m.start() + "-" + m.end();
  }

  private static Match ordered(Measurement a, Measurement b, double score) {
    return key(a).compareTo(key(b)) <= 0 ? new Match(a, b, score) : new Match(b, a, score);
  }

  /** Inverse document frequency of each stem over the block's distinct sentences. */
  private static Map<String, Double> idf(List<MeasurementProfile> profiles) {
    Map<String, Integer> df = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (MeasurementProfile p : profiles) {
      if (!seen.add(p.m().doc() + "@" + p.m().sentenceStart())) continue;
      for (String w : p.weights().keySet()) df.merge(w, 1, Integer::sum);
    }
    int n = seen.size();
    Map<String, Double> idf = new HashMap<>();
    // Smoothed so that a block of two sentences still weighs shared words (log 2, not ~0).
    df.forEach((w, f) -> idf.put(w, Math.log(1.0 + (double) n / f)));
    return idf;
  }

  private static double cosine(
      MeasurementProfile a, MeasurementProfile b, Map<String, Double> idf) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.weights().entrySet()) {
      double wb = b.weightOf(e.getKey());
      if (wb == 0) {
        // a Spanish word of a under another of its translations in b
        for (String alt : a.alternatives().getOrDefault(e.getKey(), Set.of())) {
          wb = Math.max(wb, b.weights().getOrDefault(alt, 0.0));
        }
      }
      if (wb == 0) continue;
      double i = Objects.requireNonNullElse(idf.get(e.getKey()), 0.0);
      dot += e.getValue() * wb * i * i;
    }
    if (dot == 0) return 0;
    return dot / (norm(a, idf) * norm(b, idf));
  }

  private static double norm(MeasurementProfile p, Map<String, Double> idf) {
    double s = 0;
    for (Map.Entry<String, Double> e : p.weights().entrySet()) {
      double i = Objects.requireNonNullElse(idf.get(e.getKey()), 0.0);
      s += e.getValue() * e.getValue() * i * i;
    }
    return Math.sqrt(s);
  }
}
