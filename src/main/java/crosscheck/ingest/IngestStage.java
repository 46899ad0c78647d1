package crosscheck.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import crosscheck.config.IngestConfig;
import crosscheck.model.InputFile;
import crosscheck.model.SourceDocument;
import crosscheck.spark.HadoopConf;
import crosscheck.spark.RecordCodec;
import crosscheck.spark.Stages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Ingest: input files -> {@link SourceDocument} rows (accepted with text, or rejected with a
 * reason). Files are read on the executors; the driver only lists them and checks CSV headers.
 */
public final class IngestStage {
  public static final String NAME = "ingest";
  private final IngestConfig config;

  public IngestStage(IngestConfig config) {
    this.config = config;
  }

  /** Fails (exit 2) before anything is written when a CSV input lacks a required column. */
  public void checkHeaders(List<InputFile> files, HadoopConf hadoop) {
    for (InputFile f : files) {
      if (!f.format().equals("csv")) continue;
      byte[] head;
      try {
        head = FileReader.readAll(f, hadoop, 1 << 16);
      } catch (IOException e) {
        continue; // unreadable files are rejected per document later
      }
      int cut = head.length;
      if (f.bytes() > head.length) {
        while (cut > 0 && head[cut - 1] != '\n') cut--;
      }
      DocumentParser.parse(f, java.util.Arrays.copyOf(head, cut), Long.MAX_VALUE, false);
    }
  }

  public Dataset<Row> apply(SparkSession spark, List<InputFile> files) {
    HadoopConf hadoop = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    long maxFile = config.maxFileBytes();
    long maxChars = config.maxDocumentChars();
    boolean reject = config.rejectInvalidUtf8();
    List<InputFile> parquet = new ArrayList<>();
    List<InputFile> others = new ArrayList<>();
    for (InputFile f : files) (f.format().equals("parquet") ? parquet : others).add(f);

    int slices =
        Math.max(1, Math.min(others.size(), spark.sparkContext().defaultParallelism() * 4));
    Dataset<Row> docs =
        Stages.flatMap(
            Stages.of(spark, others, InputFile.class, slices),
            InputFile.class,
            SourceDocument.class,
            f -> FileReader.read(f, hadoop, maxFile, maxChars, reject));
    if (!parquet.isEmpty()) {
      docs = docs.unionByName(new ParquetIngestStage(spark).read(parquet, maxChars));
    }
    return markDuplicates(docs);
  }

  /**
   * Two documents with one id: the first (by path, line) keeps it, the others are rejected. Two
   * accepted documents with the same text: both kept, the later ids marked as copies of the first.
   */
  static Dataset<Row> markDuplicates(Dataset<Row> docs) {
    Column accepted = col("status").equalTo(lit(SourceDocument.ACCEPTED));
    WindowSpec byId = Window.partitionBy("doc").orderBy(accepted.desc(), col("path"), col("line"));
    Column firstPath = first("path").over(byId);
    Dataset<Row> ids =
        docs.withColumn("_n", row_number().over(byId))
            .withColumn("_firstPath", firstPath)
            .withColumn(
                "reason",
                when(
                        accepted.and(col("_n").gt(1)),
                        concat(
                            lit("duplicate document id (first in "), col("_firstPath"), lit(")")))
                    .otherwise(col("reason")))
            .withColumn(
                "status",
                when(col("_n").gt(1), lit(SourceDocument.REJECTED)).otherwise(col("status")))
            .withColumn(
                "text", when(col("_n").gt(1), lit(null).cast("string")).otherwise(col("text")));
    WindowSpec byContent = Window.partitionBy("sha256", "status").orderBy(col("doc"));
    return ids.withColumn("_m", row_number().over(byContent))
        .withColumn("_firstDoc", first("doc").over(byContent))
        .withColumn(
            "warnings",
            when(
                    accepted.and(col("_m").gt(1)),
                    concat(
                        col("warnings"),
                        array(concat(lit("duplicate content of "), col("_firstDoc")))))
                .otherwise(col("warnings")))
        .select(
            Arrays.stream(RecordCodec.schema(SourceDocument.class).fieldNames())
                .map(org.apache.spark.sql.functions::col)
                .toArray(Column[]::new));
  }
}
