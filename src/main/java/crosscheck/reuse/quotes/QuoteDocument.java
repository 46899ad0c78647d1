package crosscheck.reuse.quotes;

import crosscheck.model.Sentence;
import crosscheck.reuse.quotes.QuoteLexicon.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What every step of {@link QuoteAttributor} reads of one document: its kept sentences in text
 * order with their words, its paragraphs (runs of kept sentences), and its names ({@link
 * NameResolver}). Only kept sentences count, so dropped boilerplate never lends a speaker. Built
 * once per document; not changed afterwards.
 */
final class QuoteDocument {

  /** Consecutive kept sentences of one paragraph and their words. */
  record Paragraph(int firstSentence, int lastSentence, int start, int end, List<Word> words) {}

  final String text;
  final List<Sentence> sentences = new ArrayList<>();
  final List<List<Word>> sentenceWords = new ArrayList<>();
  final List<Paragraph> paragraphs = new ArrayList<>();
  final NameResolver names;

  /** Kept sentences not read because the document's quotation marks ran over the budget. */
  final int sentencesLeftOut;

  QuoteDocument(String text, List<Sentence> all) {
    this(text, all, Integer.MAX_VALUE);
  }

  /**
   * @param maxMarks quotation marks read at most: the sentences from the one that passes it on are
   *     left out, so that a document of tens of thousands of marks costs no more than this many
   */
  QuoteDocument(String text, List<Sentence> all, int maxMarks) {
    this.text = text;
    List<Sentence> kept = new ArrayList<>();
    for (Sentence s : all) {
      if (s.kept() && s.end() > s.start()) {
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparingInt(Sentence::start));
    long marks = 0;
    for (Sentence s : kept) {
      marks += QuotationScanner.marksIn(text, s.start(), s.end());
      if (marks > maxMarks) break;
      sentences.add(s);
    }
    this.sentencesLeftOut = kept.size() - sentences.size();
    for (Sentence s : sentences) {
      sentenceWords.add(QuoteLexicon.lex(text, s.start(), s.end()));
    }
    int first = 0;
    for (int i = 1; i <= sentences.size(); i++) {
      if (i == sentences.size()
          || sentences.get(i).paragraph() != sentences.get(first).paragraph()) {
        List<Word> words = new ArrayList<>();
        for (int k = first; k < i; k++) {
          words.addAll(sentenceWords.get(k));
        }
        paragraphs.add(
            new Paragraph(
                first, i - 1, sentences.get(first).start(), sentences.get(i - 1).end(), words));
        first = i;
      }
    }
    this.names = new NameResolver(text, sentenceWords);
  }

  /** The last kept sentence starting at or before {@code offset}. */
  int sentenceAt(int offset) {
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

  /** The paragraph of kept sentence {@code s}. */
  int paragraphOf(int s) {
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
  List<Word> wordsIn(int p, int from, int to) {
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
}
