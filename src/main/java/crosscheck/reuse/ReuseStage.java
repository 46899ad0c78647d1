package crosscheck.reuse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import crosscheck.config.ReuseConfig;
import crosscheck.model.SegmentedDocument;
import crosscheck.spark.RecordCodec;
import crosscheck.spark.Stages;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Reuse: segmented documents -> {@link PassagePair} rows. Two candidate indexes with
 * document-frequency limits keep it sub-quadratic (passim, Webis-STEREO): a shingle index pairs
 * documents that share copied text, which the aligner turns into passages; a content-word and anchor
 * index pairs sentences that may say the same in other words or another language, which the
 * paraphrase scorer (embeddings, only for these candidates) and the translation matcher judge.
 */
public final class ReuseStage {
  public static final String NAME = "reuse";
  private final ReuseConfig config;

  public ReuseStage(ReuseConfig config) {
    this.config = config;
  }

  public Dataset<Row> apply(Dataset<Row> documents) {
    Stages.requireColumns(NAME, documents, RecordCodec.schema(SegmentedDocument.class));
    Dataset<Row> units =
        Stages.flatMap(documents, SegmentedDocument.class, SentenceUnit.class, ReuseKernels::units)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> copies = copies(documents, units);
    Dataset<Row> rewordings = rewordings(units);
    return copies.unionByName(rewordings);
  }

  /** Documents sharing enough rare shingles, aligned into copied passages. */
  private Dataset<Row> copies(Dataset<Row> documents, Dataset<Row> units) {
    int n = config.shingleSize();
    Dataset<Row> postings =
        Stages.flatMap(units, SentenceUnit.class, Posting.class, u -> ReuseKernels.shinglePostings(u, n))
            .select("key", "doc").distinct();
    Dataset<Row> keyDocs =
        postings.groupBy("key").agg(collect_set("doc").as("docs"))
            .filter(size(col("docs")).between(2, config.maxShingleDocuments()));
    Dataset<Row> docPairs =
        Stages.flatMap(keyDocs.select(col("key"), col("docs")), KeyDocs.class, CandidatePair.class,
                ReuseKernels::documentPairs)
            .groupBy("aDoc", "bDoc").agg(count(lit(1)).as("shared"))
            .filter(col("shared").geq(config.minSharedShingles()));
    Dataset<Row> docs = documents.select(docColumns(documents));
    Dataset<Row> joined =
        docPairs.join(docs.as("A"), docPairs.col("aDoc").equalTo(col("A.doc")))
            .join(docs.as("B"), docPairs.col("bDoc").equalTo(col("B.doc")))
            .select(struct(col("A.*")).as("a"), struct(col("B.*")).as("b"));
    ReuseKernels.Copies kernel = new ReuseKernels.Copies(config);
    return Stages.flatMap(joined, DocumentPair.class, PassagePair.class, kernel::align);
  }

  /** Sentences sharing content words (same language) or anchors (across languages), scored. */
  private Dataset<Row> rewordings(Dataset<Row> units) {
    Dataset<Row> postings =
        Stages.flatMap(units, SentenceUnit.class, Posting.class, ReuseKernels::termPostings).distinct();
    Dataset<Row> keySentences =
        postings.groupBy("key", "anchor")
            .agg(collect_set(struct(col("doc"), col("sentence"), col("language"))).as("sentences"))
            .filter(size(col("sentences")).between(2, config.maxTermSentences()));
    boolean within = config.withinDocument();
    Dataset<Row> shared =
        Stages.flatMap(keySentences, KeySentences.class, SharedKey.class,
                k -> ReuseKernels.sentencePairs(k, within))
            .groupBy("aDoc", "aSentence", "bDoc", "bSentence", "crossLanguage")
            .agg(sum("terms").as("terms"), sum("anchors").as("anchors"));
    Dataset<Row> candidates =
        shared.filter(col("crossLanguage").equalTo(lit(false)).and(col("terms").geq(config.minSharedTerms()))
            .or(col("crossLanguage").equalTo(lit(true)).and(col("anchors").geq(config.minSharedAnchors()))));
    Dataset<Row> u = units.select(Arrays.stream(RecordCodec.schema(SentenceUnit.class).fieldNames())
        .map(units::col).toArray(Column[]::new));
    Dataset<Row> joined =
        candidates.join(u.as("A"), col("aDoc").equalTo(col("A.doc")).and(col("aSentence").equalTo(col("A.sentence"))))
            .join(u.as("B"), col("bDoc").equalTo(col("B.doc")).and(col("bSentence").equalTo(col("B.sentence"))))
            .select(struct(col("A.*")).as("a"), struct(col("B.*")).as("b"));
    ReuseKernels.Rewordings kernel = new ReuseKernels.Rewordings(config);
    return Stages.mapBatches(joined, UnitPair.class, PassagePair.class, 256, kernel::score);
  }

  private static Column[] docColumns(Dataset<Row> documents) {
    return Arrays.stream(RecordCodec.schema(SegmentedDocument.class).fieldNames())
        .map(documents::col).toArray(Column[]::new);
  }

  /** A shingle and the documents it occurs in. */
  public record KeyDocs(long key, java.util.List<String> docs) {}

  /** An index key and the sentences it occurs in. */
  public record KeySentences(long key, boolean anchor, java.util.List<SentenceRef> sentences) {}

  /** A sentence by place and language. */
  public record SentenceRef(String doc, int sentence, String language) {}

  /** One key two sentences share: a content term or an anchor. */
  public record SharedKey(String aDoc, int aSentence, String bDoc, int bSentence, boolean crossLanguage,
      int terms, int anchors) {}

  /** Two whole documents to align. */
  public record DocumentPair(SegmentedDocument a, SegmentedDocument b) {}

  /** Two sentences to compare. */
  public record UnitPair(SentenceUnit a, SentenceUnit b) {}
}
