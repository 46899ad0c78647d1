package crosscheck.reuse.quotes;

import static crosscheck.reuse.quotes.SpeakerPhrases.phraseEnd;

import crosscheck.model.Sentence;
import crosscheck.reuse.quotes.QuoteLexicon.SourcePhrase;
import crosscheck.reuse.quotes.QuoteLexicon.Word;
import crosscheck.reuse.quotes.SpeakerMatch.Strength;
import java.util.List;

/**
 * Step 3 of {@link QuoteAttributor}: reported speech (quoted = false), words a sentence attributes
 * without quotation marks: {@code According to X, …}, {@code …, according to X}, {@code Según X,
 * …}, {@code …, said X, …}, {@code …, X said.}, {@code X said that …}, and {@code For X, …} /
 * {@code Para X, …}, which {@link SpeakerResolution} keeps only when X is a speaker elsewhere in
 * the document ("For Iran, the deal has upsides" attributes nothing). It also gives {@link
 * QuotationSieves} the speaker of a sentence around a short quotation ("… “reforms” are needed, the
 * IMF said.").
 */
final class ReportedSpeech {

  private final QuoteDocument doc;
  private final SpeakerPhrases phrases;
  private final AttributionPatterns patterns;

  ReportedSpeech(QuoteDocument doc, SpeakerPhrases phrases, AttributionPatterns patterns) {
    this.doc = doc;
    this.phrases = phrases;
    this.patterns = patterns;
  }

  /** The speaker of a whole sentence by its reported-speech patterns, if any. */
  SpeakerMatch sentenceMatch(int s) {
    AttributionDraft item = draft(s);
    return item == null || item.forCandidate || item.match.pronoun() ? null : item.match;
  }

  /**
   * Sentence s reporting someone's words without quotation marks, tried in this order: {@code
   * According to X, …} / {@code Según X, …}; {@code For X, …} / {@code Para X, …} (kept only when X
   * speaks elsewhere); {@code X said (that) …}; {@code …, according to X} and {@code …, said X, …}
   * / {@code …, X said.}; a verb and "that" later in the sentence. Null when none applies.
   */
  AttributionDraft draft(int s) {
    List<Word> w = doc.sentenceWords.get(s);
    Sentence sentence = doc.sentences.get(s);
    int n = w.size();
    int p = doc.paragraphOf(s);
    if (n < 3) {
      return null;
    }
    Word first = w.get(0);
    SourcePhrase opening = QuoteLexicon.sourcePhraseAt(w, 0, n);
    if (opening != null) {
      int from = opening.length();
      int comma = phraseEnd(w, from, true);
      if (comma < n && w.get(comma).isPunct(',')) {
        SpeakerMatch m =
            phrases.phraseMatch(w, from, comma, opening.cue(), Strength.SPEAKER_BEFORE);
        if (m != null && !m.pronoun()) {
          return reported(w, comma + 1, n, sentence, p, s, m, false);
        }
      }
    }
    if (QuoteLexicon.FOR_OPENERS.contains(first.folded())) {
      int comma = phraseEnd(w, 1, true);
      if (comma < n && comma > 1 && w.get(comma).isPunct(',') && w.get(1).capitalised()) {
        SpeakerMatch m =
            phrases.phraseMatch(w, 1, comma, QuoteLexicon.cue(first), Strength.SPEAKER_BEFORE);
        if (m != null && !m.pronoun()) {
          return reported(w, comma + 1, n, sentence, p, s, m, true);
        }
      }
    }
    int[] said = subjectSaid(w);
    if (said != null) {
      SpeakerMatch m = phrases.subjectOf(w, said[0], Strength.SPEAKER_BEFORE);
      return reported(w, said[1], n, sentence, p, s, m, false);
    }
    for (int k = 1; k + 1 < n; k++) {
      if (!w.get(k).isPunct(',')) {
        continue;
      }
      SourcePhrase source = QuoteLexicon.sourcePhraseAt(w, k + 1, n);
      if (source != null) {
        int from = k + 1 + source.length();
        int end = phraseEnd(w, from, true);
        SpeakerMatch m = phrases.phraseMatch(w, from, end, source.cue(), Strength.SPEAKER_AFTER);
        if (m != null && !m.pronoun()) {
          boolean last = !QuoteLexicon.hasWord(w.subList(end, n));
          return last
              ? reported(w, 0, k, sentence, p, s, m, false)
              : reported(w, 0, n, sentence, p, s, m, false);
        }
      }
      SpeakerMatch m = patterns.speakerAfter(w.subList(k + 1, n), false);
      if (m != null && attributionEndsSentence(w, k + 1)) {
        return reported(w, 0, k, sentence, p, s, m, false);
      }
    }
    for (int k = 1; k + 1 < n; k++) {
      if (QuoteLexicon.isSpeechVerb(w.get(k))
          && QuoteLexicon.COMPLEMENTIZERS.contains(w.get(k + 1).folded())) {
        SpeakerMatch m = phrases.subjectOf(w, k, Strength.SPEAKER_BEFORE);
        if (m != null) {
          return reported(w, k + 2, n, sentence, p, s, m, false);
        }
        break;
      }
    }
    return null;
  }

