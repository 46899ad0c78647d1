package crosscheck.reuse;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import crosscheck.config.ReuseConfig;
import crosscheck.model.ReuseFinding;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.StageNotes;
import crosscheck.reuse.KernelGuard.PairOutcome;
import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import crosscheck.spark.PairLimit;
import crosscheck.spark.RecordCodec;
import crosscheck.spark.Stages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Reuse: segmented documents -> {@link PassagePair} rows. Two candidate indexes with
 * document-frequency limits keep it sub-quadratic (passim, Webis-STEREO): a shingle index pairs
 * documents that share copied text, which the aligner turns into passages; a content-word and
 * anchor index pairs sentences that may say the same in other words or another language, which the
 * paraphrase scorer (embeddings, only for these candidates) and the translation matcher judge.
 */
public final class ReuseStage {
  public static final String NAME = "reuse";
  private final ReuseConfig config;

  /**
   * Intermediate datasets read twice (candidates, units, gated pairs), released by {@link
   * #findings}.
   */
  private final List<Dataset<Row>> persisted = new ArrayList<>();

  /** Per document over {@code reuse.max_document_pairs}: the candidate pairs it left out. */
  private Dataset<Row> pairsLeftOut;

  /** The sentence pairs sharing keys, persisted; counted for the log once the pairs are in. */
  private Dataset<Row> sentenceCandidates;

  /** Of {@link #sentenceCandidates}, the pairs of one language the embedding model scored. */
  private Dataset<Row> embeddedCandidates;

  public ReuseStage(ReuseConfig config) {
    this.config = config;
  }

  /**
   * The reused passages of the corpus: passage pairs from the executors, speakers found on the
   * executors in the documents the pairs name, then direction, families and stable ids on the
   * driver ({@link ReuseFindings}). What the stage persisted on the way is released before it
   * returns.
   *
   * @param published publication dates by document, for the direction of reuse
   */
  public Found findings(Dataset<Row> documents, Map<String, String> published) {
    List<PassagePair> pairs = new ArrayList<>();
    StageNotes notes = StageNotes.NONE;
    ScoredPairs scored;
    try {
      for (PairOutcome o : Stages.collect(apply(documents), PairOutcome.class)) {
        if (o.pair() != null) pairs.add(o.pair());
        if (o.notes() != null) notes = notes.plus(o.notes());
      }
      notes = notes.plus(pairLimitNotes());
      scored = scoredPairs();
      pairs = TranslationRuns.keep(pairs, config.translationThreshold());
    } finally {
      persisted.forEach(Dataset::unpersist);
      persisted.clear();
    }
    Map<String, List<Attribution>> attributions = new HashMap<>();
    notes = notes.plus(attributions(documents, pairs, config.maxDocumentQuotes(), attributions));
    return new Found(ReuseFindings.build(pairs, published, attributions), notes, scored);
  }

  /**
   * The reused passages, what the stage could not do fully (a pair it failed to compare, a document
   * it read only in part for speakers), and how many sentence pairs it scored.
   */
  public record Found(List<ReuseFinding> findings, StageNotes notes, ScoredPairs scored) {}

  /**
   * The sentence pairs the stage scored, what its cost grows with: pairs of one language sharing
   * content words, of which {@code embedded} went to the embedding model, and pairs of two
   * languages the translation matcher compared.
   */
  public record ScoredPairs(long sameLanguage, long embedded, long crossLanguage) {

    /** "N sentence pairs scored (…)", with the pairs per document of the corpus. */
    public String describe(long documents) {
      long all = sameLanguage + crossLanguage;
      return String.format(
          "%,d sentence pairs scored (%.1f per document): %,d of one language (%,d embedded),"
              + " %,d across languages",
          all,
          documents == 0 ? 0.0 : (double) all / documents,
          sameLanguage,
          embedded,
          crossLanguage);
    }
  }

  /** The candidates counted in one pass over the persisted dataset, and the embedded ones. */
  private ScoredPairs scoredPairs() {
    if (sentenceCandidates == null) return new ScoredPairs(0, 0, 0);
    Row counts =
        sentenceCandidates
            .agg(count(lit(1)), sum(when(col("crossLanguage"), 1).otherwise(0)))
            .first();
    long all = counts.getLong(0);
    long cross = counts.isNullAt(1) ? 0 : counts.getLong(1);
    return new ScoredPairs(all - cross, embeddedCandidates.count(), cross);
  }

