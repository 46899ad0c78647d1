package crosscheck.reuse.quotes;

import crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds quotations and reported speech in a document and the speaker the text gives them, in the
 * manner of the sieves of Muzny et al. (2017) and CoreNLP's quote attributor: exact quote–verb–name
 * patterns first, looser ones after, then the speaker carried over to the quotations that follow in
 * the same paragraph. One class per step:
 *
 * <ol>
 *   <li>Quotations per paragraph, from their marks, apostrophes told apart; a quotation left open
 *       at the paragraph end continues in the next paragraph when that one opens with a quotation
 *       mark, each paragraph's part reported separately ({@link QuotationScanner}).
 *   <li>The speaker each quotation's sentence names after or before it, or the next sentence when
 *       it is only an attribution ({@link QuotationSieves} with the patterns of {@link
 *       AttributionPatterns} and the speaker phrases of {@link SpeakerPhrases}).
 *   <li>Reported speech in the sentences without a quotation: {@code According to X, …}, {@code X
 *       said that …}, {@code …, said X} ({@link ReportedSpeech}; quoted = false).
 *   <li>Speakers through pronouns, earlier and later quotations of the paragraph, continued
 *       quotations, and the check of "For X, …" ({@link SpeakerResolution}).
 * </ol>
 *
 * <p>Speakers: a person's name resolved to the document's full name by {@link NameResolver}; an
 * organisation or a description without a name as written ("the ministry", "security experts").
 * Only kept sentences are read ({@link QuoteDocument}). Word lists: {@link QuoteLexicon}. Stateless
 * and thread-safe.
 */
public final class QuoteAttributor {

  /**
   * Words attributed to a speaker.
   *
   * @param start char offset of the attributed words (the quotation's content without its marks and
   *     trailing comma, or the reported sentence without its attribution)
   * @param speaker the resolved full name, or the speaker as written; null when unknown
   * @param cue the verb or construction as written in lowercase ("said", "dijo", "according to",
   *     "según", "for", "para"), "pronoun" for a speaker found through a pronoun; null when unknown
   * @param quoted true for a quotation, false for reported speech
   */
  public record Attribution(int start, int end, String speaker, String cue, boolean quoted) {}

  private QuoteAttributor() {}

  /**
   * Attributions of a document, and how many of its kept sentences were not read for them.
   *
   * @param sentencesLeftOut kept sentences after the document's first {@code 2 × maxQuotes}
   *     quotation marks, which are not read
   */
  public record Attributed(List<Attribution> attributions, int sentencesLeftOut) {}

  /** Attributions of the document, in text order. */
  public static List<Attribution> attribute(String text, List<Sentence> sentences) {
    return attribute(text, sentences, Integer.MAX_VALUE / 2).attributions();
  }

  /**
   * Attributions of the document's sentences up to its first {@code maxQuotes} quotations (two
   * marks each): the work of the speaker patterns grows with the quotations, and a text of tens of
   * thousands of marks is no news story to attribute in full.
   */
  public static Attributed attribute(String text, List<Sentence> sentences, int maxQuotes) {
    QuoteDocument doc = new QuoteDocument(text, sentences, 2 * maxQuotes);
    SpeakerPhrases phrases = new SpeakerPhrases(doc);
    AttributionPatterns patterns = new AttributionPatterns(phrases);
    ReportedSpeech reported = new ReportedSpeech(doc, phrases, patterns);
    QuotationScanner scanner = new QuotationScanner(doc);

    List<List<Quotation>> quotes = scanner.scan();
    List<AttributionDraft> drafts =
        new QuotationSieves(doc, scanner, patterns, reported).drafts(quotes);
    boolean[] quoted = scanner.sentencesWithQuotes(quotes);
    for (int s = 0; s < doc.sentences.size(); s++) {
      if (!quoted[s]) {
        AttributionDraft draft = reported.draft(s);
        if (draft != null) {
          drafts.add(draft);
        }
      }
    }
    drafts.sort(Comparator.comparingInt((AttributionDraft d) -> d.start));
    SpeakerResolution.resolve(drafts);

    List<Attribution> out = new ArrayList<>();
    for (AttributionDraft d : drafts) {
      if (!d.quoted && d.speaker == null) {
        continue; // reported speech without a speaker is no attribution
      }
      out.add(new Attribution(d.start, d.end, d.speaker, d.cue, d.quoted));
    }
    return new Attributed(out, doc.sentencesLeftOut);
  }

  /**
   * The speaker whose attributions cover the largest part of [start, end), when they cover at least
   * half of it; else null.
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
}
