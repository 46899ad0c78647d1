package crosscheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class PairLimitTest {
  record Pair(String aDoc, String bDoc, long shared) {}

  @Test
  void aDocumentPairedWithManyKeepsItsStrongestPairsAndOthersKeepTheirs() {
    List<Pair> pairs = new ArrayList<>();
    // A hub sharing text with five documents; two of them also share text with each other.
    for (int i = 1; i <= 5; i++) pairs.add(new Pair("hub", "x" + i, 10L * i));
    pairs.add(new Pair("x1", "x2", 4));
    Dataset<Row> ds = Stages.of(SparkTestSession.get(), pairs, Pair.class, 2);

    PairLimit.Applied limited = PairLimit.apply(ds, "aDoc", "bDoc", "shared", 2);

    List<String> kept = new ArrayList<>();
    for (Pair p : Stages.collect(limited.kept(), Pair.class)) kept.add(p.aDoc() + "-" + p.bDoc());
    kept.sort(null);
    assertEquals(List.of("hub-x4", "hub-x5", "x1-x2"), kept);
    Map<String, Long> leftOut = new TreeMap<>();
    for (Row r : limited.leftOut().collectAsList()) leftOut.put(r.getString(0), r.getLong(1));
    assertEquals(Map.of("hub", 3L), leftOut);

    PairLimit.Applied roomy = PairLimit.apply(ds, "aDoc", "bDoc", "shared", 5);
    assertEquals(6, roomy.kept().count());
    assertEquals(0, roomy.leftOut().count());
  }
}
