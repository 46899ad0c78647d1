package crosscheck.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.xxhash64;

import crosscheck.model.InputFile;
import crosscheck.model.SourceDocument;
import crosscheck.spark.Stages;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Parquet inputs with the JSON Lines columns (id, text, optional outlet, url, published, title).
 *
 * <p>A damaged file never stops the run: a file without a readable footer, whose columns Spark
 * cannot read, or whose pages cannot all be decoded is one rejected document, and so is a file
 * without rows. Files are read in groups of equal schema, so that feeds with different column types
 * (an integer id beside a string one) are each read with their own. Paths are read as given, never
 * as globs, and rows keep their row number; each row becomes a document as {@link ParquetRowsStage}
 * checks it.
 */
final class ParquetIngestStage {
  private static final List<String> OPTIONAL = List.of("outlet", "url", "published", "title");

  /** Where Spark keeps the schema it wrote; Spark reads the column types from it when present. */
  private static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

  private final SparkSession spark;

  ParquetIngestStage(SparkSession spark) {
    this.spark = spark;
  }

  /** A file whose footer was read: how many rows it declares, and its schema (the grouping key). */
  record Footer(InputFile file, long rows, String schema) {}

  /**
   * Reads each file's footer on the driver (no Spark job, so a broken file logs no failed task). A
   * missing id or text column is bad usage (exit 2); a file that is not readable Parquet at all, or
   * has no rows, is one rejected document, so the rest of the run goes on and the manifest accounts
   * for it.
   */
  List<SourceDocument> checkColumns(List<InputFile> files, List<Footer> readable) {
    List<SourceDocument> broken = new ArrayList<>();
    org.apache.hadoop.conf.Configuration conf =
        RawLocal.conf(spark.sparkContext().hadoopConfiguration());
    for (InputFile f : files) {
      List<String> columns = new ArrayList<>();
      long rows;
      String schema;
      try (ParquetFileReader reader =
          ParquetFileReader.open(
              HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(f.path()), conf))) {
        FileMetaData meta = reader.getFooter().getFileMetaData();
        meta.getSchema().getFields().forEach(t -> columns.add(t.getName()));
        rows = reader.getRecordCount();
        schema = meta.getSchema() + "\n" + meta.getKeyValueMetaData().get(SPARK_SCHEMA);
      } catch (Exception e) {
        broken.add(FileReader.rejected(f, "not a readable Parquet file: " + firstLine(e)));
        continue;
      }
      for (String required : List.of("id", "text")) {
        if (!columns.contains(required)) {
          throw new MissingColumnException(required, f.path());
        }
      }
      if (rows <= 0) {
        broken.add(FileReader.rejected(f, "empty document (a Parquet file without rows)"));
        continue;
      }
      readable.add(new Footer(f, rows, schema));
    }
    return broken;
  }

  Dataset<Row> read(List<InputFile> files, long maxChars) {
    List<Footer> footers = new ArrayList<>();
    List<SourceDocument> rejected = checkColumns(files, footers);
    // Files of one schema are read together, with the Spark schema Spark infers for them.
    Map<String, List<Footer>> bySchema = new LinkedHashMap<>();
    for (Footer f : footers) bySchema.computeIfAbsent(f.schema(), k -> new ArrayList<>()).add(f);
    List<Planned> planned = new ArrayList<>();
    for (List<Footer> group : bySchema.values()) {
      try {
        StructType schema = reader().parquet(paths(group)).schema();
        rows(group, schema, true); // analysed now: a column Spark cannot map fails here
        group.forEach(f -> planned.add(new Planned(f, schema)));
      } catch (Exception e) {
        // Exception: Spark throws its checked AnalysisException undeclared. An unsupported or
        // contradictory column type: no file of this schema can be read.
        String why = "not a readable Parquet file: " + firstLine(e);
        group.forEach(f -> rejected.add(FileReader.rejected(f.file(), why)));
      }
    }

    Map<String, Long> readRows = new HashMap<>();
    Map<String, String> sparkPaths = new HashMap<>();
    Map<String, String> failed = new HashMap<>();
    countRows(planned, readRows, sparkPaths, failed);

    Map<StructType, List<Footer>> whole = new LinkedHashMap<>();
    List<Row> names = new ArrayList<>();
    for (Planned p : planned) {
      String path = p.footer().file().path();
      long read = readRows.getOrDefault(path, 0L);
      if (failed.containsKey(path) || read != p.footer().rows()) {
        rejected.add(
            FileReader.rejected(
                p.footer().file(),
                "not a readable Parquet file: damaged data ("
                    + (failed.containsKey(path)
                        ? failed.get(path)
                        : read
                            + " of "
                            + p.footer().rows()
                            + " rows readable; the executor log names the error")
                    + ")"));
      } else {
        whole.computeIfAbsent(p.schema(), k -> new ArrayList<>()).add(p.footer());
        names.add(
            RowFactory.create(
                sparkPaths.get(path),
                path,
                DocumentParser.documentId(p.footer().file().relative())));
      }
    }
    Dataset<Row> broken = Stages.of(spark, rejected, SourceDocument.class, 1);
    if (whole.isEmpty()) return broken;
    // The path as the lister wrote it (Spark's is URL-encoded), so all rows of a file share one
    // path, and the file's own id, which names the rows without an id of their own.
    Dataset<Row> paths =
        spark.createDataFrame(
            names,
            new StructType()
                .add("_file", DataTypes.StringType)
                .add("path", DataTypes.StringType)
                .add("_base", DataTypes.StringType));
    Dataset<Row> docs = null;
    for (Map.Entry<StructType, List<Footer>> group : whole.entrySet()) {
      Dataset<Row> rows =
          ParquetRowsStage.documents(
              rows(group.getValue(), group.getKey(), false).join(broadcast(paths), "_file"),
              maxChars);
      docs = docs == null ? rows : docs.unionByName(rows);
    }
    return docs.unionByName(broken);
  }

  /**
   * Reads the paths as given: Spark would take a name such as {@code x[1].parquet} for a glob, and
   * local files are read past Hadoop's checksum layer ({@link RawLocal}).
   */
  private org.apache.spark.sql.DataFrameReader reader() {
    return spark.read().options(RawLocal.SETTINGS).option(NO_GLOBS, "false");
  }

  /** Spark's data source option that turns off glob expansion of the paths it is given. */
  private static final String NO_GLOBS = "__globPaths__";

  /** A file to read, with the Spark schema of its group. */
  private record Planned(Footer footer, StructType schema) {}

  /**
   * How many rows each file yields when every column the documents use is decoded: one Spark job
   * with damaged files skipped from where their pages fail (ignoreCorruptFiles), so only counts per
   * file reach the driver. A value Spark decodes lazily (a dictionary entry) can still fail the job
   * outside the file scan, naming no file: then the files are halved until the failing ones are
   * alone, and those go to {@code failed} with the error.
   */
  private void countRows(
      List<Planned> files,
      Map<String, Long> readRows,
      Map<String, String> sparkPaths,
      Map<String, String> failed) {
    if (files.isEmpty()) return;
    Dataset<Row> counted = null;
    Map<StructType, List<Footer>> groups = new LinkedHashMap<>();
    for (Planned p : files)
      groups.computeIfAbsent(p.schema(), k -> new ArrayList<>()).add(p.footer());
    for (Map.Entry<StructType, List<Footer>> group : groups.entrySet()) {
      Dataset<Row> rows = rows(group.getValue(), group.getKey(), true);
      Column[] used =
          Arrays.stream(rows.columns())
              .filter(c -> !c.startsWith("_"))
              .map(c -> col(c))
              .toArray(Column[]::new);
      // max, not sum: an overflowing sum fails in ANSI mode; any aggregate of the hash decodes all.
      Dataset<Row> perFile =
          rows.groupBy(col("_file")).agg(count(lit(1)).as("rows"), max(xxhash64(used)).as("_h"));
      counted = counted == null ? perFile : counted.unionByName(perFile);
    }
    List<Row> result;
    try {
      // All three columns: without the hash, Spark would prune the columns and decode nothing.
      result = counted.collectAsList();
    } catch (Exception e) {
      if (files.size() == 1) {
        failed.put(files.get(0).footer().file().path(), rootCause(e));
        return;
      }
      int half = files.size() / 2;
      countRows(files.subList(0, half), readRows, sparkPaths, failed);
      countRows(files.subList(half, files.size()), readRows, sparkPaths, failed);
      return;
    }
    for (Row r : result) {
      String path = hadoopPath(r.getString(0));
      readRows.merge(path, r.getLong(1), Long::sum);
      sparkPaths.put(path, r.getString(0));
    }
  }

  /**
   * The columns the documents use, as strings, with the file each row came from ({@code _file}).
   */
  private Dataset<Row> rows(List<Footer> files, StructType schema, boolean skipDamaged) {
    String idProblem = ParquetRowsStage.idProblem(schema.apply("id").dataType());
    String textProblem = ParquetRowsStage.textProblem(schema.apply("text").dataType());
    Dataset<Row> rows = null;
    for (List<Footer> scan : scans(files)) {
      Dataset<Row> raw =
          reader()
              .schema(schema)
              .option("ignoreCorruptFiles", String.valueOf(skipDamaged))
              .parquet(paths(scan));
      List<String> have = Arrays.asList(raw.columns());
      List<Column> columns =
          new ArrayList<>(
              List.of(
                  col("_metadata.file_path").as("_file"),
                  col("_metadata.row_index").as("_row"),
                  (idProblem == null ? col("id").cast("string") : lit(null).cast("string"))
                      .as("id"),
                  lit(idProblem).cast("string").as("_idProblem"),
                  (textProblem == null ? col("text").cast("string") : lit(null).cast("string"))
                      .as("text"),
                  lit(textProblem).cast("string").as("_textProblem")));
      for (String c : OPTIONAL) {
        columns.add((have.contains(c) ? col(c).cast("string") : lit(null).cast("string")).as(c));
      }
      Dataset<Row> selected = raw.select(columns.toArray(Column[]::new));
      rows = rows == null ? selected : rows.union(selected);
    }
    return rows;
  }

  /** The characters that make Spark take a path for a glob (SparkHadoopUtil.isGlobPath). */
  private static final String GLOB_CHARACTERS = "{}[]*?\\";

  /**
   * The files in scans: one for all, but one each for files whose names hold a glob character. With
   * globbing off, Spark 4.1 lists the other paths it is given once more for each such path (their
   * rows came two and three times), so those files are scanned alone.
   */
  private static List<List<Footer>> scans(List<Footer> files) {
    List<List<Footer>> scans = new ArrayList<>();
    List<Footer> plain = new ArrayList<>();
    for (Footer f : files) {
      String name = new org.apache.hadoop.fs.Path(f.file().path()).getName();
      if (name.chars().anyMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0)) {
        scans.add(List.of(f));
      } else {
        plain.add(f);
      }
    }
    if (!plain.isEmpty()) scans.add(0, plain);
    return scans;
  }

  private static String[] paths(List<Footer> files) {
    return files.stream().map(f -> f.file().path()).toArray(String[]::new);
  }

  /**
   * The innermost cause, which names what went wrong in the file (Spark's wrappers name the task).
   */
  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getClass().getSimpleName() + ": " + firstLine(t);
  }

  private static String firstLine(Throwable e) {
    String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return why.length() > 160 ? why.substring(0, 160) + "…" : why;
  }

  /** Spark's URL-encoded file path as the Hadoop path string the lister gives. */
  private static String hadoopPath(String sparkFilePath) {
    try {
      return new org.apache.hadoop.fs.Path(new URI(sparkFilePath)).toString();
    } catch (Exception e) {
      return sparkFilePath;
    }
  }
}
