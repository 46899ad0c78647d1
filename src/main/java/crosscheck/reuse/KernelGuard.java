package crosscheck.reuse;

import crosscheck.model.SegmentedDocument;
import crosscheck.model.StageNotes;
import crosscheck.reuse.quotes.QuoteAttributor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs a reuse kernel on one document or one pair so that its failure (an exception, or the stack
 * or heap exhausted by that input) costs that input the step, never the run: the failure is logged
 * with the documents it concerns and, where the step's output can carry it, becomes a notice in
 * their manifest entries.
 */
final class KernelGuard {
  static final String STAGE = "reuse";
  private static final Logger LOG = LogManager.getLogger(KernelGuard.class);

  private KernelGuard() {}

  /**
   * A step that builds the candidate indexes or units: on failure the document takes no part in
   * that step (logged; these steps have no row to carry a notice).
   */
  static <T> List<T> orNone(String doc, String step, Supplier<List<T>> kernel) {
    try {
      return kernel.get();
    } catch (Throwable e) {
      if (!StageNotes.isDocumentFailure(e)) throw e;
      LOG.warn("reuse: document {} is left out of {}: {}", doc, step, e.toString());
      return List.of();
    }
  }

  /**
   * Aligning or scoring one pair: its passages, or a notice in both documents that the pair was not
   * compared.
   */
  static List<PairOutcome> pair(
      String aDoc, String bDoc, String step, Supplier<List<PassagePair>> kernel) {
    try {
      List<PassagePair> pairs = kernel.get();
      List<PairOutcome> out = new ArrayList<>(pairs.size());
      for (PassagePair p : pairs) out.add(new PairOutcome(p, StageNotes.NONE));
      return out;
    } catch (Throwable e) {
      if (!StageNotes.isDocumentFailure(e)) throw e;
      LOG.warn("reuse: {} of {} and {} failed: {}", step, aDoc, bDoc, e.toString());
      return List.of(
          new PairOutcome(
              null,
              StageNotes.failure(aDoc, STAGE, e, "no " + step + " with " + bDoc)
                  .plus(StageNotes.failure(bDoc, STAGE, e, "no " + step + " with " + aDoc))));
    }
  }

  /** A document's speakers up to its quotation limit, or none with a notice when that fails. */
  static DocumentAttributions attributions(SegmentedDocument d, int maxQuotes) {
    try {
      QuoteAttributor.Attributed found =
          QuoteAttributor.attribute(d.text(), d.sentences(), maxQuotes);
      return new DocumentAttributions(
          d.doc(),
          found.attributions(),
          StageNotes.limit(
              d.doc(),
              STAGE,
              "reuse.max_document_quotes",
              maxQuotes,
              found.sentencesLeftOut(),
              "sentences after the first " + maxQuotes + " quotations not read for speakers"));
    } catch (Throwable e) {
      if (!StageNotes.isDocumentFailure(e)) throw e;
      LOG.warn("reuse: no speakers for document {}: {}", d.doc(), e.toString());
      return new DocumentAttributions(
          d.doc(), List.of(), StageNotes.failure(d.doc(), STAGE, e, "no speakers found"));
    }
  }

  /** A passage pair, or (pair null) the notices of a pair that could not be compared. */
  record PairOutcome(PassagePair pair, StageNotes notes) {}
}
