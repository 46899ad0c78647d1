package crosscheck.reuse.quotes;

import crosscheck.model.Sentence;
import crosscheck.reuse.quotes.QuoteLexicon.Word;
import crosscheck.reuse.quotes.SpeakerMatch.Strength;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 2 of {@link QuoteAttributor}: the speaker each quotation's own text gives it, by the sieves
 * of {@link AttributionPatterns} in order of trust. A speaker named right after the quotation
 * ({@code “…,” Roe said}) wins; then one named before it ({@code Roe said: “…”}), so that a
 * source's report ({@code “…,” the BBC reported}) yields to a speaker named before the quotation;
 * then the source; then, when the quotation closes its sentence, the next sentence if it is only an
 * attribution ({@code “…” Roe added.}); last, the reported-speech pattern of a sentence holding a
 * short quotation ({@code … “reforms” are needed, the IMF said.}, {@link ReportedSpeech}). The
 * parts of a quotation continued over paragraphs are linked into one chain, to get one speaker.
 */
final class QuotationSieves {

  private final QuoteDocument doc;
  private final QuotationScanner scanner;
  private final AttributionPatterns patterns;
  private final ReportedSpeech reported;

  QuotationSieves(
      QuoteDocument doc,
      QuotationScanner scanner,
      AttributionPatterns patterns,
      ReportedSpeech reported) {
    this.doc = doc;
    this.scanner = scanner;
    this.patterns = patterns;
    this.reported = reported;
  }

  /** A draft per quotation, in text order, the parts of a continued quotation sharing a chain. */
  List<AttributionDraft> drafts(List<List<Quotation>> quotes) {
    List<AttributionDraft> items = new ArrayList<>();
    int chains = 0;
    int openChain = -1;
    for (int p = 0; p < doc.paragraphs.size(); p++) {
      List<Quotation> qs = quotes.get(p);
      for (int k = 0; k < qs.size(); k++) {
        Quotation q = qs.get(k);
        AttributionDraft item =
            draft(p, q, k > 0 ? qs.get(k - 1) : null, k + 1 < qs.size() ? qs.get(k + 1) : null);
        if (k == 0 && openChain >= 0 && q.open() == doc.paragraphs.get(p).start()) {
          item.chain = openChain;
        }
        openChain = -1;
        if (q.close() < 0 && k == qs.size() - 1 && scanner.continuesInNext(p, quotes)) {
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
    return items;
  }

  /** The draft of quotation q of paragraph p, between its neighbours in the paragraph. */
  private AttributionDraft draft(int p, Quotation q, Quotation previous, Quotation next) {
    int openSentence = doc.sentenceAt(q.open());
    int beforeFrom =
        Math.max(
            doc.sentences.get(openSentence).start(), previous == null ? 0 : previous.close() + 1);
    List<Word> before = doc.wordsIn(p, beforeFrom, q.open());
    SpeakerMatch trailing = null;
    SpeakerMatch nextSentence = null;
    if (q.close() >= 0) {
      int closeSentence = doc.sentenceAt(q.close());
      int afterTo =
          Math.min(
              doc.sentences.get(closeSentence).end(),
              next == null ? Integer.MAX_VALUE : next.open());
      List<Word> after = doc.wordsIn(p, q.close() + 1, afterTo);
      if (QuoteLexicon.hasWord(after)) {
        trailing = patterns.speakerAfter(after, false);
      } else if (closeSentence + 1 <= doc.paragraphs.get(p).lastSentence()) {
        Sentence following = doc.sentences.get(closeSentence + 1);
        int to = Math.min(following.end(), next == null ? Integer.MAX_VALUE : next.open());
        if (next == null || next.open() > following.start()) {
          nextSentence = patterns.speakerAfter(doc.wordsIn(p, following.start(), to), true);
        }
      }
    }
    SpeakerMatch leading = patterns.speakerBefore(before);
    SpeakerMatch match = best(trailing, leading, nextSentence);
    if (match == null && q.close() >= 0 && doc.sentenceAt(q.close()) == openSentence) {
      match = reported.sentenceMatch(openSentence); // "… “reforms” are needed, the IMF said."
    }
    return new AttributionDraft(
        q.contentStart(),
        q.contentEnd(),
        p,
        openSentence,
        true,
        !QuoteLexicon.hasWord(before),
        match);
  }

  private static SpeakerMatch best(
      SpeakerMatch trailing, SpeakerMatch leading, SpeakerMatch nextSentence) {
    if (trailing != null && trailing.strength() == Strength.SPEAKER_AFTER) {
      return trailing;
    }
    if (leading != null) {
      return leading;
    }
    return trailing != null ? trailing : nextSentence;
  }
}
