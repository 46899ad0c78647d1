package crosscheck.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoredPairsTest {

  @Test
  void theLogLineGivesTheTotalPerDocumentAndEachKind() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.US);
    try {
      assertEquals(
          "1,500 sentence pairs scored (37.5 per document): 1,200 of one language (300 embedded),"
              + " 300 across languages",
          new ReuseStage.ScoredPairs(1200, 300, 300).describe(40));
      assertEquals(
          "0 sentence pairs scored (0.0 per document): 0 of one language (0 embedded), 0 across"
              + " languages",
          new ReuseStage.ScoredPairs(0, 0, 0).describe(0));
    } finally {
      Locale.setDefault(before);
    }
  }
}