  /**
   * Passage pairs (and the notices of pairs that could not be compared), lazily; {@link #findings}
   * collects them and releases what they persisted.
   */
  Dataset<Row> apply(Dataset<Row> documents) {
    Stages.requireColumns(NAME, documents, RecordCodec.schema(SegmentedDocument.class));
    return copies(documents).unionByName(rewordings(documents));
  }

  /** The documents that reached {@code reuse.max_document_pairs}, and the pairs each left out. */
  private StageNotes pairLimitNotes() {
    StageNotes notes = StageNotes.NONE;
    int max = config.maxDocumentPairs();
    for (Row r : pairsLeftOut.collectAsList()) {
      notes =
          notes.plus(
              StageNotes.limit(
                  r.getString(0),
                  NAME,
                  "reuse.max_document_pairs",
                  max,
                  r.getLong(1),
                  "documents sharing copied text beyond the "
                      + max
                      + " that share the most not aligned with it"));
    }
    return notes;
  }

  /**
   * Quotes and reported speech with their speakers, of the documents some pair names, into {@code
   * out}; returns the notices of documents read in part or not at all.
   */
  private static StageNotes attributions(
      Dataset<Row> documents,
      List<PassagePair> pairs,
      int maxQuotes,
      Map<String, List<Attribution>> out) {
    Set<String> involved = new TreeSet<>();
    pairs.forEach(
        p -> {
          involved.add(p.aDoc());
          involved.add(p.bDoc());
        });
    StageNotes notes = StageNotes.NONE;
    if (involved.isEmpty()) return notes;
    Dataset<Row> quoted = documents.filter(col("doc").isin(involved.toArray()));
    Dataset<Row> found =
        Stages.map(
            quoted,
            SegmentedDocument.class,
            DocumentAttributions.class,
            d -> KernelGuard.attributions(d, maxQuotes));
    for (DocumentAttributions d : Stages.collect(found, DocumentAttributions.class)) {
      out.put(d.doc(), d.attributions());
      notes = notes.plus(d.notes());
    }
    return notes;
  }

  /** Documents sharing enough rare shingles, aligned into copied passages. */
  Dataset<Row> copies(Dataset<Row> documents) {
    PairLimit.Applied limited =
        PairLimit.apply(
            persist(documentCandidates(documents)),
            "aDoc",
            "bDoc",
            "shared",
            config.maxDocumentPairs());
    pairsLeftOut = limited.leftOut();
    Dataset<Row> docPairs = persist(limited.kept());
    // Only the documents some candidate names travel to the join; the id set is small enough to
    // broadcast (one id per document at most), so the corpus itself is never shuffled whole.
    Dataset<Row> ids =
        docPairs
            .select(col("aDoc").as("doc"))
            .union(docPairs.select(col("bDoc").as("doc")))
            .distinct();
    Dataset<Row> docs =
        Stages.map(
            documents.join(
                broadcast(ids), documents.col("doc").equalTo(ids.col("doc")), "left_semi"),
            SegmentedDocument.class,
            AlignDocument.class,
            ReuseKernels::alignDocumentOrEmpty);
    Dataset<Row> joined =
        docPairs
            .join(docs.as("A"), docPairs.col("aDoc").equalTo(col("A.doc")))
            .join(docs.as("B"), docPairs.col("bDoc").equalTo(col("B.doc")))
            .select(struct(col("A.*")).as("a"), struct(col("B.*")).as("b"));
    ReuseKernels.Copies kernel = new ReuseKernels.Copies(config);
    return Stages.flatMap(
        joined,
        DocumentPair.class,
        PairOutcome.class,
        p -> KernelGuard.pair(p.a().doc(), p.b().doc(), "alignment", () -> kernel.align(p)));
  }

