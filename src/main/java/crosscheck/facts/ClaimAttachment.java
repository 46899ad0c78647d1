package crosscheck.facts;

import crosscheck.facts.Actors.Word;
import crosscheck.facts.TriggerFinder.Hit;
import crosscheck.facts.TriggerLexicon.Form;
import crosscheck.facts.TriggerLexicon.Kind;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which trigger of a sentence each of its dates, numbers and actors belongs to. A date or number
 * that opens its clause ("On July 16, X met Y"; "and in 2012 the two nations signed"; "12 died")
 * belongs to the first trigger after it; any other to the nearest trigger before it ("signed on
 * July 26"), or after it when none is near before. Stateless.
 */
final class ClaimAttachment {

  // Beyond this many words a date after a trigger is more likely about an unlisted verb between.
  private static final int MAX_ATTACH_DISTANCE = 14;

  // Words that may stand between a clause's start and a date that opens it ("and in early 2012").
  private static final Set<String> CLAUSE_OPENERS = TriggerLexicon.bothLanguages("clause-openers");

  private static final Set<String> CONJUNCTIONS = TriggerLexicon.bothLanguages("conjunctions");

  private ClaimAttachment() {}

  /**
   * The date of each trigger that has one: the first date attached to it, but for a noun its own
   * date right beside it ("more than three weeks after the May 4 election": the election's is May
   * 4). A noun takes no date from further than {@link #MAX_ATTACH_DISTANCE} words, even one that
   * opens the sentence ("On Wednesday, Ruiz celebrated ... the winner of the elections").
   */
  static Map<Hit, TimeValue> times(List<Word> w, List<Hit> hits, List<TimeValue> times) {
    Map<Hit, TimeValue> timeOf = new HashMap<>();
    Map<Hit, Integer> distanceOf = new HashMap<>();
    for (TimeValue t : times) {
      int first = wordAt(w, t.start());
      int last = lastWordBefore(w, t.end());
      if (first < 0 || last < first) continue;
      Hit target =
          opensClause(w, first, last, hits)
              ? firstHitAfter(hits, last)
              : nearest(hits, first, last, MAX_ATTACH_DISTANCE);
      if (target == null) continue;
      int distance = target.word() < first ? first - target.word() : target.word() - last;
      boolean noun = target.form() == Form.NOUN;
      if (noun && distance > MAX_ATTACH_DISTANCE) continue;
      // "the election was dwindling on Monday": a verb between a noun and a date after it takes it
      if (noun && target.word() < first && verbBetween(w, target.word(), first)) continue;
      Integer before = distanceOf.get(target);
      if (before == null || (noun && distance <= OWN_DATE_DISTANCE && distance < before)) {
        timeOf.put(target, t);
        distanceOf.put(target, distance);
      }
    }
    return timeOf;
  }

  private static final Set<String> NOUN_DATE_BREAKS =
      WordLists.set("facts/claim-noun-date-breaks.txt");

  private static final Set<String> HOLDING_VERBS =
      WordLists.set("facts/claim-noun-date-holding-verbs.txt");

  /**
   * Whether an auxiliary or a verb marker stands between words {@code from} and {@code to}, but for
   * a verb that dates the noun itself ("the election was held on Sunday").
   */
  private static boolean verbBetween(List<Word> w, int from, int to) {
    for (int k = from + 1; k < to; k++) if (HOLDING_VERBS.contains(w.get(k).norm())) return false;
    for (int k = from + 1; k < to; k++) if (NOUN_DATE_BREAKS.contains(w.get(k).norm())) return true;
    return false;
  }

  /** How near a noun its own date stands ("the May 4 election", "las elecciones del 4 de mayo"). */
  private static final int OWN_DATE_DISTANCE = 2;

  /** The numbers of each trigger (a number with no trigger is filed under null). */
  static Map<Hit, List<QuantityValue>> quantities(
      List<Word> w, List<Hit> hits, List<QuantityValue> quantities) {
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
    return quantitiesOf;
  }

  /** The actor keys nearest each trigger. */
  static Map<Hit, List<String>> actors(List<Word> w, List<Hit> hits, List<Actor> actors) {
    Map<Hit, List<String>> actorsOf = new HashMap<>();
    for (Actor a : actors) {
      int at = wordAt(w, a.start());
      if (at < 0) continue;
      actorsOf
          .computeIfAbsent(nearest(hits, at, at, Integer.MAX_VALUE), k -> new ArrayList<>())
          .add(a.key());
    }
    return actorsOf;
  }

  /** The actors of the sentence's event triggers: not those nearer a report verb (the sources). */
  static Set<String> eventActors(List<Hit> hits, Map<Hit, List<String>> actorsOf) {
    Set<String> eventActors = new TreeSet<>();
    for (Hit h : hits) {
      if (h.trigger().kind() == Kind.EVENT) eventActors.addAll(actorsOf.getOrDefault(h, List.of()));
    }
    return eventActors;
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
