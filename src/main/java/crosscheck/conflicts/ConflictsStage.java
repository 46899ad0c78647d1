package crosscheck.conflicts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;

import crosscheck.config.ConflictsConfig;
import crosscheck.facts.FactRow;
import crosscheck.facts.Measurement;
import crosscheck.facts.NameMention;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ReuseFinding;
import crosscheck.model.SegmentedDocument;
import crosscheck.spark.RecordCodec;
import crosscheck.spark.Stages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Conflicts: {@link FactRow} rows -> conflicts and corroborations. Claims are linked to the reuse
 * findings their sentences lie in, blocked by trigger and actor pairs and by reuse finding (never
 * all pairs), and each block is analysed on the executors; the driver merges what the blocks found.
 * The same shuffle carries the blocks of claims that contradict beyond values ({@link
 * Contradictions}: an event asserted and denied, a doer's mixed-up name).
 */
public final class ConflictsStage {
  public static final String NAME = "conflicts";
  private final ConflictsConfig config;

  public ConflictsStage(ConflictsConfig config) {
    this.config = config;
  }

  /**
   * The conflicts and corroborations of the claims and of the measurements, merged: a measurement
   * conflict over the very values a claim conflict cites is the same finding and is kept once.
   *
   * @param outlets each document's outlet, for counting independent sources
   */
  public ClaimBlocks.Found apply(
      Dataset<Row> facts,
      Dataset<Row> measurements,
      Dataset<Row> names,
      List<ReuseFinding> reuse,
      Map<String, String> outlets) {
    ClaimBlocks.Found found =
        FoundMerge.merge(apply(facts, reuse), measurements(measurements, outlets));
    return FoundMerge.merge(found, names(names));
  }

  /**
   * People's names one outlet writes otherwise ({@link NameVariants}): the names written in full,
   * blocked by surname and by given names ({@link NameBlocks}), compared within each block on the
   * executors.
   */
  ClaimBlocks.Found names(Dataset<Row> names) {
    Stages.requireColumns(NAME, names, RecordCodec.schema(NameMention.class));
    Dataset<Row> keyed =
        Stages.flatMap(names, NameMention.class, NameBlocks.Keyed.class, NameBlocks::keys);
    Dataset<Row> blocks =
        capped(keyed, "mention.doc", "mention.start")
            .groupBy("key")
            .agg(collect_list(col("mention")).as("mentions"))
            .filter(org.apache.spark.sql.functions.size(col("mentions")).geq(2));
    Map<String, ConflictFinding> found = new java.util.TreeMap<>();
    for (NameBlocks.Found f :
        Stages.collect(
            Stages.map(
                blocks,
                NameBlocks.Block.class,
                NameBlocks.Found.class,
                b -> new NameBlocks.Found(NameVariants.find(b.mentions()))),
            NameBlocks.Found.class)) for (ConflictFinding c : f.conflicts()) found.put(c.id(), c);
    return new ClaimBlocks.Found(List.copyOf(found.values()), List.of(), 0);
  }

  /**
   * A name every story mentions ("US") would gather a corpus into one row: each block keeps its
   * first max_block_claims rows (by document and place) before they are collected.
   */
  private Dataset<Row> capped(Dataset<Row> keyed, String docColumn, String placeColumn) {
    return keyed
        .withColumn(
            "rank",
            org.apache
                .spark
                .sql
                .functions
                .row_number()
                .over(
                    org.apache.spark.sql.expressions.Window.partitionBy("key")
                        .orderBy(col(docColumn), col(placeColumn))))
        .filter(col("rank").leq(config.maxBlockClaims()));
  }

  /**
   * Measurements of one measured thing across documents: blocked by sort of value and the names and
   * measured nouns of their sentences ({@link MeasurementBlocks}), matched within each block on the
   * executors ({@link MeasurementMatcher}), judged on the driver over all matches ({@link
   * MeasurementFindings}).
   */
  ClaimBlocks.Found measurements(Dataset<Row> measurements, Map<String, String> outlets) {
    Stages.requireColumns(NAME, measurements, RecordCodec.schema(Measurement.class));
    Dataset<Row> keyed =
        Stages.flatMap(
            measurements,
            Measurement.class,
            MeasurementBlocks.Keyed.class,
            MeasurementBlocks::keys);
    double minScore = config.minMeasurementScore();
    int maxBlock = config.maxBlockClaims();
    Dataset<Row> capped = capped(keyed, "measurement.doc", "measurement.sentenceStart");
    Dataset<Row> blocks =
        capped
            .groupBy("key")
            .agg(collect_list(col("measurement")).as("measurements"))
            .filter(org.apache.spark.sql.functions.size(col("measurements")).geq(2));
    List<MeasurementMatcher.Match> matches = new ArrayList<>();
    for (MeasurementBlocks.Matches m :
        Stages.collect(
            Stages.map(
                blocks,
                MeasurementBlocks.Block.class,
                MeasurementBlocks.Matches.class,
                b ->
                    new MeasurementBlocks.Matches(
                        MeasurementConflicts.matchBlock(b.measurements(), minScore, maxBlock))),
            MeasurementBlocks.Matches.class)) matches.addAll(m.matches());
    return MeasurementFindings.of(matches, outlets, minScore);
  }

  public ClaimBlocks.Found apply(Dataset<Row> facts, List<ReuseFinding> reuse) {
    Stages.requireColumns(NAME, facts, RecordCodec.schema(FactRow.class));
    // The reuse spans are few next to the claims: broadcast once to every executor.
    HashMap<String, ArrayList<ReuseSpan>> spanMap = new HashMap<>();
    for (ReuseFinding f : reuse) {
      spanMap
          .computeIfAbsent(f.a().doc(), d -> new ArrayList<>())
          .add(new ReuseSpan(f.id(), "a", f.a().doc(), f.a().start(), f.a().end()));
      spanMap
          .computeIfAbsent(f.b().doc(), d -> new ArrayList<>())
          .add(new ReuseSpan(f.id(), "b", f.b().doc(), f.b().start(), f.b().end()));
    }
    Broadcast<HashMap<String, ArrayList<ReuseSpan>>> spans =
        JavaSparkContext.fromSparkContext(facts.sparkSession().sparkContext()).broadcast(spanMap);
    Dataset<Row> keyed =
        Stages.flatMap(
            facts,
            FactRow.class,
            ClaimBlocks.Keyed.class,
            f -> {
              LinkedClaim linked = ClaimBlocks.link(f, spans.value().get(f.claim().doc()));
              List<ClaimBlocks.Keyed> keys = new ArrayList<>(ClaimBlocks.keys(linked));
              keys.addAll(Contradictions.keys(linked));
              return keys;
            });
    Dataset<Row> blocks =
        keyed
            .groupBy("key")
            .agg(collect_list(col("claim")).as("claims"))
            .filter(org.apache.spark.sql.functions.size(col("claims")).geq(2));
    double minSameEvent = config.minSameEvent();
    int maxClaims = config.maxBlockClaims();
    List<ClaimBlocks.Found> found =
        Stages.collect(
            Stages.map(
                blocks,
                ClaimBlocks.Block.class,
                ClaimBlocks.Found.class,
                b ->
                    Contradictions.handles(b.key())
                        ? Contradictions.analyze(b, maxClaims)
                        : ClaimBlocks.analyze(b, minSameEvent, maxClaims)),
            ClaimBlocks.Found.class);
    spans.destroy();
    return ClaimBlocks.merge(found);
  }

  /**
   * What claims found with the values changed inside reused passages added ({@link
   * ReusedValueConflicts}), every conflict labelled ({@link ConflictLabels}). Only the documents of
   * non-verbatim passages are read, and only the sentences those passages touch reach the driver.
   *
   * @param published publication dates by document
   */
  public ClaimBlocks.Found withReusedValues(
      ClaimBlocks.Found found,
      Dataset<Row> documents,
      List<ReuseFinding> reuse,
      Map<String, String> published) {
    Stages.requireColumns(NAME, documents, RecordCodec.schema(SegmentedDocument.class));
    HashMap<String, ArrayList<ReuseSpan>> spanMap = new HashMap<>();
    Map<String, ReuseFinding> byId = new HashMap<>();
    for (ReuseFinding f : reuse) {
      if (f.kind().equals("verbatim")) continue; // the same words: no value can differ
      byId.put(f.id(), f);
      spanMap
          .computeIfAbsent(f.a().doc(), d -> new ArrayList<>())
          .add(new ReuseSpan(f.id(), "a", f.a().doc(), f.a().start(), f.a().end()));
      spanMap
          .computeIfAbsent(f.b().doc(), d -> new ArrayList<>())
          .add(new ReuseSpan(f.id(), "b", f.b().doc(), f.b().start(), f.b().end()));
    }
    List<ConflictFinding> reused = new ArrayList<>();
    if (!spanMap.isEmpty()) {
      Broadcast<HashMap<String, ArrayList<ReuseSpan>>> spans =
          JavaSparkContext.fromSparkContext(documents.sparkSession().sparkContext())
              .broadcast(spanMap);
      List<ReusedValueConflicts.SideText> sides =
          Stages.collect(
              Stages.flatMap(
                  documents.filter(col("doc").isin(spanMap.keySet().toArray())),
                  SegmentedDocument.class,
                  ReusedValueConflicts.SideText.class,
                  d -> ReusedValueConflicts.sideTexts(d, spans.value().get(d.doc()))),
              ReusedValueConflicts.SideText.class);
      spans.destroy();
      Map<String, ReusedValueConflicts.SideText> bySide = new HashMap<>();
      for (ReusedValueConflicts.SideText s : sides) bySide.put(s.finding() + ":" + s.side(), s);
      for (ReuseFinding f : byId.values()) {
        ReusedValueConflicts.SideText a = bySide.get(f.id() + ":a");
        ReusedValueConflicts.SideText b = bySide.get(f.id() + ":b");
        if (a != null && b != null) reused.addAll(ReusedValueConflicts.find(f, a, b));
      }
    }
    ClaimBlocks.Found all = FoundMerge.withReused(found, reused);
    return new ClaimBlocks.Found(
        ConflictLabels.labelled(all.conflicts(), published),
        all.corroborations(),
        all.skipped(),
        all.valuesSkipped(),
        all.repeats());
  }
}