  /**
   * Document pairs sharing at least {@code min_shared_shingles} shingles that occur in at most
   * {@code max_shingle_documents} documents. Each document posts each shingle once, so the index
   * needs no distinct pass.
   */
  Dataset<Row> documentCandidates(Dataset<Row> documents) {
    int n = config.shingleSize();
    Dataset<Row> postings =
        Stages.flatMap(
            documents,
            SegmentedDocument.class,
            DocumentKey.class,
            d ->
                KernelGuard.orNone(
                    d.doc(), "the copy index", () -> ReuseKernels.shinglePostings(d, n)));
    Dataset<Row> keyDocs =
        postings
            .groupBy("key")
            .agg(collect_list("doc").as("docs"))
            .filter(size(col("docs")).between(2, config.maxShingleDocuments()));
    return Stages.flatMap(keyDocs, KeyDocs.class, CandidatePair.class, ReuseKernels::documentPairs)
        .groupBy("aDoc", "bDoc")
        .agg(count(lit(1)).as("shared"))
        .filter(col("shared").geq(config.minSharedShingles()));
  }

  /** Sentences sharing content words (same language) or anchors (across languages), scored. */
  Dataset<Row> rewordings(Dataset<Row> documents) {
    Dataset<Row> candidates = persist(sentenceCandidates(documents));
    sentenceCandidates = candidates;
    // The units the candidates name, rebuilt from their documents only: the sentence lists per
    // document are at most one int per sentence of the corpus, small enough to broadcast.
    Dataset<Row> wanted =
        candidates
            .select(col("aDoc").as("wantedDoc"), col("aSentence").as("sentence"))
            .union(candidates.select(col("bDoc").as("wantedDoc"), col("bSentence").as("sentence")))
            .groupBy("wantedDoc")
            .agg(collect_set("sentence").as("wantedSentences"));
    Dataset<Row> withWanted =
        documents
            .join(broadcast(wanted), documents.col("doc").equalTo(wanted.col("wantedDoc")))
            .select(
                struct(Arrays.stream(docColumns(documents)).toArray(Column[]::new)).as("document"),
                wanted.col("wantedSentences").as("sentences"));
    Dataset<Row> units =
        persist(
            Stages.flatMap(
                withWanted,
                WantedUnits.class,
                SentenceUnit.class,
                w ->
                    KernelGuard.orNone(
                        w.document().doc(),
                        "paraphrase and translation",
                        () -> ReuseKernels.wantedUnits(w))));
    Dataset<Row> joined = persist(pairs(candidates, units));
    Column sameLanguage = col("a.language").equalTo(col("b.language"));
    ReuseKernels.Rewordings kernel = new ReuseKernels.Rewordings(config);
    Dataset<Row> translations =
        Stages.flatMap(
            joined.filter(not(sameLanguage)),
            UnitPair.class,
            PairOutcome.class,
            p ->
                KernelGuard.pair(
                    p.a().doc(), p.b().doc(), "translation check", () -> kernel.translation(p)));
    // The cheap lexical gate decides which pairs the embedding model sees; each unit of a gated
    // pair is embedded once, however many pairs it is in.
    Dataset<Row> gated =
        persist(
            Stages.flatMap(
                joined.filter(sameLanguage),
                UnitPair.class,
                CandidatePair.class,
                p -> KernelGuard.orNone(p.a().doc(), "paraphrase check", () -> kernel.gate(p))));
    embeddedCandidates = gated;
    Dataset<Row> gatedUnits =
        gated
            .select(col("aDoc").as("gDoc"), col("aSentence").as("gSentence"))
            .union(gated.select(col("bDoc").as("gDoc"), col("bSentence").as("gSentence")))
            .distinct();
    Dataset<Row> toEmbed =
        units.join(
            gatedUnits,
            col("doc").equalTo(col("gDoc")).and(col("sentence").equalTo(col("gSentence"))),
            "left_semi");
    Dataset<Row> embedded =
        Stages.mapBatches(
            toEmbed, SentenceUnit.class, EmbeddedUnit.class, 128, ReuseKernels::embedEach);
    Dataset<Row> paraphrases =
        Stages.flatMap(
            pairs(gated, embedded),
            EmbeddedPair.class,
            PairOutcome.class,
            p ->
                KernelGuard.pair(
                    p.a().doc(), p.b().doc(), "paraphrase check", () -> kernel.paraphrase(p)));
    return translations.unionByName(paraphrases);
  }

