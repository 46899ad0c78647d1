package crosscheck.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.when;

import crosscheck.model.InputFile;
import crosscheck.model.SourceDocument;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Parquet inputs with the JSON Lines columns (id, text, optional outlet, url, published, title). */
final class ParquetInput {
  private static final List<String> OPTIONAL = List.of("outlet", "url", "published", "title");
  private final SparkSession spark;

  ParquetInput(SparkSession spark) {
    this.spark = spark;
  }

  /** Checks the columns on the driver: a missing id or text column is bad usage (exit 2). */
  void checkColumns(List<InputFile> files) {
    for (InputFile f : files) {
      StructType schema = spark.read().parquet(f.path()).schema();
      for (String required : List.of("id", "text")) {
        if (!Arrays.asList(schema.fieldNames()).contains(required)) {
          throw new MissingColumnException(required, f.path());
        }
      }
    }
  }

  Dataset<Row> read(List<InputFile> files, long maxChars) {
    checkColumns(files);
    Dataset<Row> raw = spark.read().parquet(files.stream().map(InputFile::path).toArray(String[]::new));
    List<String> have = Arrays.asList(raw.columns());
    Column text = col("text").cast("string");
    Column ok = text.isNotNull().and(col("id").isNotNull()).and(trim(text).notEqual(lit("")))
        .and(length(text).leq(lit(maxChars)));
    Column[] optional = OPTIONAL.stream()
        .map(c -> (have.contains(c) ? col(c).cast("string") : lit(null).cast("string")).as(c))
        .toArray(Column[]::new);
    return raw.select(
            col("id").cast("string").as("doc"),
            col("_metadata.file_path").as("path"),
            lit("parquet").as("format"),
            lit(0).as("line"),
            when(ok, lit(SourceDocument.ACCEPTED)).otherwise(lit(SourceDocument.REJECTED)).as("status"),
            when(ok, lit(null).cast("string"))
                .when(col("id").isNull(), lit("missing id"))
                .when(text.isNull(), lit("missing text"))
                .when(trim(text).equalTo(lit("")), lit("empty document"))
                .otherwise(lit("document too large")).as("reason"),
            when(text.isNull(), lit(0L)).otherwise(octet_length(text).cast("long")).as("bytes"),
            sha2(text, 256).as("sha256"),
            when(ok, text).as("text"),
            optional[0], optional[1], optional[2], optional[3],
            array().cast("array<string>").as("warnings"));
  }
}
