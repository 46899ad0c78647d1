package crosscheck.reuse;

import crosscheck.model.SegmentedDocument;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Package access for {@code bench.RealNewsTranslations}: units, anchors and score factors. */
public final class TranslationProbe {
  private TranslationProbe() {}

  /** The sentence units (not paragraphs) of a document. */
  public static List<SentenceUnit> sentences(SegmentedDocument d) {
    return ReuseKernels.units(d).stream().filter(u -> u.sentence() >= 0).toList();
  }

  public static SentenceText text(SentenceUnit u) {
    return ReuseKernels.sentenceText(u);
  }

  /** The anchors two units share. */
  public static Set<String> sharedAnchors(SentenceUnit a, SentenceUnit b) {
    Set<String> shared = new TreeSet<>(TranslationMatcher.anchors(text(a)));
    shared.retainAll(TranslationMatcher.anchors(text(b)));
    return shared;
  }

  /** The score and the factors it is made of. */
  public static String explain(SentenceUnit a, SentenceUnit b) {
    TranslationScore s = TranslationMatcher.scoreWithFactors(text(a), text(b));
    return String.format(
            "score %.2f content %.2f anchors %d/%d penalty %.2f length %.2f monotone %.2f",
            s.value(),
            s.content(),
            s.anchorsMatched(),
            s.anchorsTotal(),
            s.penalty(),
            s.lengthFit(),
            s.monotone())
        + (Boolean.getBoolean("probe.pairing") && s.pairing() != null
            ? s.pairing().toString()
            : "");
  }

  /**
   * The factors as tab-separated numbers: score content anchorsMatched anchorsTotal penalty length
   * monotone evidence.
   */
  public static String factors(SentenceUnit a, SentenceUnit b) {
    TranslationScore s = TranslationMatcher.scoreWithFactors(text(a), text(b));
    return String.join(
        "\t",
        String.format("%.4f", s.value()),
        String.format("%.4f", s.content()),
        String.valueOf(s.anchorsMatched()),
        String.valueOf(s.anchorsTotal()),
        String.format("%.4f", s.penalty()),
        String.format("%.4f", s.lengthFit()),
        String.format("%.4f", s.monotone()),
        String.format("%.4f", s.evidence()));
  }

  public static double score(SentenceUnit a, SentenceUnit b) {
    return TranslationMatcher.scoreWithFactors(text(a), text(b)).value();
  }
}
