package crosscheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * At most {@code max} candidate pairs per document: each document keeps its strongest pairs (ties
 * by the other document's id, so the choice never depends on partitioning), and a pair beyond the
 * limit of either of its documents is left out. One document that pairs with half the corpus then
 * costs the work of {@code max} pairs, and the documents it crowds out keep their other pairs.
 */
public final class PairLimit {
  private PairLimit() {}

  /**
   * @param kept the pairs within both their documents' limits (the input's columns)
   * @param leftOut per document over its limit: {@code doc} and {@code pairs} left out
   */
  public record Applied(Dataset<Row> kept, Dataset<Row> leftOut) {}

  /**
   * @param a the column of a pair's first document id, {@code b} of its second
   * @param strength the pair's strength, larger first (shared shingles)
   */
  public static Applied apply(Dataset<Row> pairs, String a, String b, String strength, int max) {
    Dataset<Row> sides =
        pairs
            .select(col(a).as("side"), col(b).as("other"), col(strength).as("strength"))
            .union(pairs.select(col(b).as("side"), col(a).as("other"), col(strength)));
    Column rank =
        row_number()
            .over(Window.partitionBy("side").orderBy(col("strength").desc(), col("other").asc()));
    Dataset<Row> over = sides.withColumn("rank", rank).filter(col("rank").gt(max));
    // A pair is left out when it is over the limit on its first side or on its second.
    Dataset<Row> dropped =
        over.select(col("side").as("dropA"), col("other").as("dropB"))
            .union(over.select(col("other").as("dropA"), col("side").as("dropB")))
            .distinct();
    Dataset<Row> kept =
        pairs.join(
            dropped,
            pairs
                .col(a)
                .equalTo(dropped.col("dropA"))
                .and(pairs.col(b).equalTo(dropped.col("dropB"))),
            "left_anti");
    Dataset<Row> leftOut =
        over.groupBy(col("side").as("doc")).count().withColumnRenamed("count", "pairs");
    return new Applied(kept, leftOut);
  }
}
