package crosscheck.reuse.quotes;

import crosscheck.model.Sentence;
import crosscheck.model.Span;
import crosscheck.text.ParagraphSplitter;
import crosscheck.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/** Sentences of a test text as segmentation gives them (all kept, no tokens: not needed here). */
final class AttributionFixtures {

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private AttributionFixtures() {}

  static List<Sentence> sentences(String text, String language) {
    List<Sentence> sentences = new ArrayList<>();
    List<Span> paragraphs = ParagraphSplitter.split(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      for (Span s : SPLITTER.split(text, paragraphs.get(p), language)) {
        sentences.add(
            new Sentence(sentences.size(), p, s.start(), s.end(), language, true, List.of()));
      }
    }
    return sentences;
  }
}
