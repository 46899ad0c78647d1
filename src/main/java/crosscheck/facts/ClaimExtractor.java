package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.facts.Actors.Word;
import crosscheck.facts.TriggerLexicon.Form;
import crosscheck.facts.TriggerLexicon.Kind;
import crosscheck.facts.TriggerLexicon.Trigger;
import crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Claims per sentence: a trigger word says what happened (verb, passive or noun: "signed", "was
 * signed", "the signing of", "firmaron"), and the sentence's dates, numbers and actors attach to
 * the nearest trigger.
 *
 * <p>Dates. A date that opens its clause ("On July 16, X met Y"; "and in 2012 the two nations
 * signed") belongs to the first trigger after it; any other date belongs to the nearest trigger
 * before it ("signed on July 26"; "during a visit in October 2010" gives the date to the visit), or
 * after it when none precedes. A date attached to a report verb (reported, said, informó) is the
 * report time of the sentence's events, never their event time.
 *
 * <p>Within a document. A noun trigger with a definite article ("the meeting") and no date of its
 * own is the last event of that lemma in the previous {@value #LOOKBACK} sentences and takes its
 * date; a verb whose clause says "during the meeting" takes the meeting's date. A claim without
 * actors of its own whose sentence refers back ("the memorandum", "the two ministers", "ambos
 * países") takes the actors of the nearest of the previous {@value #LOOKBACK} kept sentences that
 * has any, preferring one that named the same kind of document.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimExtractor {

  /** How many previous sentences a reference back ("the meeting", "the two ministers") reaches. */
  static final int LOOKBACK = 3;

  private static final int CATEGORY_REACH = 12;

  // Beyond this many words a date after a trigger is more likely about an unlisted verb between.
  private static final int MAX_ATTACH_DISTANCE = 14;

  /** Finds time expressions in a span; {@link TimeExpressions#find} in production. */
  @FunctionalInterface
  public interface TimeFinder {
    List<TimeValue> find(String text, int start, int end, String language, String anchorDate);
  }

  /** Finds quantities in a span; {@link Quantities#find} in production. */
  @FunctionalInterface
  public interface QuantityFinder {
    List<QuantityValue> find(String text, int start, int end, String language);
  }

  // Words that may stand between a clause's start and a date that opens it ("and in early 2012").
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "on",
          "in",
          "at",
          "by",
          "during",
          "since",
          "until",
          "from",
          "early",
          "late",
          "mid",
          "around",
          "about",
          "before",
          "after",
          "the",
          "of",
          "and",
          "but",
          "then",
          "also",
          "already",
          "just",
          "only",
          "as",
          "finally",
          "later",
          "earlier",
          "back",
          "sometime",
          "en",
          "el",
          "la",
          "a",
          "de",
          "del",
          "durante",
          "desde",
          "hasta",
          "y",
          "pero",
          "ya",
          "por",
          "principios",
          "finales",
          "mediados",
          "fines",
          "antes",
          "despues",
          "tras");

  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "y", "pero", "e");

  private static final Set<String> DURING = Set.of("during", "durante", "amid", "at");

  private static final Set<String> GROUP_QUANTIFIERS =
      Set.of("two", "both", "dos", "ambos", "ambas");

  // Adverbs that may stand between an auxiliary and its participle: "was reportedly signed".
  private static final Set<String> AUXILIARY_ADVERBS =
      Set.of(
          "reportedly",
          "also",
          "already",
          "not",
          "recently",
          "officially",
          "previously",
          "just",
          "allegedly",
          "never",
          "finally",
          "formally",
          "ya",
          "oficialmente",
          "finalmente");

  private ClaimExtractor() {}

  /** Claims of the kept sentences of one document, with its time and quantity finders. */
  public static List<Claim> extract(
      String doc, String text, List<Sentence> sentences, String anchorDate, String language) {
    return extract(
        doc, text, sentences, anchorDate, language, TimeExpressions::find, Quantities::find);
  }

  /** As {@link #extract(String, String, List, String, String)} with the given finders. */
  public static List<Claim> extract(
      String doc,
      String text,
      List<Sentence> sentences,
      String anchorDate,
      String language,
      TimeFinder times,
      QuantityFinder quantities) {
    List<List<Actor>> actorsBySentence = Actors.inDocument(text, sentences);
    List<Claim> claims = new ArrayList<>();
    List<SentenceMemory> memory = new ArrayList<>();
    for (int n = 0; n < sentences.size(); n++) {
      Sentence s = sentences.get(n);
      if (!s.kept()) continue;
      String lang = s.language() != null && !s.language().equals("und") ? s.language() : language;
      List<Word> words = Actors.words(text, s.start(), s.end());
      List<Actor> actors = new ArrayList<>();
      for (Actor a : actorsBySentence.get(n)) if (a.identified()) actors.add(a);
      Map<Integer, String> categories = categories(words);
      List<Hit> hits = triggers(words);
      if (!hits.isEmpty()) {
        List<TimeValue> found = new ArrayList<>();
        for (TimeValue t : times.find(text, s.start(), s.end(), lang, anchorDate)) {
          if (isCalendarValue(t)) found.add(t);
        }
        List<QuantityValue> counted = new ArrayList<>();
        for (QuantityValue q : quantities.find(text, s.start(), s.end(), lang)) {
          // "the two ministers" refers to participants; it is no count to compare.
          boolean reference =
              q.counted() != null
                  && TriggerLexicon.GROUP_REFERENCES.contains(Folding.fold(q.counted()));
          if (!reference
              && found.stream().noneMatch(t -> t.start() < q.end() && q.start() < t.end())) {
            counted.add(q);
          }
        }
        claims.addAll(
            sentenceClaims(
                doc, s, words, hits, found, counted, actors, categories, memory, claims));
      }
      memory.add(new SentenceMemory(actors, new HashSet<>(categories.values())));
    }
    return claims;
  }

  /** What later sentences may refer back to. */
  private record SentenceMemory(List<Actor> actors, Set<String> categories) {}

  /** A trigger found at word {@code word}. */
  private record Hit(int word, Trigger trigger, Form form, boolean passive, boolean afterNoun) {}

  private static List<Claim> sentenceClaims(
      String doc,
      Sentence s,
      List<Word> w,
      List<Hit> hits,
      List<TimeValue> times,
      List<QuantityValue> quantities,
      List<Actor> actors,
      Map<Integer, String> categories,
      List<SentenceMemory> memory,
      List<Claim> earlier) {
    Map<Hit, TimeValue> timeOf = new HashMap<>();
    for (TimeValue t : times) {
      int first = wordAt(w, t.start());
      int last = lastWordBefore(w, t.end());
      if (first < 0 || last < first) continue;
      Hit target =
          opensClause(w, first, last, hits)
              ? firstHitAfter(hits, last)
              : nearest(hits, first, last, MAX_ATTACH_DISTANCE);
      if (target != null) timeOf.putIfAbsent(target, t);
    }
    Map<Hit, List<QuantityValue>> quantitiesOf = new HashMap<>();
    for (QuantityValue q : quantities) {
      int first = wordAt(w, q.start());
      int last = lastWordBefore(w, q.end());
      if (first < 0) continue;
      last = Math.max(first, last);
      // "12 died and 30 were injured": a number opening its clause counts its verb's subject.
      Hit target =
          opensClause(w, first, last, hits)
              ? firstHitAfter(hits, last)
              : nearest(hits, first, last, Integer.MAX_VALUE);
      quantitiesOf.computeIfAbsent(target, k -> new ArrayList<>()).add(q);
    }
    Map<Hit, List<String>> actorsOf = new HashMap<>();
    for (Actor a : actors) {
      int at = wordAt(w, a.start());
      if (at < 0) continue;
      actorsOf
          .computeIfAbsent(nearest(hits, at, at, Integer.MAX_VALUE), k -> new ArrayList<>())
          .add(a.key());
    }
    TimeValue reportTime = null;
    boolean anyEvent = false;
    for (Hit h : hits) {
      if (h.trigger().kind() == Kind.REPORT && reportTime == null) reportTime = timeOf.get(h);
      anyEvent |= h.trigger().kind() == Kind.EVENT;
    }
    Set<String> eventActors = new TreeSet<>();
    for (Hit h : hits) {
      if (h.trigger().kind() == Kind.EVENT) eventActors.addAll(actorsOf.getOrDefault(h, List.of()));
    }

    List<Claim> out = new ArrayList<>();
    Map<Hit, TimeValue> eventTimes = new HashMap<>();
    for (Hit h : hits) {
      if (h.trigger().kind() == Kind.EVENT) {
        TimeValue own = timeOf.get(h);
        if (own == null && h.form() == Form.NOUN && anaphoric(w, h.word())) {
          own = earlierTime(earlier, h.trigger().lemma(), s.index());
        }
        if (own != null) eventTimes.put(h, own);
      }
    }
    // "During the meeting, the two ministers signed": the signing shares the meeting's date.
    for (Hit noun : hits) {
      if (noun.form() != Form.NOUN
          || !eventTimes.containsKey(noun)
          || !governedByDuring(w, noun.word())) {
        continue;
      }
      Hit verb = null;
      for (Hit h : hits) {
        if (h.form() == Form.VERB
            && h.trigger().kind() == Kind.EVENT
            && !eventTimes.containsKey(h)
            && (verb == null
                || Math.abs(h.word() - noun.word()) < Math.abs(verb.word() - noun.word()))) {
          verb = h;
        }
      }
      if (verb != null) eventTimes.put(verb, eventTimes.get(noun));
    }

    for (Hit h : hits) {
      boolean event = h.trigger().kind() == Kind.EVENT;
      String category = category(h, categories);
      List<QuantityValue> qs = quantitiesOf.getOrDefault(h, List.of());
      if (!event && (anyEvent || (category == null && qs.isEmpty() && timeOf.get(h) == null))) {
        continue;
      }
      // A verb's participants may sit anywhere in its sentence ("after X's trip to Y, ... a deal
      // signed with Z"): it takes every actor not nearer a report verb (the sources).
      Set<String> keys =
          new TreeSet<>(
              event && h.form() == Form.VERB ? eventActors : actorsOf.getOrDefault(h, List.of()));
      if (event && keys.isEmpty()) keys.addAll(eventActors);
      if (!event && keys.isEmpty()) for (Actor a : actors) keys.add(a.key());
      if (keys.isEmpty()) keys.addAll(referredActors(w, categories, memory, category));
      out.add(
          new Claim(
              doc,
              s.index(),
              s.start(),
              s.end(),
              h.trigger().lemma(),
              category,
              List.copyOf(keys),
              event ? eventTimes.get(h) : null,
              event ? reportTime : timeOf.get(h),
              qs,
              cue(w, h.word(), TriggerLexicon.NEGATIONS, 4),
              cue(w, h.word(), TriggerLexicon.HEDGES, 5)));
    }
    return out;
  }

  /** The triggers of a sentence, in order. */
  private static List<Hit> triggers(List<Word> w) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      String norm = w.get(i).norm();
      String previous = i > 0 ? w.get(i - 1).norm() : "";
      Trigger t = TriggerLexicon.trigger(norm);
      if (norm.equals("according") && i + 1 < w.size() && w.get(i + 1).norm().equals("to")) {
        t = new Trigger("report", Kind.REPORT, Form.VERB);
      }
      if (t == null) continue;
      if (TriggerLexicon.NEEDS_VERB_CONTEXT.contains(norm)
          && !TriggerLexicon.VERB_CONTEXT.contains(previous)
          && !(i > 0 && w.get(i - 1).capitalised() && !w.get(i - 1).initial())) {
        continue;
      }
      Form form = t.form();
      // "the signing of", "an official visit": a determiner (and an adjective) makes a noun.
      if (form == Form.VERB
          && (norm.endsWith("ing") || TriggerLexicon.NOUN_LIKE_VERBS.contains(norm))
          && (TriggerLexicon.DETERMINERS.contains(previous)
              || (i > 1 && TriggerLexicon.DETERMINERS.contains(w.get(i - 2).norm())))) {
        form = Form.NOUN;
      }
      boolean passive = false;
      for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
        String before = w.get(k).norm();
        if (TriggerLexicon.PASSIVE_AUXILIARIES.contains(before)) {
          passive = true;
          break;
        }
        if (!AUXILIARY_ADVERBS.contains(before)) break;
      }
      boolean participle = norm.endsWith("ed") || norm.matches(".*(?:ado|ada|ados|adas|ido|ida)");
      boolean afterNoun = false;
      for (int k = i - 1; k >= 0 && k >= i - 3 && participle; k--) {
        afterNoun |= TriggerLexicon.category(w.get(k).norm()) != null;
      }
      hits.add(new Hit(i, t, form, passive, afterNoun));
    }
    return hits;
  }

  /** Word index -> canonical category of the document nouns of a sentence. */
  private static Map<Integer, String> categories(List<Word> w) {
    Map<Integer, String> out = new HashMap<>();
    for (int i = 0; i < w.size(); i++) {
      String c = TriggerLexicon.category(w.get(i).norm());
      if (c != null) out.put(i, c);
    }
    return out;
  }

  /**
   * The category noun nearest the trigger: the object after an active verb or a noun ("signed a
   * memorandum", "the signing of the treaty"), the subject before a passive or a participle ("the
   * deal signed by", "the treaty, signed on").
   */
  private static String category(Hit h, Map<Integer, String> categories) {
    boolean preferLeft = h.passive() || h.afterNoun();
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (var e : categories.entrySet()) {
      int d = e.getKey() - h.word();
      if (d == 0 || Math.abs(d) > CATEGORY_REACH) continue;
      boolean left = d < 0;
      int score = Math.abs(d) + (left == preferLeft ? 0 : 2);
      if (score < bestScore || (score == bestScore && e.getKey() < h.word())) {
        best = e.getValue();
        bestScore = score;
      }
    }
    return best;
  }

  /** Whether the date at words [first, last] opens its clause and a trigger follows it. */
  private static boolean opensClause(List<Word> w, int first, int last, List<Hit> hits) {
    int j = first;
    while (j > 0 && !w.get(j).boundary() && CLAUSE_OPENERS.contains(w.get(j - 1).norm())) {
      j--;
      if (CONJUNCTIONS.contains(w.get(j).norm())) break; // "... and in 2012 they signed"
    }
    boolean clauseStart = j == 0 || w.get(j).boundary() || CONJUNCTIONS.contains(w.get(j).norm());
    if (!clauseStart) return false;
    Hit next = firstHitAfter(hits, last);
    if (next == null) return false;
    if (last + 1 < w.size() && w.get(last + 1).boundary()) return true;
    for (int k = last + 1; k <= next.word(); k++) {
      if (w.get(k).boundary()) return false;
    }
    return true;
  }

  private static Hit firstHitAfter(List<Hit> hits, int word) {
    for (Hit h : hits) if (h.word() > word) return h;
    return null;
  }

  /** The trigger before words [first, last], or after them when none is near before. */
  private static Hit nearest(List<Hit> hits, int first, int last, int maxLeftDistance) {
    Hit left = null;
    Hit right = null;
    for (Hit h : hits) {
      if (h.word() < first) left = h;
      else if (h.word() > last && right == null) right = h;
    }
    int leftDistance = left == null ? Integer.MAX_VALUE : first - left.word();
    if (leftDistance > maxLeftDistance) left = null;
    if (left == null) return right;
    if (right == null) return left;
    int rightDistance = right.word() - last;
    return leftDistance > 2 * rightDistance + 4 ? right : left;
  }

  /** Whether a cue word stands within {@code reach} words before the trigger, in its clause. */
  private static boolean cue(List<Word> w, int at, Set<String> cues, int reach) {
    for (int k = at - 1; k >= 0 && k >= at - reach; k--) {
      // Punctuation between clause parts ends the reach: "X said, not signing" is no negation.
      if (w.get(k + 1).boundary()) return false;
      String norm = w.get(k).norm();
      if (cues.contains(norm) || (cues == TriggerLexicon.NEGATIONS && norm.endsWith("n't"))) {
        return true;
      }
    }
    return false;
  }

  /** "the meeting", "this visit", "la reunión": a noun that names an event told before. */
  private static boolean anaphoric(List<Word> w, int at) {
    for (int k = at - 1; k >= 0 && k >= at - 2; k--) {
      String norm = w.get(k).norm();
      if (TriggerLexicon.ANAPHORIC_DETERMINERS.contains(norm)) return true;
      if (TriggerLexicon.DETERMINERS.contains(norm)) return false;
    }
    return false;
  }

  private static boolean governedByDuring(List<Word> w, int at) {
    for (int k = at - 1; k >= 0 && k >= at - 3; k--) {
      if (DURING.contains(w.get(k).norm())) return true;
    }
    return false;
  }

  /** The event time of the latest earlier claim of this lemma within the lookback. */
  private static TimeValue earlierTime(List<Claim> earlier, String lemma, int sentence) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Claim c = earlier.get(i);
      if (sentence - c.sentence() > LOOKBACK) break;
      if (c.trigger().equals(lemma) && c.eventTime() != null) return c.eventTime();
    }
    return null;
  }

  /** The actors a sentence refers back to, or none when it does not refer back. */
  private static List<String> referredActors(
      List<Word> w, Map<Integer, String> categories, List<SentenceMemory> memory, String category) {
    String referred = null;
    boolean refers = false;
    for (var e : categories.entrySet()) {
      if (anaphoric(w, e.getKey())) {
        refers = true;
        referred = e.getValue();
      }
    }
    for (int i = 1; i < w.size() && !refers; i++) {
      refers =
          TriggerLexicon.GROUP_REFERENCES.contains(w.get(i).norm())
              && GROUP_QUANTIFIERS.contains(w.get(i - 1).norm());
    }
    if (!refers) return List.of();
    String wanted = referred != null ? referred : category;
    SentenceMemory fallback = null;
    for (int i = memory.size() - 1; i >= 0 && i >= memory.size() - LOOKBACK; i--) {
      SentenceMemory m = memory.get(i);
      if (m.actors().isEmpty()) continue;
      if (fallback == null) fallback = m;
      if (wanted != null && m.categories().contains(wanted)) {
        fallback = m;
        break;
      }
      if (wanted == null) break;
    }
    if (fallback == null) return List.of();
    return fallback.actors().stream().map(Actor::key).toList();
  }

  /** A date or time on the calendar: "2023-07", "XXXX-07-20"; not "previously" (PAST_REF). */
  private static boolean isCalendarValue(TimeValue t) {
    if (t.value() == null || !(t.type().equals("DATE") || t.type().equals("TIME"))) return false;
    char c = t.value().charAt(0);
    return Character.isDigit(c) || c == 'X';
  }

  /** The index of the word holding offset {@code offset} or the first word after it, or -1. */
  private static int wordAt(List<Word> w, int offset) {
    for (int i = 0; i < w.size(); i++) if (w.get(i).end() > offset) return i;
    return -1;
  }

  private static int lastWordBefore(List<Word> w, int offset) {
    for (int i = w.size() - 1; i >= 0; i--) if (w.get(i).start() < offset) return i;
    return -1;
  }
}
