package crosscheck.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.when;

import crosscheck.model.SourceDocument;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;

/**
 * The rows of readable Parquet files as {@link SourceDocument} columns: accepted, or rejected with
 * the reason and the row's number, the same checks as JSON Lines and CSV records go through (a
 * null, blank or non-string id or text, a text over the limit). A row without a usable id is named
 * by its file and row, as a CSV row is ({@code feed#L3}), so no document ever lacks an id.
 */
final class ParquetRowsStage {
  /**
   * Blank as {@link TextDecoder#isBlank} sees it: white space, no-break and zero-width spaces. The
   * class has no repetition inside, so a long run cannot make the match backtrack.
   */
  private static final String BLANK =
      "^[\\p{javaWhitespace}\\p{Z}\\x{200B}\\x{200C}\\x{200D}\\x{2060}\\x{FEFF}]*$";

  /** Surrounding white space of an id, stripped as the other formats strip it. */
  private static final String EDGE_SPACE = "^\\p{javaWhitespace}+|\\p{javaWhitespace}+$";

  private ParquetRowsStage() {}

  /** Why an id column of this type cannot give ids, or null: strings and numbers can. */
  static String idProblem(DataType type) {
    boolean ok =
        type instanceof StringType
            || type instanceof BinaryType
            || type instanceof NumericType
            || type instanceof DecimalType;
    return ok ? null : "column id is " + type.simpleString() + ", not a string or number";
  }

  /** Why a text column of this type cannot give texts, or null. Binary is UTF-8 by convention. */
  static String textProblem(DataType type) {
    boolean ok = type instanceof StringType || type instanceof BinaryType;
    return ok ? null : "column text is " + type.simpleString() + ", not a string";
  }

  /**
   * @param rows {@code _file}, {@code _row} (0-based row index), {@code id}, {@code _idProblem},
   *     {@code text}, {@code _textProblem}, the optional columns, {@code path} and {@code _base}
   *     (the file's own id)
   */
  static Dataset<Row> documents(Dataset<Row> rows, long maxChars) {
    Column line = least(col("_row").plus(lit(1L)), lit((long) Integer.MAX_VALUE)).cast("int");
    Column label = concat(lit("row "), line.cast("string"), lit(": "));
    // NULs become U+FFFD, as in the other formats: same length, so offsets stay valid.
    Column text = translate(col("text"), "\u0000", "\uFFFD");
    Column nuls = length(col("text")).minus(length(regexp_replace(col("text"), "\u0000", "")));
    Column id = col("id");
    Column reason =
        when(col("_idProblem").isNotNull(), concat(label, col("_idProblem")))
            .when(id.isNull(), concat(label, lit("missing id")))
            .when(id.rlike(BLANK), concat(label, lit("empty id")))
            .when(col("_textProblem").isNotNull(), concat(label, col("_textProblem")))
            .when(text.isNull(), concat(label, lit("missing text")))
            .when(text.rlike(BLANK), concat(label, lit("empty text")))
            .when(
                length(text).gt(lit(maxChars)),
                concat(
                    label,
                    lit("document too large ("),
                    length(text).cast("string"),
                    lit(" chars > " + maxChars + ")")));
    Column hasId = id.isNotNull().and(id.rlike(BLANK).unary_$bang());
    Column ok = reason.isNull();
    return rows.select(
        when(hasId, translate(regexp_replace(id, EDGE_SPACE, ""), "\u0000", "\uFFFD"))
            .otherwise(concat(col("_base"), lit("#L"), line.cast("string")))
            .as("doc"),
        col("path"),
        lit(DocumentParser.PARQUET).as("format"),
        line.as("line"),
        when(ok, lit(SourceDocument.ACCEPTED)).otherwise(lit(SourceDocument.REJECTED)).as("status"),
        reason.as("reason"),
        when(text.isNull(), lit(0L)).otherwise(octet_length(text).cast("long")).as("bytes"),
        sha2(text, 256).as("sha256"),
        when(ok, text).as("text"),
        col("outlet"),
        col("url"),
        col("published"),
        col("title"),
        when(
                ok.and(nuls.gt(0)),
                array(
                    concat(
                        lit("NUL characters replaced at "), nuls.cast("string"), lit(" places"))))
            .otherwise(array().cast("array<string>"))
            .as("warnings"));
  }
}
