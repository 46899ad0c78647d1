package crosscheck.reuse.quotes;

import crosscheck.reuse.quotes.NameResolver.NameRun;
import crosscheck.reuse.quotes.QuoteLexicon.Word;
import crosscheck.reuse.quotes.SpeakerMatch.Strength;
import crosscheck.text.StopWords;
import java.util.List;

/**
 * The speaker phrase a pattern points at, read for {@link AttributionPatterns} and {@link
 * ReportedSpeech}: the subject left of a speech verb ("Jane Roe, a director at X, said", "the IMF
 * has said", "X, who said"), or the phrase after it ("said Jane Roe to reporters"). It checks that
 * the words read as a speaker (a name, a pronoun or a short noun phrase, no clause) and gives the
 * speaker: a person's name resolved to the document's full name by {@link NameResolver}, else the
 * phrase as written ("the ministry", "the Institute for the Study of War").
 */
final class SpeakerPhrases {

  private final String text;
  private final NameResolver names;

  SpeakerPhrases(QuoteDocument doc) {
    this.text = doc.text;
    this.names = doc.names;
  }

  /** The subject of the speech verb at {@code verb}, read leftwards. */
  SpeakerMatch subjectOf(List<Word> w, int verb, Strength strength) {
    String cue = QuoteLexicon.cue(w.get(verb));
    int j = verb - 1;
    int skipped = 0;
    while (j >= 0
        && skipped < 3
        && !w.get(j).punct()
        && !w.get(j).capitalised()
        && (QuoteLexicon.VERB_MODIFIERS.contains(w.get(j).folded())
            || w.get(j).folded().endsWith("ly"))) {
      j--;
      skipped++;
    }
    if (j < 0) {
      return null;
    }
    Word x = w.get(j);
    if (QuoteLexicon.PRONOUNS.contains(x.folded()) && (!x.capitalised() || x.initial())) {
      return new SpeakerMatch(x.text(), true, cue, strength, x.start());
    }
    if (QuoteLexicon.PERSON_RELATIVES.contains(x.folded())) {
      j--;
      if (j >= 0 && w.get(j).isPunct(',')) {
        return apposed(w, j, cue, strength);
      }
      return nounPhraseMatch(w, j, cue, strength);
    }
    if (x.isPunct(',')) {
      return apposed(w, j, cue, strength);
    }
    return nounPhraseMatch(w, j, cue, strength);
  }

  /**
   * "X, an apposition, said" and "X, a director at Y, which …, said": the noun phrase before the
   * appositions and relative clauses that end at comma {@code c}.
   */
  private SpeakerMatch apposed(List<Word> w, int c, String cue, Strength strength) {
    int end = c;
    for (int hops = 0; hops < 3; hops++) {
      int k = end - 1;
      while (k >= 0 && !w.get(k).punct()) {
        k--;
      }
      boolean insertion =
          k >= 0 && k + 1 < end && w.get(k).isPunct(',') && isInsertion(w.get(k + 1));
      if (!insertion) {
        break;
      }
      end = k;
    }
    return nounPhraseMatch(w, end - 1, cue, strength);
  }

  /** A segment starting with this word is an apposition or a relative clause, not a subject. */
  private static boolean isInsertion(Word first) {
    return first.possessive()
        || !first.capitalised() && !QuoteLexicon.CLAUSE_WORDS.contains(first.folded())
        || QuoteLexicon.RELATIVES.contains(first.folded());
  }

  /**
   * The noun phrase ending at word {@code end}, read leftwards over names, descriptions and "of"
   * phrases up to a clause word, a verb or ten words ("the director of the Varnholt Port
   * Authority").
   */
  private SpeakerMatch nounPhraseMatch(List<Word> w, int end, String cue, Strength strength) {
    if (end < 0 || w.get(end).punct()) {
      return null;
    }
    Word last = w.get(end);
    if (QuoteLexicon.DETERMINERS.contains(last.folded())
        || !last.capitalised() && QuoteLexicon.CLAUSE_WORDS.contains(last.folded())) {
      return null;
    }
    int s = end;
    int count = 0;
    while (s - 1 >= 0 && count < 10) {
      Word p = w.get(s - 1);
      if (p.punct()) {
        break;
      }
      String f = p.folded();
      boolean lower = !p.capitalised();
      if (lower && QuoteLexicon.DETERMINERS.contains(f)) {
        s--;
        if (s - 1 >= 0 && QuoteLexicon.OF_WORDS.contains(w.get(s - 1).folded())) {
          continue;
        }
        break;
      }
      if (lower && QuoteLexicon.OF_WORDS.contains(f)) {
        s--;
        continue;
      }
      if (lower && (QuoteLexicon.CLAUSE_WORDS.contains(f) || QuoteLexicon.isSpeechVerb(p))) {
        break;
      }
      s--;
      count++;
    }
    while (s < end
        && (!w.get(s).capitalised() && QuoteLexicon.OF_WORDS.contains(w.get(s).folded())
            || w.get(s).initial()
                && StopWords.any(w.get(s).folded())
                && !QuoteLexicon.DETERMINERS.contains(w.get(s).folded()))) {
      s++; // "But Labour officials say": "But" is no part of the speaker
    }
    return phraseMatch(w, s, end + 1, cue, strength);
  }

