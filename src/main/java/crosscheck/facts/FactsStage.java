package crosscheck.facts;

import crosscheck.config.FactsConfig;
import crosscheck.model.SegmentedDocument;
import crosscheck.spark.RecordCodec;
import crosscheck.spark.Stages;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Facts: segmented documents -> {@link FactRow} rows (claims with their sentences), on the executors. */
public final class FactsStage {
  public static final String NAME = "facts";
  private final FactsConfig config;

  public FactsStage(FactsConfig config) {
    this.config = config;
  }

  /** One {@link DocumentDate} per document: given, inferred with a confidence, or none. */
  public Dataset<Row> dates(Dataset<Row> documents) {
    Stages.requireColumns(NAME, documents, RecordCodec.schema(SegmentedDocument.class));
    return Stages.map(documents, SegmentedDocument.class, DocumentDate.class, DocumentFacts::date);
  }

  /** Claims of every document, read against the document's date. */
  public Dataset<Row> apply(Dataset<Row> documents) {
    Stages.requireColumns(NAME, documents, RecordCodec.schema(SegmentedDocument.class));
    double minConfidence = config.minAnchorConfidence();
    return Stages.flatMap(documents, SegmentedDocument.class, FactRow.class,
        d -> DocumentFacts.claims(d, DocumentFacts.anchor(DocumentFacts.date(d), minConfidence)));
  }
}