  private Dataset<Row> persist(Dataset<Row> ds) {
    Dataset<Row> p = ds.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(p);
    return p;
  }

  /**
   * Candidate pairs with both of their units (or embedded units) as structs {@code a} and {@code
   * b}.
   */
  private static Dataset<Row> pairs(Dataset<Row> candidates, Dataset<Row> units) {
    return candidates
        .join(
            units.as("A"),
            col("aDoc").equalTo(col("A.doc")).and(col("aSentence").equalTo(col("A.sentence"))))
        .join(
            units.as("B"),
            col("bDoc").equalTo(col("B.doc")).and(col("bSentence").equalTo(col("B.sentence"))))
        .select(struct(col("A.*")).as("a"), struct(col("B.*")).as("b"));
  }

  /**
   * Sentence pairs sharing at least {@code min_shared_terms} content words (same language) or
   * {@code min_shared_anchors} anchors (different languages) that occur in at most {@code
   * max_term_sentences} sentences. Postings are distinct per sentence already.
   */
  Dataset<Row> sentenceCandidates(Dataset<Row> documents) {
    Dataset<Row> postings =
        Stages.flatMap(
            documents,
            SegmentedDocument.class,
            Posting.class,
            d ->
                KernelGuard.orNone(
                    d.doc(), "the paraphrase index", () -> ReuseKernels.termPostings(d)));
    Dataset<Row> keySentences =
        postings
            .groupBy("key", "anchor")
            .agg(collect_list(struct(col("doc"), col("sentence"), col("language"))).as("sentences"))
            .filter(size(col("sentences")).between(2, config.maxTermSentences()));
    boolean within = config.withinDocument();
    Dataset<Row> shared =
        Stages.flatMap(
                keySentences,
                KeySentences.class,
                SharedKey.class,
                k -> ReuseKernels.sentencePairs(k, within))
            .groupBy("aDoc", "aSentence", "bDoc", "bSentence", "crossLanguage")
            .agg(sum("terms").as("terms"), sum("anchors").as("anchors"));
    return shared.filter(
        col("crossLanguage")
            .equalTo(lit(false))
            .and(col("terms").geq(config.minSharedTerms()))
            .or(
                col("crossLanguage")
                    .equalTo(lit(true))
                    .and(col("anchors").geq(config.minSharedAnchors()))));
  }

  private static Column[] docColumns(Dataset<Row> documents) {
    return Arrays.stream(RecordCodec.schema(SegmentedDocument.class).fieldNames())
        .map(documents::col)
        .toArray(Column[]::new);
  }

  /** A shingle of a document. */
  public record DocumentKey(long key, String doc) {}

  /**
   * What the aligner needs of a document: its text, outlet and the tokens of its kept sentences.
   */
  public record AlignDocument(
      String doc, String outlet, String text, java.util.List<crosscheck.model.Token> tokens) {}

  /** A document and the indexes of the units of it that candidates name. */
  public record WantedUnits(SegmentedDocument document, java.util.List<Integer> sentences) {}

  /** A shingle and the documents it occurs in. */
  public record KeyDocs(long key, java.util.List<String> docs) {}

  /** An index key and the sentences it occurs in. */
  public record KeySentences(long key, boolean anchor, java.util.List<SentenceRef> sentences) {}

  /** A sentence by place and language. */
  public record SentenceRef(String doc, int sentence, String language) {}

  /** One key two sentences share: a content term or an anchor. */
  public record SharedKey(
      String aDoc,
      int aSentence,
      String bDoc,
      int bSentence,
      boolean crossLanguage,
      int terms,
      int anchors) {}

  /** Two whole documents to align. */
  public record DocumentPair(AlignDocument a, AlignDocument b) {}

  /** A unit with its sentence embedding. */
  public record EmbeddedUnit(
      String doc,
      int sentence,
      int start,
      int end,
      String text,
      java.util.List<crosscheck.model.Token> tokens,
      float[] vector) {}

  /** Two embedded units to score as a paraphrase. */
  public record EmbeddedPair(EmbeddedUnit a, EmbeddedUnit b) {}

  /** Two sentences to compare. */
  public record UnitPair(SentenceUnit a, SentenceUnit b) {}
}
