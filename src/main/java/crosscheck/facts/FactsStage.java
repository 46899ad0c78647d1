package crosscheck.facts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import crosscheck.config.FactsConfig;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.StageNotes;
import crosscheck.spark.RecordCodec;
import crosscheck.spark.Stages;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Facts: segmented documents -> one {@link DatedFacts} row per document (its date, given or
 * inferred, and the claims read against it), on the executors. The date is worked out once per
 * document and serves both the manifest ({@link #dates}) and the claims ({@link #claims}).
 */
public final class FactsStage {
  public static final String NAME = "facts";
  private final FactsConfig config;

  public FactsStage(FactsConfig config) {
    this.config = config;
  }

  public Dataset<Row> apply(Dataset<Row> documents) {
    Stages.requireColumns(NAME, documents, RecordCodec.schema(SegmentedDocument.class));
    FactsConfig c = config;
    return Stages.map(documents, SegmentedDocument.class, DatedFacts.class, d -> read(d, c));
  }

  /** As {@link #read(SegmentedDocument, FactsConfig)} with the default limits. */
  static DatedFacts read(SegmentedDocument d, double minConfidence) {
    FactsConfig defaults = FactsConfig.DEFAULTS;
    return read(
        d,
        new FactsConfig(
            minConfidence, defaults.maxSentenceMatches(), defaults.maxDocumentClaims()));
  }

  /**
   * One document's date and claims, within the run's limits (what they left out is in its notes). A
   * rule that fails on some text it was never shown, or runs the stack or heap out on it, costs
   * that document its claims (logged with its id and noted in its manifest entry), not the run: the
   * other documents' facts still count.
   */
  static DatedFacts read(SegmentedDocument d, FactsConfig config) {
    DocumentDate date = null;
    try {
      date = DocumentFacts.date(d);
      ClaimLimits limits = ClaimLimits.of(config);
      String anchor = DocumentFacts.anchor(date, config.minAnchorConfidence());
      List<FactRow> claims = DocumentFacts.claims(d, anchor, limits);
      return new DatedFacts(
          date,
          claims,
          limits.notes(d.doc()),
          MeasurementExtractor.extract(d, anchor),
          NameMentions.extract(d));
    } catch (Throwable e) {
      if (!StageNotes.isDocumentFailure(e)) throw e;
      org.apache.logging.log4j.LogManager.getLogger(FactsStage.class)
          .warn(
              "facts: document {} gives no claims: the extractor failed on it ({})",
              d.doc(),
              e.toString());
      if (date == null)
        date = new DocumentDate(d.doc(), null, "none", 0, "the date extractor failed");
      return new DatedFacts(date, List.of(), StageNotes.failure(d.doc(), NAME, e, "no claims"));
    }
  }

  /** What the facts stage could not do fully, by document. */
  public static StageNotes notes(Dataset<Row> dated) {
    return Stages.notes(dated, "notes");
  }

  /** {@link DocumentDate} rows of {@link #apply}'s output. */
  public static Dataset<Row> dates(Dataset<Row> dated) {
    return dated.select(col("date.*"));
  }

  /** {@link Measurement} rows of {@link #apply}'s output. */
  public static Dataset<Row> measurements(Dataset<Row> dated) {
    return dated.select(explode(col("measurements")).as("m")).select(col("m.*"));
  }

  /** {@link NameMention} rows of {@link #apply}'s output. */
  public static Dataset<Row> names(Dataset<Row> dated) {
    return dated.select(explode(col("names")).as("n")).select(col("n.*"));
  }

  /** {@link FactRow} rows of {@link #apply}'s output. */
  public static Dataset<Row> claims(Dataset<Row> dated) {
    return dated.select(explode(col("facts")).as("fact")).select(col("fact.*"));
  }
}
