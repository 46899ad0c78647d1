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
import crosscheck.spark.Stages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Parquet inputs with the JSON Lines columns (id, text, optional outlet, url, published, title). */
final class ParquetInput {
  private static final List<String> OPTIONAL = List.of("outlet", "url", "published", "title");
  private final SparkSession spark;

  ParquetInput(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Reads each file's schema on the driver (its footer only). A missing id or text column is bad
   * usage (exit 2); a file that is not readable Parquet at all is one rejected document, so the rest
   * of the run goes on and the manifest accounts for it.
   */
  List<SourceDocument> checkColumns(List<InputFile> files, List<InputFile> readable) {
    List<SourceDocument> broken = new ArrayList<>();
    for (InputFile f : files) {
      List<String> columns = new ArrayList<>();
      // The footer straight from parquet-hadoop: no Spark job, so a broken file logs no failed task.
      try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
          new org.apache.hadoop.fs.Path(f.path()), spark.sparkContext().hadoopConfiguration()))) {
        reader.getFooter().getFileMetaData().getSchema().getFields().forEach(t -> columns.add(t.getName()));
      } catch (Exception e) {
        String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        broken.add(FileReader.rejected(f, "not a readable Parquet file: "
            + (why.length() > 160 ? why.substring(0, 160) + "…" : why)));
        continue;
      }
      for (String required : List.of("id", "text")) {
        if (!columns.contains(required)) {
          throw new MissingColumnException(required, f.path());
        }
      }
      readable.add(f);
    }
    return broken;
  }

  Dataset<Row> read(List<InputFile> files, long maxChars) {
    List<InputFile> readable = new ArrayList<>();
    Dataset<Row> broken = Stages.of(spark, checkColumns(files, readable), SourceDocument.class, 1);
    if (readable.isEmpty()) return broken;
    return rows(readable, maxChars).unionByName(broken);
  }

  private Dataset<Row> rows(List<InputFile> files, long maxChars) {
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
