package crosscheck.facts;

import crosscheck.facts.Actors.Word;
import crosscheck.facts.ClaimReferences.SentenceMemory;
import crosscheck.facts.TriggerFinder.Hit;
import crosscheck.facts.TriggerLexicon.Form;
import crosscheck.facts.TriggerLexicon.Kind;
import crosscheck.model.Sentence;
import crosscheck.text.Folding;
import crosscheck.text.WireDateline;
import java.util.ArrayList;
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
 * <ol>
 *   <li>Actors of the whole document, short names resolved to full ones ({@link
 *       Actors#inDocument}).
 *   <li>For each kept sentence, its triggers and document nouns ({@link TriggerFinder}); a sentence
 *       without a trigger gives no claim.
 *   <li>Its calendar dates and numbers from the time and quantity finders: a number inside a date,
 *       or the "two" of "the two ministers", is no count.
 *   <li>Each date, number and actor goes to its trigger ({@link ClaimAttachment}). A date attached
 *       to a report verb (reported, said, informó) is the report time of the sentence's events,
 *       never their event time.
 *   <li>What the sentence takes from the {@value #LOOKBACK} sentences before it: the date of "the
 *       meeting" told before, the actors of "the two ministers" ({@link ClaimReferences}).
 *   <li>One claim per event trigger; a report trigger gives a claim only in a sentence without
 *       events, when it says what or when something was reported.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimExtractor {

  /** How many previous sentences a reference back ("the meeting", "the two ministers") reaches. */
  static final int LOOKBACK = 3;

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

  /** What one sentence holds for its claims. */
  private record SentenceFacts(
      Sentence sentence,
      List<Word> words,
      List<Hit> hits,
      List<TimeValue> times,
      List<QuantityValue> quantities,
      List<Actor> actors,
      Map<Integer, String> categories) {}

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
    return extract(
        doc, text, sentences, anchorDate, language, times, quantities, ClaimLimits.none());
  }

  /** As {@link #extract(String, String, List, String, String)}, within a run's limits. */
  static List<Claim> extract(
      String doc,
      String text,
      List<Sentence> sentences,
      String anchorDate,
      String language,
      ClaimLimits limits) {
    return extract(
        doc,
        text,
        sentences,
        anchorDate,
        language,
        TimeExpressions::find,
        Quantities::find,
        limits);
  }

  private static List<Claim> extract(
      String doc,
      String text,
      List<Sentence> sentences,
      String anchorDate,
      String language,
      TimeFinder times,
      QuantityFinder quantities,
      ClaimLimits limits) {
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
      actors = limits.first(actors);
      Map<Integer, String> categories = TriggerFinder.categories(words);
      List<Hit> hits = limits.first(TriggerFinder.triggers(words));
      if (!hits.isEmpty()) {
        // "Lima, May 4 (ANI):" dates the filing, not the event
        int body = s.start() + WireDateline.end(text.substring(s.start(), s.end()));
        List<TimeValue> found =
            limits.first(calendarTimes(times.find(text, body, s.end(), lang, anchorDate)));
        // "7 años, 2 meses y 10 días" is one span, not three counts to compare apart; "two
        // years after the vote" is a distance between two moments and "Ruiz (de 76 años)"
        // an age, no count of the event
        List<QuantityValue> counted = new ArrayList<>();
        for (QuantityValue q :
            counts(
                CompoundDurations.join(text, quantities.find(text, s.start(), s.end(), lang)),
                found))
          if (!DurationCues.isTimeOffset(text, s.start(), q, s.end())
              && !MeasurementAges.isAge(text, s.start(), q, s.end())) counted.add(q);
        counted = limits.first(counted);
        SentenceFacts facts = new SentenceFacts(s, words, hits, found, counted, actors, categories);
        claims.addAll(sentenceClaims(doc, facts, memory, claims));
      }
      memory.add(new SentenceMemory(actors, new HashSet<>(categories.values())));
    }
    return claims;
  }

  /** The dates and times on the calendar among a sentence's time expressions. */
  private static List<TimeValue> calendarTimes(List<TimeValue> times) {
    List<TimeValue> found = new ArrayList<>();
    for (TimeValue t : times) {
      if (isCalendarValue(t)) found.add(t);
    }
    return found;
  }

  /** The numbers that count something: not inside a date, not "the two ministers". */
  private static List<QuantityValue> counts(List<QuantityValue> numbers, List<TimeValue> times) {
    List<QuantityValue> counted = new ArrayList<>();
    for (QuantityValue q : numbers) {
      // "the two ministers" refers to participants; it is no count to compare.
      boolean reference =
          q.counted() != null
              && TriggerLexicon.GROUP_REFERENCES.contains(Folding.fold(q.counted()));
      if (!reference && times.stream().noneMatch(t -> t.start() < q.end() && q.start() < t.end())) {
        counted.add(q);
      }
    }
    return counted;
  }

  private static List<Claim> sentenceClaims(
      String doc, SentenceFacts f, List<SentenceMemory> memory, List<Claim> earlier) {
    List<Word> w = f.words();
    List<Hit> hits = f.hits();
    Map<Hit, TimeValue> timeOf = ClaimAttachment.times(w, hits, f.times());
    Map<Hit, List<QuantityValue>> quantitiesOf =
        ClaimAttachment.quantities(w, hits, f.quantities());
    Map<Hit, List<String>> actorsOf = ClaimAttachment.actors(w, hits, f.actors());
    TimeValue reportTime = null;
    boolean anyEvent = false;
    for (Hit h : hits) {
      if (h.trigger().kind() == Kind.REPORT && reportTime == null) reportTime = timeOf.get(h);
      anyEvent |= h.trigger().kind() == Kind.EVENT;
    }
    Set<String> eventActors = ClaimAttachment.eventActors(hits, actorsOf);
    Map<Hit, TimeValue> eventTimes =
        ClaimReferences.eventTimes(w, hits, timeOf, earlier, f.sentence().index());

    List<Claim> out = new ArrayList<>();
    for (Hit h : hits) {
      boolean event = h.trigger().kind() == Kind.EVENT;
      String category = TriggerFinder.category(h, f.categories());
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
      if (!event && keys.isEmpty()) for (Actor a : f.actors()) keys.add(a.key());
      if (keys.isEmpty()) {
        keys.addAll(ClaimReferences.referredActors(w, f.categories(), memory, category));
      }
      Sentence s = f.sentence();
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

  /** A date or time on the calendar: "2023-07", "XXXX-07-20"; not "previously" (PAST_REF). */
  private static boolean isCalendarValue(TimeValue t) {
    if (t.value() == null || !(t.type().equals("DATE") || t.type().equals("TIME"))) return false;
    // "in the second half", "a first-half injury": with no year written, in news more often a
    // match's half than a half of a year, and no time an event can be dated by
    if (t.relative() && HALF_OR_QUARTER.matcher(t.value()).matches()) return false;
    char c = t.value().charAt(0);
    return Character.isDigit(c) || c == 'X';
  }

  private static final java.util.regex.Pattern HALF_OR_QUARTER =
      java.util.regex.Pattern.compile("(?:\\d{4}|XXXX)-[HQ][1-4]");
}
