package crosscheck.reuse.quotes;

import static crosscheck.reuse.quotes.SpeakerPhrases.phraseEnd;
import static crosscheck.reuse.quotes.SpeakerPhrases.plausibleAfterVerb;
import static crosscheck.reuse.quotes.SpeakerPhrases.plausibleSpeaker;
import static crosscheck.reuse.quotes.SpeakerPhrases.startsWithTime;

import crosscheck.reuse.quotes.QuoteLexicon.SourcePhrase;
import crosscheck.reuse.quotes.QuoteLexicon.Word;
import crosscheck.reuse.quotes.SpeakerMatch.Strength;
import java.util.List;

/**
 * The attribution sieves of a quotation, on the words around it (Muzny et al. 2017, as in CoreNLP's
 * quote attributor): quote–verb–name after it ({@code “…,” Jane Roe said}, {@code “…,” said Jane
 * Roe, a …}, {@code “…,” Roe, director of X, told Y}, {@code “…”, dijo Juan Pérez}, {@code “…,” he
 * said}, {@code “…”, dijo.}, {@code “…,” according to X}) and name–verb–quote before it ({@code
 * Jane Roe said: “…”}, {@code Roe told Reuters “…”}, {@code Roe warned that … “…”}, {@code X, who
 * stated, “…”}, {@code dijo Toma: “…”}). The speaker phrase itself is read by {@link
 * SpeakerPhrases}.
 */
final class AttributionPatterns {

  private final SpeakerPhrases phrases;

