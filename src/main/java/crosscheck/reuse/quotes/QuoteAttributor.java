package crosscheck.reuse.quotes;

import crosscheck.model.Sentence;
import crosscheck.reuse.quotes.NameResolver.NameRun;
import crosscheck.reuse.quotes.QuoteLexicon.SourcePhrase;
import crosscheck.reuse.quotes.QuoteLexicon.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds quotations and reported speech in a document and the speaker the text gives them, in the
 * manner of the sieves of Muzny et al. (2017): exact quote–verb–name patterns first, looser ones
 * after, then the speaker carried over to the quotations that follow in the same paragraph.
 *
 * <ol>
 *   <li>Quoted spans per paragraph: "…", “…”, «…», ‘…’ (an apostrophe between letters, "Iran’s",
 *       never closes a quotation; single quotes left open at the paragraph end were apostrophes).
 *       A quotation still open at the paragraph end continues in the next paragraph when that one
 *       opens with a quotation mark (the news convention); each paragraph's part is reported
 *       separately, all with one speaker.
 *   <li>Trailing patterns in the rest of the sentence: {@code “…,” Jane Roe said}, {@code “…,” said
 *       Jane Roe, a …}, {@code “…,” Roe, director of X, told Y}, {@code “…”, dijo Juan Pérez},
 *       {@code “…,” he said} (a pronoun: the most recent speaker), {@code “…”, dijo.}, {@code “…,”
 *       according to X}; then leading ones: {@code Jane Roe said: “…”}, {@code Roe told Reuters
 *       “…”}, {@code Roe warned that … “…”}, {@code X, who stated, “…”}. A source's report ({@code
 *       “…,” the BBC reported}) yields to a speaker named before the quotation.
 *   <li>A quotation closing its sentence without a speaker: the next sentence when it is only an
 *       attribution ({@code “…” Roe added.}); else the speaker of an earlier attribution of the
 *       paragraph when the quotation opens its sentence ({@code “A,” Roe said. “B.”}), or of the
 *       next sentence's quotation.
 *   <li>Reported speech (quoted = false): {@code According to X, …}, {@code …, according to X},
 *       {@code Según X, …}, {@code …, said X, …}, {@code …, X said.}, {@code X said that …}, and
 *       {@code For X, …} / {@code Para X, …} when X is a speaker elsewhere in the document ("For
 *       Iran, the deal has upsides" attributes nothing).
 * </ol>
 *
 * <p>Speakers: a person's name resolved to the document's full name by {@link NameResolver}; an
 * organisation or a description without a name as written ("the ministry", "security experts").
 * Only kept sentences are read. Stateless and thread-safe.
 */
public final class QuoteAttributor {

  /**
   * Words attributed to a speaker.
   *
   * @param start char offset of the attributed words (the quotation's content without its marks
   *     and trailing comma, or the reported sentence without its attribution)
   * @param speaker the resolved full name, or the speaker as written; null when unknown
   * @param cue the verb or construction as written in lowercase ("said", "dijo", "according to",
   *     "según", "for", "para"), "pronoun" for a speaker found through a pronoun; null when unknown
   * @param quoted true for a quotation, false for reported speech
   */
  public record Attribution(int start, int end, String speaker, String cue, boolean quoted) {}

  private static final String PRONOUN_CUE = "pronoun";

  private QuoteAttributor() {}

  /** Attributions of the document, in text order. */
  public static List<Attribution> attribute(String text, List<Sentence> sentences) {
    return new Document(text, sentences).attribute();
  }

  /**
   * The speaker whose attributions cover the largest part of [start, end), when they cover at
   * least half of it; else null.
   */
  public static String speakerOf(List<Attribution> attributions, int start, int end) {
    if (end <= start) {
      return null;
    }
    Map<String, Integer> covered = new LinkedHashMap<>();
    for (Attribution a : attributions) {
      int overlap = Math.min(end, a.end()) - Math.max(start, a.start());
      if (a.speaker() != null && overlap > 0) {
        covered.merge(a.speaker(), overlap, Integer::sum);
      }
    }
    String best = null;
    int bestCovered = 0;
    for (Map.Entry<String, Integer> e : covered.entrySet()) {
      if (e.getValue() > bestCovered) {
        best = e.getKey();
        bestCovered = e.getValue();
      }
    }
    return bestCovered * 2 >= end - start ? best : null;
  }

  /**
   * What a pattern found: a speaker and its cue; for a pronoun ({@code pronoun}), {@code speaker}
   * holds the pronoun as written, or null for a Spanish verb without a subject.
   */
  private record Match(String speaker, boolean pronoun, String cue, Strength strength, int phraseStart) {}

  /** How much a pattern is trusted when several apply to one quotation. */
  private enum Strength {
    SPEAKER_AFTER,
    SPEAKER_BEFORE,
    SOURCE_AFTER,
    NEXT_SENTENCE
  }

  /** A top-level quotation: marks at open/close (close -1 when it runs to the paragraph end). */
  private record Quote(int paragraph, int open, int close, int contentStart, int contentEnd) {}

  /** Consecutive kept sentences of one paragraph and their words. */
  private record Paragraph(int firstSentence, int lastSentence, int start, int end, List<Word> words) {}

  /** An attribution under construction. */
  private static final class Item {
    final int start;
    final int end;
    final int paragraph;
    final int sentence;
    final boolean quoted;
    final boolean opensSentence;
    final Match match;
    int chain = -1;
    boolean forCandidate;
    String speaker;
    String cue;

    Item(int start, int end, int paragraph, int sentence, boolean quoted, boolean opensSentence,
        Match match) {
      this.start = start;
      this.end = end;
      this.paragraph = paragraph;
      this.sentence = sentence;
      this.quoted = quoted;
      this.opensSentence = opensSentence;
      this.match = match;
    }
  }

  /** The work on one document. */
  private static final class Document {
    final String text;
    final List<Sentence> sentences = new ArrayList<>();
    final List<List<Word>> sentenceWords = new ArrayList<>();
    final List<Paragraph> paragraphs = new ArrayList<>();
    final NameResolver names;

    Document(String text, List<Sentence> all) {
      this.text = text;
      for (Sentence s : all) {
        if (s.kept() && s.end() > s.start()) {
          sentences.add(s);
        }
      }
      sentences.sort(Comparator.comparingInt(Sentence::start));
      for (Sentence s : sentences) {
        sentenceWords.add(QuoteLexicon.lex(text, s.start(), s.end()));
      }
      int first = 0;
      for (int i = 1; i <= sentences.size(); i++) {
        if (i == sentences.size() || sentences.get(i).paragraph() != sentences.get(first).paragraph()) {
          List<Word> words = new ArrayList<>();
          for (int k = first; k < i; k++) {
            words.addAll(sentenceWords.get(k));
          }
          paragraphs.add(new Paragraph(first, i - 1, sentences.get(first).start(),
              sentences.get(i - 1).end(), words));
          first = i;
        }
      }
      this.names = new NameResolver(text, sentenceWords);
    }

    List<Attribution> attribute() {
      List<List<Quote>> quotes = new ArrayList<>();
      for (int p = 0; p < paragraphs.size(); p++) {
        quotes.add(scanQuotes(p));
      }
      List<Item> items = new ArrayList<>();
      int chains = 0;
      int openChain = -1;
      for (int p = 0; p < paragraphs.size(); p++) {
        List<Quote> qs = quotes.get(p);
        for (int k = 0; k < qs.size(); k++) {
          Quote q = qs.get(k);
          Item item = quoteItem(p, q, k > 0 ? qs.get(k - 1) : null,
              k + 1 < qs.size() ? qs.get(k + 1) : null);
          if (item == null) {
            continue;
          }
          if (k == 0 && openChain >= 0 && q.open() == paragraphs.get(p).start()) {
            item.chain = openChain;
          }
          openChain = -1;
          if (q.close() < 0 && k == qs.size() - 1 && continuesInNext(p, quotes)) {
            if (item.chain < 0) {
              item.chain = chains++;
            }
            openChain = item.chain;
          }
          items.add(item);
        }
        if (qs.isEmpty()) {
          openChain = -1;
        }
      }
      boolean[] quoted = sentencesWithQuotes(quotes);
      for (int s = 0; s < sentences.size(); s++) {
        if (!quoted[s]) {
          Item item = reportedItem(s);
          if (item != null) {
            items.add(item);
          }
        }
      }
      items.sort(Comparator.comparingInt((Item i) -> i.start));
      resolveSpeakers(items);
      List<Attribution> out = new ArrayList<>();
      for (Item i : items) {
        if (!i.quoted && i.speaker == null) {
          continue;
        }
        out.add(new Attribution(i.start, i.end, i.speaker, i.cue, i.quoted));
      }
      return out;
    }

    // ---------------------------------------------------------------- quotations

    /** Top-level quotations of paragraph p; see the class comment. */
    List<Quote> scanQuotes(int p) {
      Paragraph para = paragraphs.get(p);
      Set<Integer> ignored = new HashSet<>();
      while (true) {
        List<Quote> found = new ArrayList<>();
        Integer wrongOpen = scanOnce(p, para, ignored, found);
        if (wrongOpen == null) {
          return found;
        }
        ignored.add(wrongOpen); // an apostrophe taken for an opening single quote: scan again
      }
    }

    /** Scans once; returns the position of a single quote left open (an apostrophe), else null. */
    private Integer scanOnce(int p, Paragraph para, Set<Integer> ignored, List<Quote> found) {
      List<int[]> stack = new ArrayList<>(); // {family, position}
      for (int i = para.start(); i < para.end(); i++) {
        char c = text.charAt(i);
        int family = family(c);
        if (family < 0 || ignored.contains(i)) {
          continue;
        }
        char prev = i > para.start() ? text.charAt(i - 1) : ' ';
        char next = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
        boolean openContext = opensBefore(prev) && !Character.isWhitespace(next);
        boolean closeContext = !Character.isWhitespace(prev) && closesAfter(next);
        int openAt = indexOfFamily(stack, family);
        boolean isOpen = openAt >= 0;
        boolean close;
        boolean open;
        switch (c) {
          case '«', '‹', '„' -> {
            close = false;
            open = true;
          }
          case '»', '›' -> {
            close = isOpen;
            open = false;
          }
          case '“' -> {
            close = isOpen && closeContext && !openContext;
            open = !close;
          }
          case '”' -> {
            close = isOpen;
            open = !isOpen && openContext;
          }
          case '"' -> {
            close = isOpen;
            open = !isOpen && openContext;
          }
          case '‘' -> {
            close = isOpen && closeContext && !openContext;
            open = !close && openContext;
          }
          default -> { // ’ and ': an apostrophe unless it closes an open single quote
            boolean betweenLetters = Character.isLetter(prev) && Character.isLetterOrDigit(next);
            // "the boats’ engines": a plural possessive when a later mark can close the quote.
            boolean pluralPossessive = (prev == 's' || prev == 'S') && laterSingleClose(i, para);
            close = !betweenLetters && isOpen && closeContext && !pluralPossessive;
            open = !betweenLetters && !isOpen && c == '\'' && openContext
                && Character.isLetter(next);
          }
        }
        if (close) {
          int[] opened = stack.get(openAt);
          while (stack.size() > openAt) {
            stack.remove(stack.size() - 1);
          }
          if (stack.isEmpty()) {
            addQuote(found, p, opened[1], i);
          }
        } else if (open) {
          if (isOpen && stack.size() == 1) {
            // A new quotation of the same kind while one is open: the first was never closed.
            addQuote(found, p, stack.get(0)[1], lastNonSpace(i));
            stack.clear();
          }
          stack.add(new int[] {family, i});
        }
      }
      if (!stack.isEmpty()) {
        int[] bottom = stack.get(0);
        if (bottom[0] == SINGLE) {
          return bottom[1];
        }
        addQuote(found, p, bottom[1], -1);
      }
      return null;
    }

    /** Whether a ’ or ' after {@code i} in the paragraph can close a single quote. */
    private boolean laterSingleClose(int i, Paragraph para) {
      for (int k = i + 1; k < para.end(); k++) {
        char c = text.charAt(k);
        if (c == '‘') {
          return false;
        }
        if ((c == '’' || c == '\'') && !Character.isWhitespace(text.charAt(k - 1))
            && (k + 1 == para.end() || closesAfter(text.charAt(k + 1)))) {
          return true;
        }
      }
      return false;
    }

    private int lastNonSpace(int i) {
      int j = i;
      while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
        j--;
      }
      return j;
    }

    private void addQuote(List<Quote> found, int p, int open, int close) {
      int end = close < 0 ? paragraphs.get(p).end() : close;
      int start = open + 1;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && (Character.isWhitespace(text.charAt(end - 1))
          || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
        end--;
      }
      if (end > start) {
        found.add(new Quote(p, open, close, start, end));
      }
    }

    private static final int DOUBLE = 0;
    private static final int GUILLEMET = 1;
    private static final int SINGLE = 2;

    private static int family(char c) {
      return switch (c) {
        case '"', '“', '”', '„' -> DOUBLE;
        case '«', '»' -> GUILLEMET;
        case '‘', '’', '\'', '‹', '›' -> SINGLE;
        default -> -1;
      };
    }

    private static int indexOfFamily(List<int[]> stack, int family) {
      for (int k = stack.size() - 1; k >= 0; k--) {
        if (stack.get(k)[0] == family) {
          return k;
        }
      }
      return -1;
    }

    private static boolean opensBefore(char prev) {
      return Character.isWhitespace(prev) || "([{—–-/¿¡".indexOf(prev) >= 0 || family(prev) >= 0;
    }

    private static boolean closesAfter(char next) {
      return Character.isWhitespace(next) || ".,;:!?)]}—–-…".indexOf(next) >= 0 || family(next) >= 0;
    }

    private boolean continuesInNext(int p, List<List<Quote>> quotes) {
      if (p + 1 >= paragraphs.size()) {
        return false;
      }
      Paragraph next = paragraphs.get(p + 1);
      List<Quote> nextQuotes = quotes.get(p + 1);
      char first = text.charAt(next.start());
      return family(first) == DOUBLE || family(first) == GUILLEMET
          ? !nextQuotes.isEmpty() && nextQuotes.get(0).open() == next.start()
          : false;
    }

    /** Sentences overlapping a quotation, marks included. */
    private boolean[] sentencesWithQuotes(List<List<Quote>> quotes) {
      boolean[] quoted = new boolean[sentences.size()];
      for (List<Quote> qs : quotes) {
        for (Quote q : qs) {
          int end = q.close() < 0 ? q.contentEnd() : q.close() + 1;
          for (int s = sentenceAt(q.open()); s < sentences.size() && sentences.get(s).start() < end; s++) {
            quoted[s] = true;
          }
        }
      }
      return quoted;
    }

    private Item quoteItem(int p, Quote q, Quote previous, Quote next) {
      int openSentence = sentenceAt(q.open());
      int beforeFrom = Math.max(sentences.get(openSentence).start(),
          previous == null ? 0 : previous.close() + 1);
      List<Word> before = wordsIn(p, beforeFrom, q.open());
      Match trailing = null;
      Match nextSentence = null;
      if (q.close() >= 0) {
        int closeSentence = sentenceAt(q.close());
        int afterTo = Math.min(sentences.get(closeSentence).end(),
            next == null ? Integer.MAX_VALUE : next.open());
        List<Word> after = wordsIn(p, q.close() + 1, afterTo);
        if (hasWord(after)) {
          trailing = matchAfter(after, false);
        } else if (closeSentence + 1 <= paragraphs.get(p).lastSentence()) {
          Sentence following = sentences.get(closeSentence + 1);
          int to = Math.min(following.end(), next == null ? Integer.MAX_VALUE : next.open());
          if (next == null || next.open() > following.start()) {
            nextSentence = matchAfter(wordsIn(p, following.start(), to), true);
          }
        }
      }
      Match leading = matchBefore(before);
      Match match = best(trailing, leading, nextSentence);
      if (match == null && q.close() >= 0 && sentenceAt(q.close()) == openSentence) {
        match = sentenceMatch(openSentence); // "… “reforms” are needed, the IMF said."
      }
      return new Item(q.contentStart(), q.contentEnd(), p, openSentence, true, !hasWord(before),
          match);
    }

    private static Match best(Match trailing, Match leading, Match nextSentence) {
      if (trailing != null && trailing.strength() == Strength.SPEAKER_AFTER) {
        return trailing;
      }
      if (leading != null) {
        return leading;
      }
      return trailing != null ? trailing : nextSentence;
    }

    // ---------------------------------------------------------------- patterns

    /**
     * The attribution right after a quotation: {@code said X}, {@code X said}, {@code he said},
     * {@code according to X}. In a sentence of its own ({@code next}) it must be nothing more than
     * an attribution.
     */
    Match matchAfter(List<Word> w, boolean next) {
      int n = w.size();
      int i = 0;
      while (i < n && w.get(i).punct() && ",;:—–-".contains(w.get(i).text())) {
        i++;
      }
      if (i >= n || w.get(i).punct()) {
        return null;
      }
      Word first = w.get(i);
      SourcePhrase source = QuoteLexicon.sourcePhraseAt(w, i, n);
      if (source != null) {
        int from = i + source.length();
        Match m = phraseMatch(w, from, phraseEnd(w, from, true), source.cue(), Strength.SPEAKER_AFTER);
        return next ? null : m;
      }
      if (isVerb(first)) {
        if (QuoteLexicon.OBJECT_VERBS.contains(first.folded())) {
          return null;
        }
        boolean spanish = QuoteLexicon.SPANISH_SPEECH_VERBS.contains(first.folded());
        int from = i + 1;
        int end = phraseEnd(w, from, false);
        if (spanish && from < n && QuoteLexicon.ADDRESSEE_PREPOSITIONS.contains(w.get(from).folded())) {
          end = from;
        }
        if (next && !onlyAdjuncts(w, end)) {
          return null;
        }
        Strength strength = strengthOf(first);
        if (end == from) {
          return spanish ? new Match(null, true, cue(first), strength, -1) : null;
        }
        if (!plausibleAfterVerb(w, from, end)) {
          return null;
        }
        Match m = phraseMatch(w, from, end, cue(first), strength);
        if (m == null && spanish && startsWithTime(w, from)) {
          return new Match(null, true, cue(first), strength, -1);
        }
        return m;
      }
      int limit = Math.min(n, i + 30);
      int verb = -1;
      for (int k = i; k < limit; k++) {
        Word x = w.get(k);
        if (x.punct() && ".!?".contains(x.text()) || x.punct() && QuoteLexicon.isQuoteChar(x.text().charAt(0))) {
          break;
        }
        if (isVerb(x)) {
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
        while (beforeVerb > phraseEnd && QuoteLexicon.VERB_MODIFIERS.contains(w.get(beforeVerb).folded())) {
          beforeVerb--;
        }
        if (!w.get(beforeVerb).isPunct(',')) {
          return null; // "Roe, was insisting he should have the final say": no apposition
        }
      }
      while (phraseEnd > i && !w.get(phraseEnd - 1).punct()
          && QuoteLexicon.VERB_MODIFIERS.contains(w.get(phraseEnd - 1).folded())) {
        phraseEnd--; // "the IMF has said"
      }
      if (!plausibleSpeaker(w, i, phraseEnd)) {
        return null;
      }
      if (next && !onlyAdjuncts(w, verb + 1)) {
        return null;
      }
      return phraseMatch(w, i, phraseEnd, cue(w.get(verb)), strengthOf(w.get(verb)));
    }

    /** A speaker named before the quotation in its sentence. */
    Match matchBefore(List<Word> w) {
      int e = w.size();
      while (e > 0 && w.get(e - 1).punct()) {
        e--;
      }
      int cue = -1;
      for (int k = e - 1; k >= 0 && e - k <= 14; k--) {
        Word x = w.get(k);
        if (isVerb(x) || QuoteLexicon.sourcePhraseAt(w, k, e) != null) {
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
        return phraseMatch(w, from, phraseEnd(w, from, true), source.cue(), Strength.SPEAKER_BEFORE);
      }
      boolean introduced = e < w.size() && (w.get(e).isPunct(':') || w.get(e).isPunct(','));
      if (introduced
          && !QuoteLexicon.OBJECT_VERBS.contains(c.folded())
          && cue + 1 < e
          && w.get(cue + 1).capitalised()
          && phraseEnd(w, cue + 1, false) == e
          && plausibleAfterVerb(w, cue + 1, e)) {
        return phraseMatch(w, cue + 1, e, cue(c), Strength.SPEAKER_BEFORE); // "dijo Toma: “…”"
      }
      return subjectOf(w, cue, Strength.SPEAKER_BEFORE);
    }

    /** The subject of the speech verb at {@code verb}, read leftwards. */
    Match subjectOf(List<Word> w, int verb, Strength strength) {
      String cue = cue(w.get(verb));
      int j = verb - 1;
      int skipped = 0;
      while (j >= 0 && skipped < 3 && !w.get(j).punct() && !w.get(j).capitalised()
          && (QuoteLexicon.VERB_MODIFIERS.contains(w.get(j).folded()) || w.get(j).folded().endsWith("ly"))) {
        j--;
        skipped++;
      }
      if (j < 0) {
        return null;
      }
      Word x = w.get(j);
      if (QuoteLexicon.PRONOUNS.contains(x.folded()) && (!x.capitalised() || x.initial())) {
        return new Match(x.text(), true, cue, strength, x.start());
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
    private Match apposed(List<Word> w, int c, String cue, Strength strength) {
      int end = c;
      for (int hops = 0; hops < 3; hops++) {
        int k = end - 1;
        while (k >= 0 && !w.get(k).punct()) {
          k--;
        }
        boolean insertion = k >= 0 && k + 1 < end && w.get(k).isPunct(',') && isInsertion(w.get(k + 1));
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
          || !first.capitalised()
          && !QuoteLexicon.CLAUSE_WORDS.contains(first.folded())
          || QuoteLexicon.RELATIVES.contains(first.folded());
    }

    private Match nounPhraseMatch(List<Word> w, int end, String cue, Strength strength) {
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
        if (lower && (QuoteLexicon.CLAUSE_WORDS.contains(f) || isVerb(p))) {
          break;
        }
        s--;
        count++;
      }
      while (s < end && (!w.get(s).capitalised() && QuoteLexicon.OF_WORDS.contains(w.get(s).folded())
          || w.get(s).initial() && QuoteLexicon.FUNCTION_WORDS.contains(w.get(s).folded())
              && !QuoteLexicon.DETERMINERS.contains(w.get(s).folded()))) {
        s++; // "But Labour officials say": "But" is no part of the speaker
      }
      return phraseMatch(w, s, end + 1, cue, strength);
    }

    /** Where a speaker phrase starting at {@code from} ends: punctuation, or a preposition. */
    private int phraseEnd(List<Word> w, int from, boolean toComma) {
      int k = from;
      while (k < w.size()) {
        Word x = w.get(k);
        if (x.punct() && !x.isPunct('-')) {
          break;
        }
        if (!toComma && k > from && !x.capitalised()
            && (QuoteLexicon.PHRASE_ENDS.contains(x.folded()) || startsWithTime(w, k)
                || Character.isDigit(x.text().charAt(0)))) {
          break;
        }
        k++;
      }
      return k;
    }

    private boolean startsWithTime(List<Word> w, int k) {
      if (k >= w.size()) {
        return false;
      }
      Word x = w.get(k);
      if (QuoteLexicon.DETERMINERS.contains(x.folded()) && k + 1 < w.size()) {
        x = w.get(k + 1);
      }
      return !x.punct() && (QuoteLexicon.TIME_WORDS.contains(x.folded())
          || Character.isDigit(x.text().charAt(0)));
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

    /** After "said": a name, or a short noun phrase without a verb ("said a spokesman"). */
    private static boolean plausibleAfterVerb(List<Word> w, int from, int to) {
      boolean named = false;
      for (int k = from; k < to; k++) {
        Word x = w.get(k);
        named |= x.capitalised();
        if (!x.capitalised() && (QuoteLexicon.CLAUSE_MARKERS.contains(x.folded())
            || QuoteLexicon.VERB_MODIFIERS.contains(x.folded()))) {
          return false;
        }
      }
      return named || to - from <= 4;
    }

    /** Whether w[from, to) reads as a speaker: a name, a pronoun or a short noun phrase. */
    private static boolean plausibleSpeaker(List<Word> w, int from, int to) {
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
        if (x.punct() && !x.isPunct('-') || !x.capitalised() && QuoteLexicon.CLAUSE_MARKERS.contains(x.folded())) {
          return false;
        }
      }
      boolean headed = first.capitalised()
          || w.get(to - 1).capitalised()
          || QuoteLexicon.DETERMINERS.contains(first.folded())
          || QuoteLexicon.PRONOUNS.contains(first.folded());
      return headed || to - from <= 3;
    }

    /** The speaker in w[from, to), or null when the words name nobody. */
    private Match phraseMatch(List<Word> w, int from, int to, String cue, Strength strength) {
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
        return new Match(w.get(from).text(), true, cue, strength, w.get(from).start());
      }
      if (startsWithTime(w, from)) {
        return null;
      }
      String speaker = speakerIn(w, from, to);
      return speaker == null ? null : new Match(speaker, false, cue, strength, w.get(from).start());
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
        if (NameResolver.stripTitles(run).size() >= 2 && !after.capitalised()
            && QuoteLexicon.AFFILIATION_WORDS.contains(after.folded())) {
          return names.resolve(text.substring(first.start(), first.end())); // "Ana Ruiz of X"
        }
      }
      if (!runs.isEmpty()) {
        NameRun last = runs.get(runs.size() - 1);
        if (last.last() == to - 1) {
          List<Word> run = w.subList(last.first(), last.last() + 1);
          boolean several = NameResolver.stripTitles(run).size() >= 2;
          boolean afterOf = last.first() > from
              && QuoteLexicon.OF_WORDS.contains(w.get(last.first() - 1).folded())
              && !w.get(last.first() - 1).capitalised();
          if (several || !afterOf) {
            return names.resolve(text.substring(last.start(), last.end()));
          }
        }
      }
      return text.substring(w.get(from).start(), w.get(to - 1).nameEnd());
    }

    private static boolean isVerb(Word x) {
      return !x.punct() && !x.capitalised() && QuoteLexicon.SPEECH_VERBS.contains(x.folded());
    }

    private static Strength strengthOf(Word verb) {
      return QuoteLexicon.SOURCE_VERBS.contains(verb.folded())
          ? Strength.SOURCE_AFTER
          : Strength.SPEAKER_AFTER;
    }

    private static String cue(Word verb) {
      return verb.text().toLowerCase(java.util.Locale.ROOT);
    }

    // ---------------------------------------------------------------- reported speech

    /** The speaker of a whole sentence by its reported-speech patterns, if any. */
    private Match sentenceMatch(int s) {
      Item item = reportedItem(s);
      return item == null || item.forCandidate || item.match.pronoun() ? null : item.match;
    }

    /** A sentence without quotation marks that reports someone's words. */
    private Item reportedItem(int s) {
      List<Word> w = sentenceWords.get(s);
      Sentence sentence = sentences.get(s);
      int n = w.size();
      int p = paragraphOf(s);
      if (n < 3) {
        return null;
      }
      Word first = w.get(0);
      SourcePhrase opening = QuoteLexicon.sourcePhraseAt(w, 0, n);
      if (opening != null) {
        int from = opening.length();
        int comma = phraseEnd(w, from, true);
        if (comma < n && w.get(comma).isPunct(',')) {
          Match m = phraseMatch(w, from, comma, opening.cue(), Strength.SPEAKER_BEFORE);
          if (m != null && !m.pronoun()) {
            return reported(w, comma + 1, n, sentence, p, s, m, false);
          }
        }
      }
      if (QuoteLexicon.FOR_OPENERS.contains(first.folded())) {
        int comma = phraseEnd(w, 1, true);
        if (comma < n && comma > 1 && w.get(comma).isPunct(',') && w.get(1).capitalised()) {
          Match m = phraseMatch(w, 1, comma, cue(first), Strength.SPEAKER_BEFORE);
          if (m != null && !m.pronoun()) {
            return reported(w, comma + 1, n, sentence, p, s, m, true);
          }
        }
      }
      int[] said = subjectSaid(w);
      if (said != null) {
        Match m = subjectOf(w, said[0], Strength.SPEAKER_BEFORE);
        return reported(w, said[1], n, sentence, p, s, m, false);
      }
      for (int k = 1; k + 1 < n; k++) {
        if (!w.get(k).isPunct(',')) {
          continue;
        }
        Word x = w.get(k + 1);
        SourcePhrase source = QuoteLexicon.sourcePhraseAt(w, k + 1, n);
        if (source != null) {
          int from = k + 1 + source.length();
          int end = phraseEnd(w, from, true);
          Match m = phraseMatch(w, from, end, source.cue(), Strength.SPEAKER_AFTER);
          if (m != null && !m.pronoun()) {
            boolean last = !hasWord(w.subList(end, n));
            return last ? reported(w, 0, k, sentence, p, s, m, false)
                : reported(w, 0, n, sentence, p, s, m, false);
          }
        }
        Match m = matchAfter(w.subList(k + 1, n), false);
        if (m != null && attributionEndsSentence(w, k + 1)) {
          return reported(w, 0, k, sentence, p, s, m, false);
        }
      }
      for (int k = 1; k + 1 < n; k++) {
        if (isVerb(w.get(k)) && QuoteLexicon.COMPLEMENTIZERS.contains(w.get(k + 1).folded())) {
          Match m = subjectOf(w, k, Strength.SPEAKER_BEFORE);
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
        if (!isVerb(w.get(v))) {
          continue;
        }
        Match m = subjectOf(w, v, Strength.SPEAKER_BEFORE);
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
          if (next.punct() || object || QuoteLexicon.PHRASE_ENDS.contains(next.folded())
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
     * The attribution after the comma at {@code from - 1} ends the sentence: "…, said X, a
     * director" or "…, X said in a statement", but not "In 2021, officials said the plan failed".
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
        if (isVerb(w.get(k))) {
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
      boolean adjunct = QuoteLexicon.PHRASE_ENDS.contains(firstAfter.folded())
          || QuoteLexicon.TIME_WORDS.contains(firstAfter.folded())
          || firstAfter.capitalised() && QuoteLexicon.OBJECT_VERBS.contains(w.get(verb).folded());
      return adjunct && after <= 10;
    }

    private Item reported(List<Word> w, int from, int to, Sentence sentence, int p, int s,
        Match m, boolean forCandidate) {
      while (from < to && w.get(from).punct()) {
        from++;
      }
      if (to <= from) {
        return null;
      }
      int start = w.get(from).start();
      int end = to == w.size() ? sentence.end() : w.get(to - 1).end();
      while (end > start && ",;:".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      Item item = new Item(start, end, p, s, false, false, m);
      item.forCandidate = forCandidate;
      return item;
    }

    // ---------------------------------------------------------------- speakers

    /** Pronouns, carried speakers, continued quotations and "For X" checks, in text order. */
    private void resolveSpeakers(List<Item> items) {
      Set<String> speakers = new HashSet<>();
      String lastNamed = null;
      int lastNamedParagraph = -1;
      String lastPerson = null;
      int lastPersonParagraph = -1;
      for (int k = 0; k < items.size(); k++) {
        Item item = items.get(k);
        Match m = item.match;
        if (m != null && !m.pronoun()) {
          item.speaker = m.speaker();
          item.cue = m.cue();
        } else if (m != null) {
          // "he"/"she" and a Spanish subjectless verb stand for a person, not "the ministry".
          boolean person = m.speaker() == null
              || QuoteLexicon.PERSON_PRONOUNS.contains(QuoteLexicon.key(m.speaker()));
          String recent = person ? lastPerson : lastNamed;
          int recentParagraph = person ? lastPersonParagraph : lastNamedParagraph;
          // Reported speech is rarer than quotation after a pronoun: stay inside the paragraph.
          String named = item.quoted || recentParagraph == item.paragraph ? recent : null;
          item.speaker = named;
          item.cue = named == null ? null : PRONOUN_CUE;
        } else if (item.quoted && item.opensSentence) {
          for (int j = k - 1; j >= 0 && items.get(j).paragraph == item.paragraph; j--) {
            Item earlier = items.get(j);
            if (earlier.speaker != null && !earlier.forCandidate) {
              item.speaker = earlier.speaker;
              item.cue = earlier.cue;
              break;
            }
          }
        }
        if (item.speaker != null && !item.forCandidate) {
          lastNamed = item.speaker;
          lastNamedParagraph = item.paragraph;
          if (looksLikePerson(item.speaker)) {
            lastPerson = item.speaker;
            lastPersonParagraph = item.paragraph;
          }
          if (m != null && !m.pronoun()) {
            speakers.add(key(item.speaker));
          }
        }
      }
      for (int k = items.size() - 2; k >= 0; k--) {
        Item item = items.get(k);
        Item next = items.get(k + 1);
        if (item.quoted && item.speaker == null && item.match == null && next.quoted
            && (item.opensSentence || next.sentence == item.sentence)
            && next.paragraph == item.paragraph && next.sentence - item.sentence <= 1
            && next.speaker != null) {
          item.speaker = next.speaker;
          item.cue = next.cue;
        }
      }
      Map<Integer, Item> chainSpeaker = new LinkedHashMap<>();
      for (Item item : items) {
        if (item.chain >= 0 && item.speaker != null) {
          chainSpeaker.putIfAbsent(item.chain, item);
        }
      }
      for (Item item : items) {
        Item source = item.chain >= 0 ? chainSpeaker.get(item.chain) : null;
        if (source != null && item.speaker == null) {
          item.speaker = source.speaker;
          item.cue = source.cue;
        }
        if (item.forCandidate && (item.speaker == null || !speakers.contains(key(item.speaker)))) {
          item.speaker = null; // "For Iran, the deal…": not a speaker, the author's analysis
        }
      }
    }

    /** A name ("Jane Roe") or a person's role ("a ministry spokeswoman"), not "the ministry". */
    private static boolean looksLikePerson(String speaker) {
      List<Word> words = QuoteLexicon.lex(speaker, 0, speaker.length());
      if (words.isEmpty()) {
        return false;
      }
      String head = words.get(words.size() - 1).folded();
      if (words.size() == 1 && speaker.equals(speaker.toUpperCase(java.util.Locale.ROOT))) {
        return false; // "EMI", "IRNA": an acronym names an organisation
      }
      return words.get(0).capitalised() && !QuoteLexicon.DETERMINERS.contains(words.get(0).folded())
          || QuoteLexicon.TITLES.contains(head) || QuoteLexicon.PERSON_NOUNS.contains(head);
    }

    private static String key(String speaker) {
      return QuoteLexicon.key(speaker);
    }

    // ---------------------------------------------------------------- lookups

    private int sentenceAt(int offset) {
      int lo = 0;
      int hi = sentences.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (sentences.get(mid).start() <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    private int paragraphOf(int s) {
      int lo = 0;
      int hi = paragraphs.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (paragraphs.get(mid).lastSentence() < s) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** Words of paragraph p inside [from, to). */
    private List<Word> wordsIn(int p, int from, int to) {
      List<Word> words = paragraphs.get(p).words();
      int lo = 0;
      int hi = words.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (words.get(mid).start() < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int end = lo;
      while (end < words.size() && words.get(end).end() <= to) {
        end++;
      }
      return words.subList(lo, end);
    }

    private static boolean hasWord(List<Word> words) {
      for (Word w : words) {
        if (!w.punct()) {
          return true;
        }
      }
      return false;
    }
  }
}
