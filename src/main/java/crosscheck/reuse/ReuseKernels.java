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
import crosscheck.text.Folding;
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
   * The units compared for paraphrase and translation: every kept sentence with words, and every
   * kept paragraph of 2 to {@value #MAX_PARAGRAPH_SENTENCES} sentences as a whole (its id is {@code
   * -1 - paragraph}), because a rewrite often merges or splits sentences.
   */
  static List<SentenceUnit> units(SegmentedDocument d) {
    List<SentenceUnit> out = new ArrayList<>();
    List<Sentence> paragraph = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      if (!s.kept() || s.tokens().isEmpty()) continue;
      out.add(
          new SentenceUnit(
              d.doc(),
              s.index(),
              s.paragraph(),
              s.start(),
              s.end(),
              s.language(),
              d.text().substring(s.start(), s.end()),
              s.tokens()));
      if (!paragraph.isEmpty() && paragraph.get(0).paragraph() != s.paragraph()) {
        addParagraph(d, paragraph, out);
        paragraph.clear();
      }
      paragraph.add(s);
    }
    addParagraph(d, paragraph, out);
    return out;
  }

  private static void addParagraph(
      SegmentedDocument d, List<Sentence> sentences, List<SentenceUnit> out) {
    if (sentences.size() < 2 || sentences.size() > MAX_PARAGRAPH_SENTENCES) return;
    String language = sentences.get(0).language();
    if (sentences.stream().anyMatch(s -> !s.language().equals(language))) return;
    List<Token> tokens = new ArrayList<>();
    sentences.forEach(s -> tokens.addAll(s.tokens()));
    Sentence first = sentences.get(0);
    Sentence last = sentences.get(sentences.size() - 1);
    out.add(
        new SentenceUnit(
            d.doc(),
            -1 - first.paragraph(),
            first.paragraph(),
            first.start(),
            last.end(),
            language,
            d.text().substring(first.start(), last.end()),
            tokens));
  }

  /** Each shingle of a document's kept sentences once (shingles do not cross sentences). */
  static List<ReuseStage.DocumentKey> shinglePostings(SegmentedDocument d, int n) {
    java.util.Set<Long> keys = new java.util.LinkedHashSet<>();
    for (Sentence s : d.sentences()) {
      if (s.kept()) keys.addAll(IndexKeys.shingles(s.tokens(), n));
    }
    List<ReuseStage.DocumentKey> out = new ArrayList<>(keys.size());
    for (long key : keys) out.add(new ReuseStage.DocumentKey(key, d.doc()));
    return out;
  }

  /** The content-term and anchor postings of every unit of a document. */
  static List<Posting> termPostings(SegmentedDocument d) {
    List<Posting> out = new ArrayList<>();
    for (SentenceUnit u : units(d)) out.addAll(termPostings(u));
    return out;
  }

  static List<Posting> termPostings(SentenceUnit u) {
    List<Posting> out = new ArrayList<>();
    for (String term : IndexKeys.contentTerms(u.tokens())) {
      out.add(new Posting(IndexKeys.hash("t:" + term), u.doc(), u.sentence(), u.language(), false));
    }
    for (String anchor : TranslationMatcher.anchors(sentenceText(u))) {
      out.add(
          new Posting(IndexKeys.hash("a:" + anchor), u.doc(), u.sentence(), u.language(), true));
    }
    return out;
  }

  /** The units of a document that candidates name. */
  static List<SentenceUnit> wantedUnits(ReuseStage.WantedUnits w) {
    java.util.Set<Integer> wanted = new java.util.HashSet<>(w.sentences());
    List<SentenceUnit> out = new ArrayList<>(wanted.size());
    for (SentenceUnit u : units(w.document())) if (wanted.contains(u.sentence())) out.add(u);
    return out;
  }

  /** A document slimmed to what the aligner reads. */
  static ReuseStage.AlignDocument alignDocument(SegmentedDocument d) {
    return new ReuseStage.AlignDocument(
        d.doc(), d.meta() == null ? null : d.meta().outlet(), d.text(), keptTokens(d));
  }

  /** As {@link #alignDocument}; a document the kernel fails on aligns with nothing (logged). */
  static ReuseStage.AlignDocument alignDocumentOrEmpty(SegmentedDocument d) {
    List<ReuseStage.AlignDocument> one =
        KernelGuard.orNone(d.doc(), "alignment", () -> List.of(alignDocument(d)));
    return one.isEmpty()
        ? new ReuseStage.AlignDocument(d.doc(), null, d.text(), List.of())
        : one.get(0);
  }

  static SentenceText sentenceText(SentenceUnit u) {
    return new SentenceText(u.text(), u.start(), u.end(), u.language(), u.tokens());
  }

  /** Every pair of documents sharing a shingle, the smaller id first. */
  static List<CandidatePair> documentPairs(KeyDocs k) {
    List<String> docs = k.docs().stream().sorted().toList();
    List<CandidatePair> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++)
        out.add(new CandidatePair(docs.get(i), -1, docs.get(j), -1, false));
    }
    return out;
  }

  /**
   * Every pair of sentences sharing a key: across documents, or inside one document when the two
   * are in different languages (an article carrying its own translation).
   */
  static List<SharedKey> sentencePairs(KeySentences k, boolean withinDocument) {
    List<SentenceRef> refs =
        k.sentences().stream()
            .sorted(Comparator.comparing(SentenceRef::doc).thenComparingInt(SentenceRef::sentence))
            .toList();
    List<SharedKey> out = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      for (int j = i + 1; j < refs.size(); j++) {
        SentenceRef a = refs.get(i);
        SentenceRef b = refs.get(j);
        boolean cross = !a.language().equals(b.language());
        if (a.doc().equals(b.doc()) && !(withinDocument && cross)) continue;
        // Anchors only count across languages (ReuseStage.sentenceCandidates).
        if (k.anchor() && !cross) continue;
        out.add(
            new SharedKey(
                a.doc(),
                a.sentence(),
                b.doc(),
                b.sentence(),
                cross,
                k.anchor() ? 0 : 1,
                k.anchor() ? 1 : 0));
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

  static boolean sameOutlet(ReuseStage.AlignDocument a, ReuseStage.AlignDocument b) {
    String x = a.outlet();
    String y = b.outlet();
    return x != null && y != null && Folding.fold(x).equals(Folding.fold(y));
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** Aligns two documents into copied passages (verbatim or near-verbatim). */
  static final class Copies implements Serializable {
    private final PassageAligner.AlignParams params;
    private final boolean sameOutlet;

    Copies(ReuseConfig c) {
      this.params =
          new PassageAligner.AlignParams(
              c.seedLength(),
              c.maxGap(),
              c.minMatchedWords(),
              c.minSimilarity(),
              c.maxShingleDocuments());
      this.sameOutlet = c.sameOutlet();
    }

    List<PassagePair> align(DocumentPair pair) {
      ReuseStage.AlignDocument a = pair.a();
      ReuseStage.AlignDocument b = pair.b();
      if (!sameOutlet && sameOutlet(a, b)) return List.of();
      List<PassagePair> out = new ArrayList<>();
      for (PassageAligner.AlignedPassage p :
          PassageAligner.align(a.text(), a.tokens(), b.text(), b.tokens(), params)) {
        out.add(
            new PassagePair(
                a.doc(),
                p.aStart(),
                p.aEnd(),
                a.text().substring(p.aStart(), p.aEnd()),
                b.doc(),
                p.bStart(),
                p.bEnd(),
                b.text().substring(p.bStart(), p.bEnd()),
                p.kind(),
                round(p.similarity()),
                p.edits()));
      }
      return out;
    }
  }

  /** Unit embeddings, a batch at a time (the model is much faster on batches). */
  static List<ReuseStage.EmbeddedUnit> embed(List<SentenceUnit> batch) {
    List<float[]> vectors =
        SentenceEmbedder.embedAll(batch.stream().map(SentenceUnit::text).toList());
    List<ReuseStage.EmbeddedUnit> out = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      SentenceUnit u = batch.get(i);
      out.add(
          new ReuseStage.EmbeddedUnit(
              u.doc(), u.sentence(), u.start(), u.end(), u.text(), u.tokens(), vectors.get(i)));
    }
    return out;
  }

  /**
   * As {@link #embed}; when the model fails on a batch, each unit is embedded alone, and a unit it
   * fails on is left out of the paraphrase check (logged).
   */
  static List<ReuseStage.EmbeddedUnit> embedEach(List<SentenceUnit> batch) {
    List<ReuseStage.EmbeddedUnit> all =
        KernelGuard.orNone(batch.get(0).doc(), "embedding a batch", () -> embed(batch));
    if (!all.isEmpty() || batch.size() == 1) return all;
    List<ReuseStage.EmbeddedUnit> out = new ArrayList<>(batch.size());
    for (SentenceUnit u : batch) {
      out.addAll(KernelGuard.orNone(u.doc(), "the paraphrase check", () -> embed(List.of(u))));
    }
    return out;
  }

  /** Judges candidate sentence pairs: paraphrase in one language, translation across two. */
  static final class Rewordings implements Serializable {
    private final double paraphraseThreshold;
    private final double translationThreshold;
    private transient ParaphraseScorer paraphrases;
    private transient TranslationMatcher translations;

    Rewordings(ReuseConfig c) {
      this.paraphraseThreshold = c.paraphraseThreshold();
      // Pairs below the threshold but in reach of a run go to the driver (TranslationRuns).
      this.translationThreshold = Math.min(c.translationThreshold(), c.translationRunThreshold());
    }

    /** A pair of one language worth asking the embedding model about, or none. */
    List<CandidatePair> gate(UnitPair p) {
      double overlap = ParaphraseScorer.ParaphraseParams.DEFAULTS.minLexicalOverlap();
      if (!ParaphraseScorer.plausible(p.a().tokens(), p.b().tokens(), overlap)) return List.of();
      return List.of(
          new CandidatePair(p.a().doc(), p.a().sentence(), p.b().doc(), p.b().sentence(), false));
    }

    List<PassagePair> paraphrase(ReuseStage.EmbeddedPair p) {
      if (paraphrases == null) {
        paraphrases =
            new ParaphraseScorer(
                new ParaphraseScorer.ParaphraseParams(
                    paraphraseThreshold,
                    ParaphraseScorer.ParaphraseParams.DEFAULTS.minLexicalOverlap()));
      }
      ReuseStage.EmbeddedUnit a = p.a();
      ReuseStage.EmbeddedUnit b = p.b();
      double score =
          paraphrases.score(a.text(), a.tokens(), a.vector(), b.text(), b.tokens(), b.vector());
      ParaphraseClauses.Best best =
          score >= paraphraseThreshold
              ? new ParaphraseClauses.Best(score, text(a), text(b))
              : ParaphraseClauses.best(
                  paraphrases,
                  text(a),
                  a.vector(),
                  text(b),
                  b.vector(),
                  score,
                  SentenceEmbedder::embed);
      if (best.score() < paraphraseThreshold) return List.of();
      return List.of(
          new PassagePair(
              a.doc(),
              best.a().start(),
              best.a().end(),
              best.a().text(),
              b.doc(),
              best.b().start(),
              best.b().end(),
              best.b().text(),
              "paraphrase",
              round(best.score()),
              List.of()));
    }

    private static SentenceText text(ReuseStage.EmbeddedUnit u) {
      return new SentenceText(u.text(), u.start(), u.end(), "und", u.tokens());
    }

    List<PassagePair> translation(UnitPair p) {
      if (translations == null) translations = new TranslationMatcher();
      double score = translations.score(sentenceText(p.a()), sentenceText(p.b()));
      if (score < translationThreshold) return List.of();
      SentenceUnit a = p.a();
      SentenceUnit b = p.b();
      return List.of(
          new PassagePair(
              a.doc(),
              a.start(),
              a.end(),
              a.text(),
              b.doc(),
              b.start(),
              b.end(),
              b.text(),
              "translation",
              round(score),
              List.of()));
    }
  }
}