  AttributionPatterns(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  /**
   * The attribution right after a quotation: {@code said X}, {@code X said}, {@code he said},
   * {@code according to X}. In a sentence of its own ({@code ownSentence}) it must be nothing more
   * than an attribution.
   */
  SpeakerMatch speakerAfter(List<Word> w, boolean ownSentence) {
    int n = w.size();
    int i = 0;
    while (i < n && w.get(i).punct() && ",;:—–-".contains(w.get(i).text())) {
      i++;
    }
    if (i >= n || w.get(i).punct()) {
      return null;
    }
    SourcePhrase source = QuoteLexicon.sourcePhraseAt(w, i, n);
    if (source != null) {
      int from = i + source.length();
      SpeakerMatch m =
          phrases.phraseMatch(
              w, from, phraseEnd(w, from, true), source.cue(), Strength.SPEAKER_AFTER);
      return ownSentence ? null : m;
    }
    if (QuoteLexicon.isSpeechVerb(w.get(i))) {
      return verbThenSpeaker(w, i, ownSentence);
    }
    return speakerThenVerb(w, i, ownSentence);
  }

  /**
   * {@code said Jane Roe}, or {@code dijo el lunes} (a Spanish verb without a subject): verb at i.
   */
  private SpeakerMatch verbThenSpeaker(List<Word> w, int i, boolean ownSentence) {
    int n = w.size();
    Word first = w.get(i);
    if (QuoteLexicon.OBJECT_VERBS.contains(first.folded())) {
      return null;
    }
    boolean spanish = QuoteLexicon.SPANISH_SPEECH_VERBS.contains(first.folded());
    int from = i + 1;
    int end = phraseEnd(w, from, false);
    if (spanish && from < n && QuoteLexicon.ADDRESSEE_PREPOSITIONS.contains(w.get(from).folded())) {
      end = from;
    }
    if (ownSentence && !onlyAdjuncts(w, end)) {
      return null;
    }
    Strength strength = strengthOf(first);
    if (end == from) {
      return spanish ? new SpeakerMatch(null, true, QuoteLexicon.cue(first), strength, -1) : null;
    }
    if (!plausibleAfterVerb(w, from, end)) {
      return null;
    }
    SpeakerMatch m = phrases.phraseMatch(w, from, end, QuoteLexicon.cue(first), strength);
    if (m == null && spanish && startsWithTime(w, from)) {
      return new SpeakerMatch(null, true, QuoteLexicon.cue(first), strength, -1);
    }
    return m;
  }

  /** {@code Jane Roe said}, {@code Roe, a director at X, said}, {@code the IMF has said}. */
  private SpeakerMatch speakerThenVerb(List<Word> w, int i, boolean ownSentence) {
    int n = w.size();
    int limit = Math.min(n, i + 30);
    int verb = -1;
    for (int k = i; k < limit; k++) {
      Word x = w.get(k);
      if (x.punct() && ".!?".contains(x.text())
          || x.punct() && QuoteLexicon.isQuoteChar(x.text().charAt(0))) {
        break;
      }
      if (QuoteLexicon.isSpeechVerb(x)) {
        verb = k;
        break;
      }
    }
    if (verb < 0 || verb == i) {
      return null;
    }
    int phraseEnd = verb;
    for (int k = i; k < verb; k++) {
      if (w.get(k).isPunct(',')) {
        phraseEnd = k; // an apposition follows the name: "Roe, a director at X, said"
        break;
      }
    }
    if (phraseEnd < verb) {
      int beforeVerb = verb - 1;
      while (beforeVerb > phraseEnd
          && QuoteLexicon.VERB_MODIFIERS.contains(w.get(beforeVerb).folded())) {
        beforeVerb--;
      }
      if (!w.get(beforeVerb).isPunct(',')) {
        return null; // "Roe, was insisting he should have the final say": no apposition
      }
    }
    while (phraseEnd > i
        && !w.get(phraseEnd - 1).punct()
        && QuoteLexicon.VERB_MODIFIERS.contains(w.get(phraseEnd - 1).folded())) {
      phraseEnd--; // "the IMF has said"
    }
    if (!plausibleSpeaker(w, i, phraseEnd)) {
      return null;
    }
    if (ownSentence && !onlyAdjuncts(w, verb + 1)) {
      return null;
    }
    return phrases.phraseMatch(
        w, i, phraseEnd, QuoteLexicon.cue(w.get(verb)), strengthOf(w.get(verb)));
  }

  /** A speaker named before the quotation in its sentence. */
  SpeakerMatch speakerBefore(List<Word> w) {
    int e = w.size();
    while (e > 0 && w.get(e - 1).punct()) {
      e--;
    }
    int cue = -1;
    for (int k = e - 1; k >= 0 && e - k <= 14; k--) {
      Word x = w.get(k);
      if (QuoteLexicon.isSpeechVerb(x) || QuoteLexicon.sourcePhraseAt(w, k, e) != null) {
        cue = k;
        break;
      }
    }
    if (cue < 0) {
      return null;
    }
    Word c = w.get(cue);
    SourcePhrase source = QuoteLexicon.sourcePhraseAt(w, cue, e);
    if (source != null) {
      int from = cue + source.length();
      return phrases.phraseMatch(
          w, from, phraseEnd(w, from, true), source.cue(), Strength.SPEAKER_BEFORE);
    }
    boolean introduced = e < w.size() && (w.get(e).isPunct(':') || w.get(e).isPunct(','));
    if (introduced
        && !QuoteLexicon.OBJECT_VERBS.contains(c.folded())
        && cue + 1 < e
        && w.get(cue + 1).capitalised()
        && phraseEnd(w, cue + 1, false) == e
        && plausibleAfterVerb(w, cue + 1, e)) {
      // "dijo Toma: “…”"
      return phrases.phraseMatch(w, cue + 1, e, QuoteLexicon.cue(c), Strength.SPEAKER_BEFORE);
    }
    return phrases.subjectOf(w, cue, Strength.SPEAKER_BEFORE);
  }

  /** After an attribution standing as its own sentence: a short adjunct, no reported clause. */
  private static boolean onlyAdjuncts(List<Word> w, int from) {
    int words = 0;
    for (int k = from; k < w.size(); k++) {
      Word x = w.get(k);
      if (!x.punct()) {
        if (QuoteLexicon.COMPLEMENTIZERS.contains(x.folded())) {
          return false;
        }
        words++;
      }
    }
    return words <= 8;
  }

  /** A source passing words on ("the BBC reported") is trusted less than a speaker saying them. */
  private static Strength strengthOf(Word verb) {
    return QuoteLexicon.SOURCE_VERBS.contains(verb.folded())
        ? Strength.SOURCE_AFTER
        : Strength.SPEAKER_AFTER;
  }
}