  /**
   * A sentence opening with its speaker: "Jane Roe said (that) …", "In a statement, the firm has
   * said …", "Roe, an analyst at X, said …". Returns the verb's index and where what was said
   * starts, or null.
   */
  private int[] subjectSaid(List<Word> w) {
    int n = w.size();
    for (int v = 1; v < n && v < 25; v++) {
      if (!QuoteLexicon.isSpeechVerb(w.get(v))) {
        continue;
      }
      SpeakerMatch m = phrases.subjectOf(w, v, Strength.SPEAKER_BEFORE);
      if (m == null || !opensClause(w, m.phraseStart())) {
        return null;
      }
      int rest = v + 1;
      for (int k = v + 1; k < n && k <= v + 8; k++) {
        if (QuoteLexicon.COMPLEMENTIZERS.contains(w.get(k).folded())) {
          rest = k + 1; // "said on Monday that …", "told Reuters that …"
          break;
        }
      }
      if (rest == v + 1 && rest < n) {
        Word next = w.get(rest);
        boolean object = !QuoteLexicon.BARE_CLAUSE_VERBS.contains(w.get(v).folded());
        if (next.punct()
            || object
            || QuoteLexicon.PHRASE_ENDS.contains(next.folded())
            || QuoteLexicon.CLAUSE_WORDS.contains(next.folded())) {
          // "said on Monday.", "told Reuters.", "reported its profits": no reported clause
          return null;
        }
      }
      int words = 0;
      for (int k = rest; k < n; k++) {
        words += w.get(k).punct() ? 0 : 1;
      }
      return words >= 3 ? new int[] {v, rest} : null;
    }
    return null;
  }

  /** The subject starting at {@code offset} opens the sentence, or follows an opening phrase. */
  private static boolean opensClause(List<Word> w, int offset) {
    int k = 0;
    while (k < w.size() && w.get(k).start() < offset) {
      k++;
    }
    return k == 0 || w.get(k - 1).isPunct(',') && k <= 8;
  }

  /**
   * The attribution after the comma at {@code from - 1} ends the sentence: "…, said X, a director"
   * or "…, X said in a statement", but not "In 2021, officials said the plan failed".
   */
  private static boolean attributionEndsSentence(List<Word> w, int from) {
    int said = 0;
    for (int k = 0; k < from; k++) {
      said += w.get(k).punct() ? 0 : 1;
    }
    if (said < 5) {
      return false; // "On July 20, officials reported…": too little before the comma to be speech
    }
    int verb = -1;
    for (int k = from; k < w.size() && k < from + 14; k++) {
      if (QuoteLexicon.isSpeechVerb(w.get(k))) {
        verb = k;
        break;
      }
    }
    if (verb < 0) {
      return false;
    }
    int after = 0;
    Word firstAfter = null;
    for (int k = verb + 1; k < w.size(); k++) {
      Word x = w.get(k);
      if (QuoteLexicon.COMPLEMENTIZERS.contains(x.folded())) {
        return false;
      }
      if (!x.punct()) {
        after++;
        if (firstAfter == null) {
          firstAfter = x;
        }
      }
    }
    if (verb == from || after == 0) {
      return true;
    }
    boolean adjunct =
        QuoteLexicon.PHRASE_ENDS.contains(firstAfter.folded())
            || QuoteLexicon.TIME_WORDS.contains(firstAfter.folded())
            || firstAfter.capitalised() && QuoteLexicon.OBJECT_VERBS.contains(w.get(verb).folded());
    return adjunct && after <= 10;
  }

  /** The reported words w[from, to), without leading punctuation or a trailing comma; or null. */
  private AttributionDraft reported(
      List<Word> w,
      int from,
      int to,
      Sentence sentence,
      int p,
      int s,
      SpeakerMatch m,
      boolean forCandidate) {
    while (from < to && w.get(from).punct()) {
      from++;
    }
    if (to <= from) {
      return null;
    }
    int start = w.get(from).start();
    int end = to == w.size() ? sentence.end() : w.get(to - 1).end();
    while (end > start && ",;:".indexOf(doc.text.charAt(end - 1)) >= 0) {
      end--;
    }
    AttributionDraft item = new AttributionDraft(start, end, p, s, false, false, m);
    item.forCandidate = forCandidate;
    return item;
  }
}
