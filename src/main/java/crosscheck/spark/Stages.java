package crosscheck.spark;

import crosscheck.model.StageNotes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/** Small helpers every stage uses: schema checks, record datasets, kernels over partitions. */
public final class Stages {
  private Stages() {}

  /**
   * Fails naming the stage when its input lacks a column it needs (MLlib's transformSchema habit).
   */
  public static void requireColumns(String stage, Dataset<Row> input, StructType needed) {
    List<String> have = List.of(input.columns());
    for (String field : needed.fieldNames()) {
      if (!have.contains(field)) {
        throw new IllegalArgumentException(
            "stage " + stage + ": input lacks column '" + field + "' (has " + have + ")");
      }
    }
  }

  /**
   * A dataset of records, one partition per {@code slices} (for driver-made lists such as files).
   */
  public static <T extends Record> Dataset<Row> of(
      SparkSession spark, List<T> records, Class<T> type, int slices) {
    List<Row> rows = new ArrayList<>(records.size());
    for (T r : records) rows.add(RecordCodec.toRow(r));
    return spark.createDataFrame(
        new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext())
            .parallelize(rows, Math.max(1, slices)),
        RecordCodec.schema(type));
  }

  /**
   * Applies a plain-Java kernel to every record of a dataset, on the executors: {@code kernel} maps
   * one input record to any number of output records.
   */
  public static <I extends Record, O extends Record> Dataset<Row> flatMap(
      Dataset<Row> input, Class<I> in, Class<O> out, SerializableFunction<I, List<O>> kernel) {
    return mapBatches(input, in, out, 1, batch -> kernel.apply(batch.get(0)));
  }

  /**
   * Applies a kernel to batches of up to {@code batchSize} records (a model that embeds many
   * sentences at once is much faster than one at a time), lazily, on the executors.
   */
  public static <I extends Record, O extends Record> Dataset<Row> mapBatches(
      Dataset<Row> input,
      Class<I> in,
      Class<O> out,
      int batchSize,
      SerializableFunction<List<I>, List<O>> kernel) {
    StructType schema = RecordCodec.schema(out);
    MapPartitionsFunction<Row, Row> f =
        rows ->
            new Iterator<Row>() {
              private Iterator<O> current = java.util.Collections.emptyIterator();

              @Override
              public boolean hasNext() {
                while (!current.hasNext() && rows.hasNext()) {
                  List<I> batch = new ArrayList<>(batchSize);
                  while (rows.hasNext() && batch.size() < batchSize) {
                    batch.add(RecordCodec.fromRow(rows.next(), in));
                  }
                  current = kernel.apply(batch).iterator();
                }
                return current.hasNext();
              }

              @Override
              public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return RecordCodec.toRow(current.next());
              }
            };
    return input.select(columns(RecordCodec.schema(in))).mapPartitions(f, Encoders.row(schema));
  }

  /** One output record per input record. */
  public static <I extends Record, O extends Record> Dataset<Row> map(
      Dataset<Row> input, Class<I> in, Class<O> out, SerializableFunction<I, O> kernel) {
    return flatMap(input, in, out, r -> List.of(kernel.apply(r)));
  }

  /** Rows of a record dataset, collected as records (findings and manifest entries only). */
  public static <T extends Record> List<T> collect(Dataset<Row> ds, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Row r : ds.select(columns(RecordCodec.schema(type))).collectAsList()) {
      out.add(RecordCodec.fromRow(r, type));
    }
    return out;
  }

  /**
   * The {@link StageNotes} of a record dataset's {@code column}, merged: only the rows with a
   * notice reach the driver.
   */
  public static StageNotes notes(Dataset<Row> ds, String column) {
    org.apache.spark.sql.Column notices = functions.size(functions.col(column + ".notices"));
    org.apache.spark.sql.Column limits = functions.size(functions.col(column + ".limits"));
    StageNotes all = StageNotes.NONE;
    for (Row r :
        ds.select(functions.col(column)).filter(notices.gt(0).or(limits.gt(0))).collectAsList()) {
      all = all.plus(RecordCodec.fromRow(r.getStruct(0), StageNotes.class));
    }
    return all;
  }

  private static org.apache.spark.sql.Column[] columns(StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames())
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /** A function Spark can ship to executors. */
  @FunctionalInterface
  public interface SerializableFunction<A, B> extends Function<A, B>, java.io.Serializable {}
}
