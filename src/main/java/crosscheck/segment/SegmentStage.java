package crosscheck.segment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import crosscheck.config.SegmentConfig;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.SourceDocument;
import crosscheck.model.StageNotes;
import crosscheck.spark.RecordCodec;
import crosscheck.spark.Stages;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Segment: accepted {@link SourceDocument} rows -> {@link SegmentedDocument} rows. */
public final class SegmentStage {
  public static final String NAME = DocumentSegmenter.NAME;
  private final SegmentConfig config;

  public SegmentStage(SegmentConfig config) {
    this.config = config;
  }

  public Dataset<Row> apply(Dataset<Row> sources) {
    Stages.requireColumns(NAME, sources, RecordCodec.schema(SourceDocument.class));
    DocumentSegmenter segmenter = new DocumentSegmenter(config);
    return Stages.map(
        sources.filter(col("status").equalTo(lit(SourceDocument.ACCEPTED))),
        SourceDocument.class,
        SegmentedDocument.class,
        segmenter::segment);
  }

  /**
   * What segmentation could not do fully, by document: sentences cut at a limit, documents the
   * kernel failed on.
   */
  public static StageNotes notes(Dataset<Row> documents) {
    return Stages.notes(documents, "notes");
  }
}
