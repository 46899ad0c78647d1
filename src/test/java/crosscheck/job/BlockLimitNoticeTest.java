package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.conflicts.ClaimBlocks;
import crosscheck.model.LimitNotice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording of the notice conflicts.max_block_claims leaves in the manifest and report. */
class BlockLimitNoticeTest {

  @Test
  void whenEveryValueWasComparedTheNoticeSaysOnlyDocumentsMayBeMissing() {
    LimitNotice n =
        CrosscheckJob.blockLimit(new ClaimBlocks.Found(List.of(), List.of(), 251, 0, 0));
    assertEquals("conflicts", n.stage());
    assertEquals("conflicts.max_block_claims", n.setting());
    assertEquals(251, n.count());
    assertEquals(
        "251 claims of over-full blocks were not compared; every value they state was compared"
            + " through another claim, so a conflict or corroboration on it may name fewer of the"
            + " documents that state it: raise conflicts.max_block_claims",
        n.message());
  }

  @Test
  void whenValuesWereLeftOutTheNoticeSaysConflictsMayBeMissing() {
    LimitNotice n = CrosscheckJob.blockLimit(new ClaimBlocks.Found(List.of(), List.of(), 1, 1, 0));
    assertEquals(
        "1 claim of an over-full block was not compared, nor was 1 value that only it states, so"
            + " conflicts on it may be missing: raise conflicts.max_block_claims",
        n.message());
    LimitNotice many =
        CrosscheckJob.blockLimit(new ClaimBlocks.Found(List.of(), List.of(), 9, 2, 0));
    assertEquals(
        "9 claims of over-full blocks were not compared, nor were 2 values that only they state,"
            + " so conflicts on those may be missing: raise conflicts.max_block_claims",
        many.message());
  }
}
