package crosscheck.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * The two reference points of {@link ScaleBenchmark}, each run in its own JVM so that its wall time
 * and memory are per process like the job's.
 *
 * <pre>
 * floor    &lt;corpus.jsonl&gt;              read with Spark, split into tokens, count tokens and distinct words
 * minhash  &lt;corpus.jsonl&gt; &lt;pairs.tsv&gt;  word 3-gram shingles → HashingTF → MinHashLSH →
 *                                      approxSimilarityJoin (Jaccard distance ≤ 0.8); joined id pairs
 * </pre>
 */
public final class SparkReferencePasses {

  static final double JACCARD_DISTANCE = 0.8;
  static final int HASH_TABLES = 5;

  private SparkReferencePasses() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SparkReferencePasses floor|minhash <corpus.jsonl> [pairs.tsv]");
      System.exit(2);
    }
    SparkSession spark =
        SparkSession.builder()
            .appName("crosscheck-bench-" + args[0])
            .master(System.getProperty("bench.master", "local[*]"))
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "8")
            .getOrCreate();
    try {
      Dataset<Row> docs = spark.read().json(args[1]).select("id", "text");
      switch (args[0]) {
        case "floor" -> floor(docs);
        case "minhash" -> minhash(docs, Path.of(args[2]));
        default -> throw new IllegalArgumentException("unknown pass " + args[0]);
      }
    } finally {
      spark.stop();
    }
  }

  private static void floor(Dataset<Row> docs) {
    Dataset<Row> tokens =
        docs.select(explode(split(lower(col("text")), "[^\\p{L}\\p{N}]+")).as("token"))
            .filter(col("token").notEqual(""));
    tokens.cache();
    long count = tokens.count();
    long distinct = tokens.groupBy("token").count().count();
    System.out.println("floor tokens=" + count + " distinct=" + distinct);
  }

  private static void minhash(Dataset<Row> docs, Path pairsOut) throws Exception {
    Dataset<Row> words =
        new RegexTokenizer()
            .setInputCol("text")
            .setOutputCol("words")
            .setPattern("[^\\p{L}\\p{N}]+")
            .setToLowercase(true)
            .transform(docs);
    Dataset<Row> shingles =
        new NGram()
            .setN(3)
            .setInputCol("words")
            .setOutputCol("shingles")
            .transform(words)
            .filter(size(col("shingles")).gt(0));
    Dataset<Row> vectors =
        new HashingTF()
            .setInputCol("shingles")
            .setOutputCol("features")
            .setNumFeatures(1 << 20)
            .setBinary(true)
            .transform(shingles)
            .select("id", "features");
    // MinHashLSH rejects all-zero vectors.
    spark(vectors)
        .udf()
        .register(
            "nonEmpty",
            (UDF1<SparseVector, Boolean>) v -> v.numNonzeros() > 0,
            DataTypes.BooleanType);
    vectors = vectors.filter(org.apache.spark.sql.functions.call_udf("nonEmpty", col("features")));
    vectors.cache();
    MinHashLSHModel model =
        new MinHashLSH()
            .setNumHashTables(HASH_TABLES)
            .setSeed(17)
            .setInputCol("features")
            .setOutputCol("hashes")
            .fit(vectors);
    // Only the joined pairs reach the driver, never the corpus.
    List<Row> pairs =
        model
            .approxSimilarityJoin(vectors, vectors, JACCARD_DISTANCE, "distance")
            .select(col("datasetA.id").as("a"), col("datasetB.id").as("b"), col("distance"))
            .filter(col("a").lt(col("b")))
            .collectAsList();
    try (BufferedWriter out = Files.newBufferedWriter(pairsOut, StandardCharsets.UTF_8)) {
      for (Row r : pairs) {
        out.write(r.getString(0) + "\t" + r.getString(1) + "\t" + r.getDouble(2) + "\n");
      }
    }
    System.out.println("minhash pairs=" + pairs.size());
  }

  private static SparkSession spark(Dataset<Row> ds) {
    return ds.sparkSession();
  }
}
