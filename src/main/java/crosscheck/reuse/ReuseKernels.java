package crosscheck.reuse;

import crosscheck.config.ReuseConfig;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import crosscheck.model.Token;
import crosscheck.reuse.ReuseStage.DocumentPair;
import crosscheck.reuse.ReuseStage.KeyDocs;
import crosscheck.reuse.ReuseStage.KeySentences;
import crosscheck.reuse.ReuseStage.SentenceRef;
import crosscheck.reuse.ReuseStage.SharedKey;
import crosscheck.reuse.ReuseStage.UnitPair;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The plain-Java steps the reuse stage runs on the executors. */
final class ReuseKernels {
  private ReuseKernels() {}

  /** Paragraphs of more sentences than this are not compared as one unit. */
  static final int MAX_PARAGRAPH_SENTENCES = 6;

  /**
   * The units compared for paraphrase and translation: every kept sentence with words, and every kept
   * paragraph of 2 to {@value #MAX_PARAGRAPH_SENTENCES} sentences as a whole (its id is
   * {@code -1 - paragraph}), because a rewrite often merges or splits sentences.
   */
  static List<SentenceUnit> units(SegmentedDocument d) {
    List<SentenceUnit> out = new ArrayList<>();
    List<Sentence> paragraph = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      if (!s.kept() || s.tokens().isEmpty()) continue;
      out.add(new SentenceUnit(d.doc(), s.index(), s.paragraph(), s.start(), s.end(), s.language(),
          d.text().substring(s.start(), s.end()), s.tokens()));
      if (!paragraph.isEmpty() && paragraph.get(0).paragraph() != s.paragraph()) {
        addParagraph(d, paragraph, out);
        paragraph.clear();
      }
      paragraph.add(s);
    }
    addParagraph(d, paragraph, out);
    return out;
  }

  private static void addParagraph(SegmentedDocument d, List<Sentence> sentences, List<SentenceUnit> out) {
    if (sentences.size() < 2 || sentences.size() > MAX_PARAGRAPH_SENTENCES) return;
    String language = sentences.get(0).language();
    if (sentences.stream().anyMatch(s -> !s.language().equals(language))) return;
    List<Token> tokens = new ArrayList<>();
    sentences.forEach(s -> tokens.addAll(s.tokens()));
    Sentence first = sentences.get(0);
    Sentence last = sentences.get(sentences.size() - 1);
    out.add(new SentenceUnit(d.doc(), -1 - first.paragraph(), first.paragraph(), first.start(), last.end(),
        language, d.text().substring(first.start(), last.end()), tokens));
  }

  static List<Posting> shinglePostings(SentenceUnit u, int n) {
    List<Posting> out = new ArrayList<>();
    if (u.sentence() < 0) return out; // paragraphs repeat their sentences' shingles
    for (long key : IndexKeys.shingles(u.tokens(), n)) {
      out.add(new Posting(key, u.doc(), u.sentence(), u.language(), false));
    }
    return out;
  }

  static List<Posting> termPostings(SentenceUnit u) {
    List<Posting> out = new ArrayList<>();
    for (String term : IndexKeys.contentTerms(u.tokens())) {
      out.add(new Posting(IndexKeys.hash("t:" + term), u.doc(), u.sentence(), u.language(), false));
    }
    for (String anchor : TranslationMatcher.anchors(sentenceText(u))) {
      out.add(new Posting(IndexKeys.hash("a:" + anchor), u.doc(), u.sentence(), u.language(), true));
    }
    return out;
  }

  static TranslationMatcher.SentenceText sentenceText(SentenceUnit u) {
    return new TranslationMatcher.SentenceText(u.text(), u.start(), u.end(), u.language(), u.tokens());
  }

  /** Every pair of documents sharing a shingle, the smaller id first. */
  static List<CandidatePair> documentPairs(KeyDocs k) {
    List<String> docs = k.docs().stream().sorted().toList();
    List<CandidatePair> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) out.add(new CandidatePair(docs.get(i), -1, docs.get(j), -1, false));
    }
    return out;
  }

  /**
   * Every pair of sentences sharing a key: across documents, or inside one document when the two
   * are in different languages (an article carrying its own translation).
   */
  static List<SharedKey> sentencePairs(KeySentences k, boolean withinDocument) {
    List<SentenceRef> refs = k.sentences().stream()
        .sorted(Comparator.comparing(SentenceRef::doc).thenComparingInt(SentenceRef::sentence)).toList();
    List<SharedKey> out = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      for (int j = i + 1; j < refs.size(); j++) {
        SentenceRef a = refs.get(i);
        SentenceRef b = refs.get(j);
        boolean cross = !a.language().equals(b.language());
        if (a.doc().equals(b.doc()) && !(withinDocument && cross)) continue;
        out.add(new SharedKey(a.doc(), a.sentence(), b.doc(), b.sentence(), cross,
            k.anchor() ? 0 : 1, k.anchor() ? 1 : 0));
      }
    }
    return out;
  }

  /** The tokens of a document's kept sentences, in order: what the aligner compares. */
  static List<Token> keptTokens(SegmentedDocument d) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : d.sentences()) if (s.kept()) out.addAll(s.tokens());
    return out;
  }

  static boolean sameOutlet(SegmentedDocument a, SegmentedDocument b) {
    String x = a.meta() == null ? null : a.meta().outlet();
    String y = b.meta() == null ? null : b.meta().outlet();
    return x != null && y != null && crosscheck.text.Tokenizer.fold(x).equals(crosscheck.text.Tokenizer.fold(y));
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** Aligns two documents into copied passages (verbatim or near-verbatim). */
  static final class Copies implements Serializable {
    private final PassageAligner.AlignParams params;
    private final boolean sameOutlet;

    Copies(ReuseConfig c) {
      this.params = new PassageAligner.AlignParams(c.seedLength(), c.maxGap(), c.minMatchedWords(),
          c.minSimilarity(), c.maxShingleDocuments());
      this.sameOutlet = c.sameOutlet();
    }

    List<PassagePair> align(DocumentPair pair) {
      SegmentedDocument a = pair.a();
      SegmentedDocument b = pair.b();
      if (!sameOutlet && sameOutlet(a, b)) return List.of();
      List<PassagePair> out = new ArrayList<>();
      for (PassageAligner.AlignedPassage p :
          PassageAligner.align(a.text(), keptTokens(a), b.text(), keptTokens(b), params)) {
        out.add(new PassagePair(a.doc(), p.aStart(), p.aEnd(), a.text().substring(p.aStart(), p.aEnd()),
            b.doc(), p.bStart(), p.bEnd(), b.text().substring(p.bStart(), p.bEnd()), p.kind(),
            round(p.similarity()), p.edits()));
      }
      return out;
    }
  }

  /** Judges candidate sentence pairs: paraphrase in one language, translation across two. */
  static final class Rewordings implements Serializable {
    private final double paraphraseThreshold;
    private final double translationThreshold;
    private transient ParaphraseScorer paraphrases;
    private transient TranslationMatcher translations;

    Rewordings(ReuseConfig c) {
      this.paraphraseThreshold = c.paraphraseThreshold();
      this.translationThreshold = c.translationThreshold();
    }

    List<PassagePair> score(List<UnitPair> batch) {
      if (paraphrases == null) {
        paraphrases = new ParaphraseScorer(new ParaphraseScorer.ParaphraseParams(paraphraseThreshold,
            ParaphraseScorer.ParaphraseParams.DEFAULTS.minLexicalOverlap()));
        translations = new TranslationMatcher();
      }
      double overlap = ParaphraseScorer.ParaphraseParams.DEFAULTS.minLexicalOverlap();
      List<PassagePair> out = new ArrayList<>();
      List<UnitPair> sameLanguage = new ArrayList<>();
      for (UnitPair p : batch) {
        SentenceUnit a = p.a();
        SentenceUnit b = p.b();
        if (a.language().equals(b.language())) {
          // The cheap lexical gate decides whether the embedding model is asked at all.
          if (ParaphraseScorer.plausible(a.tokens(), b.tokens(), overlap)) sameLanguage.add(p);
        } else {
          double score = translations.score(sentenceText(a), sentenceText(b));
          if (score >= translationThreshold) out.add(pair(p, "translation", score));
        }
      }
      if (!sameLanguage.isEmpty()) {
        double[] scores = paraphrases.scoreAll(
            sameLanguage.stream().map(p -> p.a().text()).toList(),
            sameLanguage.stream().map(p -> p.a().tokens()).toList(),
            sameLanguage.stream().map(p -> p.b().text()).toList(),
            sameLanguage.stream().map(p -> p.b().tokens()).toList());
        for (int i = 0; i < scores.length; i++) {
          if (scores[i] >= paraphraseThreshold) out.add(pair(sameLanguage.get(i), "paraphrase", scores[i]));
        }
      }
      return out;
    }

    private static PassagePair pair(UnitPair p, String kind, double score) {
      SentenceUnit a = p.a();
      SentenceUnit b = p.b();
      return new PassagePair(a.doc(), a.start(), a.end(), a.text(), b.doc(), b.start(), b.end(), b.text(),
          kind, round(score), List.of());
    }
  }
}
