package crosscheck.reuse.quotes;

import crosscheck.reuse.quotes.QuoteLexicon.Word;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Step 4 of {@link QuoteAttributor}: the speaker of every draft, in four passes over the drafts in
 * text order.
 *
 * <ol>
 *   <li>Forwards: a pattern's speaker is taken as found; a pronoun stands for the most recent
 *       speaker ("he"/"she" and a Spanish subjectless verb for the most recent person, never "the
 *       ministry"; for reported speech only inside its paragraph); a quotation opening its sentence
 *       without a pattern keeps the speaker of an earlier attribution of the paragraph ({@code “A,”
 *       Roe said. “B.”}).
 *   <li>Backwards: a quotation still without a speaker takes that of the next quotation, in its
 *       sentence or the next one ({@code “A.” “B,” Roe said.}).
 *   <li>The parts of a quotation continued over paragraphs share the speaker of the first part that
 *       has one.
 *   <li>"For X, …" keeps X only when X is a speaker elsewhere in the document.
 * </ol>
 */
final class SpeakerResolution {

  /** The cue of a speaker found through a pronoun. */
  private static final String PRONOUN_CUE = "pronoun";

  private SpeakerResolution() {}

  /** Sets {@code speaker} and {@code cue} of the drafts, sorted by start. */
  static void resolve(List<AttributionDraft> drafts) {
    Set<String> speakers = carryForward(drafts);
    takeFromNextQuotation(drafts);
    joinContinuedQuotations(drafts);
    keepForOnlyForSpeakers(drafts, speakers);
  }

  /** Pass 1; returns the keys of the speakers named by a pattern (not through a pronoun). */
  private static Set<String> carryForward(List<AttributionDraft> items) {
    Set<String> speakers = new HashSet<>();
    String lastNamed = null;
    int lastNamedParagraph = -1;
    String lastPerson = null;
    int lastPersonParagraph = -1;
    AttributionDraft lastSpoken = null; // the latest draft with a speaker, not "For X"
    for (int k = 0; k < items.size(); k++) {
      AttributionDraft item = items.get(k);
      SpeakerMatch m = item.match;
      if (m != null && !m.pronoun()) {
        item.speaker = m.speaker();
        item.cue = m.cue();
      } else if (m != null) {
        // "he"/"she" and a Spanish subjectless verb stand for a person, not "the ministry".
        boolean person =
            m.speaker() == null
                || QuoteLexicon.PERSON_PRONOUNS.contains(QuoteLexicon.key(m.speaker()));
        String recent = person ? lastPerson : lastNamed;
        int recentParagraph = person ? lastPersonParagraph : lastNamedParagraph;
        // Reported speech is rarer than quotation after a pronoun: stay inside the paragraph.
        String named = item.quoted || recentParagraph == item.paragraph ? recent : null;
        item.speaker = named;
        item.cue = named == null ? null : PRONOUN_CUE;
      } else if (item.quoted
          && item.opensSentence
          && lastSpoken != null
          && lastSpoken.paragraph == item.paragraph) {
        item.speaker = lastSpoken.speaker;
        item.cue = lastSpoken.cue;
      }
      if (item.speaker != null && !item.forCandidate) {
        lastSpoken = item;
        lastNamed = item.speaker;
        lastNamedParagraph = item.paragraph;
        if (looksLikePerson(item.speaker)) {
          lastPerson = item.speaker;
          lastPersonParagraph = item.paragraph;
        }
        if (m != null && !m.pronoun()) {
          speakers.add(QuoteLexicon.key(item.speaker));
        }
      }
    }
    return speakers;
  }

  /** Pass 2: "“A.” “B,” Roe said." gives A the speaker of B. */
  private static void takeFromNextQuotation(List<AttributionDraft> items) {
    for (int k = items.size() - 2; k >= 0; k--) {
      AttributionDraft item = items.get(k);
      AttributionDraft next = items.get(k + 1);
      if (item.quoted
          && item.speaker == null
          && item.match == null
          && next.quoted
          && (item.opensSentence || next.sentence == item.sentence)
          && next.paragraph == item.paragraph
          && next.sentence - item.sentence <= 1
          && next.speaker != null) {
        item.speaker = next.speaker;
        item.cue = next.cue;
      }
    }
  }

  /** Pass 3: every part of a continued quotation gets the speaker of its first part with one. */
  private static void joinContinuedQuotations(List<AttributionDraft> items) {
    Map<Integer, AttributionDraft> chainSpeaker = new LinkedHashMap<>();
    for (AttributionDraft item : items) {
      if (item.chain >= 0 && item.speaker != null) {
        chainSpeaker.putIfAbsent(item.chain, item);
      }
    }
    for (AttributionDraft item : items) {
      AttributionDraft source = item.chain >= 0 ? chainSpeaker.get(item.chain) : null;
      if (source != null && item.speaker == null) {
        item.speaker = source.speaker;
        item.cue = source.cue;
      }
    }
  }

  /** Pass 4: "For X, …" attributes only when X is a speaker elsewhere in the document. */
  private static void keepForOnlyForSpeakers(List<AttributionDraft> items, Set<String> speakers) {
    for (AttributionDraft item : items) {
      if (item.forCandidate
          && (item.speaker == null || !speakers.contains(QuoteLexicon.key(item.speaker)))) {
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
    if (words.size() == 1 && speaker.equals(speaker.toUpperCase(Locale.ROOT))) {
      return false; // "EMI", "IRNA": an acronym names an organisation
    }
    return words.get(0).capitalised() && !QuoteLexicon.DETERMINERS.contains(words.get(0).folded())
        || QuoteLexicon.TITLES.contains(head)
        || QuoteLexicon.PERSON_NOUNS.contains(head);
  }
}
