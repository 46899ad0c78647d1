package crosscheck.facts;

import crosscheck.facts.Actors.Word;
import crosscheck.facts.TriggerFinder.Hit;
import crosscheck.facts.TriggerLexicon.Form;
import crosscheck.facts.TriggerLexicon.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sentence takes from the sentences before it. A noun trigger with a definite article ("the
 * meeting") and no date of its own is the last event of that lemma in the previous {@value
 * ClaimExtractor#LOOKBACK} sentences and takes its date; a verb whose clause says "during the
 * meeting" takes the meeting's date. A claim without actors of its own whose sentence refers back
 * ("the memorandum", "the two ministers", "ambos países") takes the actors of the nearest previous
 * kept sentence that has any, preferring one that named the same kind of document. Stateless.
 */
final class ClaimReferences {

  /** What later sentences may refer back to. */
  record SentenceMemory(List<Actor> actors, Set<String> categories) {}

  private static final Set<String> DURING = TriggerLexicon.bothLanguages("during");

  private static final Set<String> GROUP_QUANTIFIERS =
      TriggerLexicon.bothLanguages("group-quantifiers");

  private ClaimReferences() {}

  /**
   * The event date of each event trigger: its own, or for "the meeting" the date of the meeting
   * told before; then "during the meeting, they signed" gives the signing the meeting's date.
   */
  static Map<Hit, TimeValue> eventTimes(
      List<Word> w, List<Hit> hits, Map<Hit, TimeValue> timeOf, List<Claim> earlier, int sentence) {
    Map<Hit, TimeValue> eventTimes = new HashMap<>();
    for (Hit h : hits) {
      if (h.trigger().kind() == Kind.EVENT) {
        TimeValue own = timeOf.get(h);
        if (own == null && h.form() == Form.NOUN && anaphoric(w, h.word())) {
          own = earlierTime(earlier, h.trigger().lemma(), sentence);
        }
        if (own != null) eventTimes.put(h, own);
      }
    }
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
    return eventTimes;
  }

  /** The actors a sentence refers back to, or none when it does not refer back. */
  static List<String> referredActors(
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
    for (int i = memory.size() - 1; i >= 0 && i >= memory.size() - ClaimExtractor.LOOKBACK; i--) {
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
      if (sentence - c.sentence() > ClaimExtractor.LOOKBACK) break;
      if (c.trigger().equals(lemma) && c.eventTime() != null) return c.eventTime();
    }
    return null;
  }
}