  /** The speaker in w[from, to), or null when the words name nobody. */
  SpeakerMatch phraseMatch(List<Word> w, int from, int to, String cue, Strength strength) {
    while (from < to && w.get(from).punct()) {
      from++;
    }
    while (to > from && w.get(to - 1).punct()) {
      to--;
    }
    if (to <= from) {
      return null;
    }
    if (to - from == 1 && QuoteLexicon.PRONOUNS.contains(w.get(from).folded())) {
      return new SpeakerMatch(w.get(from).text(), true, cue, strength, w.get(from).start());
    }
    if (startsWithTime(w, from)) {
      return null;
    }
    String speaker = speakerIn(w, from, to);
    return speaker == null
        ? null
        : new SpeakerMatch(speaker, false, cue, strength, w.get(from).start());
  }

  /**
   * A name heading the phrase's end ("official news agency IRNA", "the former minister Ana Ruiz")
   * resolved to its full name; else the phrase as written ("the ministry", "the Institute for the
   * Study of War").
   */
  private String speakerIn(List<Word> w, int from, int to) {
    List<NameRun> runs = names.runs(w, from, to);
    if (!runs.isEmpty() && runs.get(0).first() == from && runs.get(0).last() + 1 < to) {
      NameRun first = runs.get(0);
      Word after = w.get(first.last() + 1);
      List<Word> run = w.subList(first.first(), first.last() + 1);
      if (NameResolver.stripTitles(run).size() >= 2
          && !after.capitalised()
          && QuoteLexicon.AFFILIATION_WORDS.contains(after.folded())) {
        return names.resolve(text.substring(first.start(), first.end())); // "Ana Ruiz of X"
      }
    }
    if (!runs.isEmpty()) {
      NameRun last = runs.get(runs.size() - 1);
      if (last.last() == to - 1) {
        List<Word> run = w.subList(last.first(), last.last() + 1);
        boolean several = NameResolver.stripTitles(run).size() >= 2;
        boolean afterOf =
            last.first() > from
                && QuoteLexicon.OF_WORDS.contains(w.get(last.first() - 1).folded())
                && !w.get(last.first() - 1).capitalised();
        if (several || !afterOf) {
          return names.resolve(text.substring(last.start(), last.end()));
        }
      }
    }
    return text.substring(w.get(from).start(), w.get(to - 1).nameEnd());
  }

  /** Where a speaker phrase starting at {@code from} ends: punctuation, or a preposition. */
  static int phraseEnd(List<Word> w, int from, boolean toComma) {
    int k = from;
    while (k < w.size()) {
      Word x = w.get(k);
      if (x.punct() && !x.isPunct('-')) {
        break;
      }
      if (!toComma
          && k > from
          && !x.capitalised()
          && (QuoteLexicon.PHRASE_ENDS.contains(x.folded())
              || startsWithTime(w, k)
              || Character.isDigit(x.text().charAt(0)))) {
        break;
      }
      k++;
    }
    return k;
  }

  static boolean startsWithTime(List<Word> w, int k) {
    if (k >= w.size()) {
      return false;
    }
    Word x = w.get(k);
    if (QuoteLexicon.DETERMINERS.contains(x.folded()) && k + 1 < w.size()) {
      x = w.get(k + 1);
    }
    return !x.punct()
        && (QuoteLexicon.TIME_WORDS.contains(x.folded()) || Character.isDigit(x.text().charAt(0)));
  }

  /** After "said": a name, or a short noun phrase without a verb ("said a spokesman"). */
  static boolean plausibleAfterVerb(List<Word> w, int from, int to) {
    boolean named = false;
    for (int k = from; k < to; k++) {
      Word x = w.get(k);
      named |= x.capitalised();
      if (!x.capitalised()
          && (QuoteLexicon.CLAUSE_MARKERS.contains(x.folded())
              || QuoteLexicon.VERB_MODIFIERS.contains(x.folded()))) {
        return false;
      }
    }
    return named || to - from <= 4;
  }

  /** Whether w[from, to) reads as a speaker: a name, a pronoun or a short noun phrase. */
  static boolean plausibleSpeaker(List<Word> w, int from, int to) {
    if (to <= from || to - from > 12) {
      return false;
    }
    Word first = w.get(from);
    if (first.punct()) {
      return false;
    }
    if (!first.capitalised() && QuoteLexicon.CLAUSE_WORDS.contains(first.folded())) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Word x = w.get(k);
      if (x.punct() && !x.isPunct('-')
          || !x.capitalised() && QuoteLexicon.CLAUSE_MARKERS.contains(x.folded())) {
        return false;
      }
    }
    boolean headed =
        first.capitalised()
            || w.get(to - 1).capitalised()
            || QuoteLexicon.DETERMINERS.contains(first.folded())
            || QuoteLexicon.PRONOUNS.contains(first.folded());
    return headed || to - from <= 3;
  }
}
