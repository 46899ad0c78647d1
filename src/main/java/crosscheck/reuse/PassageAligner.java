package crosscheck.reuse;

import crosscheck.model.Edit;
import crosscheck.model.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Seed-and-extend text-reuse alignment of two texts (the approach of passim, TextPAIR and
 * text-reuse-BLAST), keeping numbers as tokens: a changed number inside a copied passage is what an
 * editor most needs to see.
 *
 * <ol>
 *   <li>Seeds: n-grams of token norms shared by both texts, unless too common in either ({@link
 *       ExactRunFinder}); each grows into a maximal exact match.
 *   <li>Chains: exact matches at most {@code maxGap} tokens apart on both sides join into one
 *       passage, so inserted, deleted, substituted or doubled words and changed numbers do not
 *       break it ({@link RunChain}).
 *   <li>Greedy selection: the chain with most matched tokens is taken, then the text it covers is
 *       masked on both sides and the rest chained again. So no two passages overlap on either side,
 *       and a passage found twice in one text pairs with its best counterpart only (ties: the
 *       earliest copy).
 *   <li>Each passage gets its token alignment and edits ({@link EditScript}), character offsets,
 *       similarity and kind.
 * </ol>
 *
 * <p>A passage needs {@code minMatchedTokens} tokens in seed-backed matches (single words matched
 * inside gaps count towards similarity only) and {@code minSimilarity}; below that the caller's
 * paraphrase matching takes over. Stateless and thread-safe.
 */
public final class PassageAligner {

  private static final Comparator<AlignedPassage> OUTPUT_ORDER =
      Comparator.comparingInt(AlignedPassage::aStart)
          .thenComparingInt(AlignedPassage::bStart)
          .thenComparingInt(AlignedPassage::aEnd)
          .thenComparingInt(AlignedPassage::bEnd);

  /** Most tokens a side of a changed number (with its unit or sign) taken in at a passage edge. */
  private static final int MAX_NUMBER_BLOCK_AT_EDGE = 2;

  private PassageAligner() {}

  /**
   * Tuning of {@link PassageAligner#align}.
   *
   * @param seedLength tokens in a seed n-gram shared by both texts
   * @param maxGap most tokens between two exact matches, on either side, that still join them into
   *     one passage
   * @param minMatchedTokens fewest tokens a passage must have in seed-backed exact matches
   * @param minSimilarity lowest matched tokens / longer side a reported passage may have
   * @param maxSeedOccurrences an n-gram seen more often than this in either text is too common to
   *     be a seed (it still counts once a neighbouring seed reaches it)
   */
  public record AlignParams(
      int seedLength,
      int maxGap,
      int minMatchedTokens,
      double minSimilarity,
      int maxSeedOccurrences)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final AlignParams DEFAULTS = new AlignParams(3, 6, 8, 0.5, 20);

    public AlignParams {
      if (seedLength < 1) {
        throw new IllegalArgumentException("seedLength must be at least 1: " + seedLength);
      }
      if (maxGap < 0) {
        throw new IllegalArgumentException("maxGap must not be negative: " + maxGap);
      }
      if (minMatchedTokens < seedLength) {
        throw new IllegalArgumentException(
            "minMatchedTokens must be at least seedLength: " + minMatchedTokens);
      }
      if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
        throw new IllegalArgumentException("minSimilarity must be in [0, 1]: " + minSimilarity);
      }
      if (maxSeedOccurrences < 1) {
        throw new IllegalArgumentException(
            "maxSeedOccurrences must be at least 1: " + maxSeedOccurrences);
      }
    }
  }

  /**
   * A passage of text a found again in text b.
   *
   * @param aFirstToken index of the passage's first token in a's token list (inclusive)
   * @param aLastToken index of its last token in a's token list (inclusive)
   * @param aStart char offset into the original text a
   * @param aEnd char offset into the original text a, exclusive; includes a directly following
   *     sentence-final mark
   * @param similarity tokens matched on both sides / tokens of the longer side, in [0, 1]
   * @param kind {@link #VERBATIM} or {@link #NEAR_VERBATIM}
   * @param edits what b changed, in reading order
   */
  public record AlignedPassage(
      int aFirstToken,
      int aLastToken,
      int bFirstToken,
      int bLastToken,
      int aStart,
      int aEnd,
      int bStart,
      int bEnd,
      double similarity,
      String kind,
      List<Edit> edits) {

    /** Same words with the same punctuation, up to whitespace and quote styles. */
    public static final String VERBATIM = "verbatim";

    /** Same passage with edits: words, numbers, case, accents or punctuation differ. */
    public static final String NEAR_VERBATIM = "near_verbatim";

    public AlignedPassage {
      edits = List.copyOf(edits);
    }
  }

  /**
   * Passages of {@code textA} found again in {@code textB}, ordered by their start in a, then in b.
   *
   * @param tokensA tokens of {@code textA} in reading order (offsets into {@code textA})
   */
  public static List<AlignedPassage> align(
      String textA, List<Token> tokensA, String textB, List<Token> tokensB, AlignParams params) {
    int[][] ids = ids(tokensA, tokensB);
    int[] a = ids[0];
    int[] b = ids[1];
    List<ExactRun> pool =
        ExactRunFinder.find(a, b, params.seedLength(), params.maxSeedOccurrences());
    List<AlignedPassage> passages = new ArrayList<>();
    if (pool.isEmpty()) {
      return passages;
    }
    boolean[] numericA = numeric(tokensA);
    boolean[] numericB = numeric(tokensB);
    RunChain.SentenceEdges edgesA = sentenceEdges(textA, tokensA, numericA);
    RunChain.SentenceEdges edgesB = sentenceEdges(textB, tokensB, numericB);
    boolean[] freeA = new boolean[a.length];
    boolean[] freeB = new boolean[b.length];
    Arrays.fill(freeA, true);
    Arrays.fill(freeB, true);
    // Passes of best-first selection: a chain whose text overlaps a passage taken in this pass
    // waits for the next pass, which chains again what lies outside all passages taken so far.
    for (boolean progress = true; progress && !pool.isEmpty(); ) {
      progress = false;
      RunChain.Search search = new RunChain.Search(pool, params.maxGap());
      List<AlignedPassage> taken = new ArrayList<>();
      for (int end : search.endsBestFirst(params.minMatchedTokens())) {
        RunChain chain = search.chainEndingAt(end);
        if (chain == null) {
          continue; // part of a chain already taken
        }
        RunChain core = chain.withoutWeakEnds();
        if (core.matched() >= params.minMatchedTokens() && !free(core, freeA, freeB)) {
          continue;
        }
        search.take(end);
        progress = true;
        AlignedPassage passage =
            core.matched() < params.minMatchedTokens()
                ? null
                : passage(
                    core.withChangedNumbersAtEdges(
                            a, b, numericA, numericB, freeA, freeB, MAX_NUMBER_BLOCK_AT_EDGE)
                        .withChangedNumbersOpeningOrClosing(
                            edgesA, edgesB, freeA, freeB, MAX_NUMBER_BLOCK_AT_EDGE),
                    a,
                    b,
                    textA,
                    tokensA,
                    textB,
                    tokensB);
        if (passage != null && passage.similarity() >= params.minSimilarity()) {
          taken.add(passage);
          Arrays.fill(freeA, passage.aFirstToken(), passage.aLastToken() + 1, false);
          Arrays.fill(freeB, passage.bFirstToken(), passage.bLastToken() + 1, false);
        }
      }
      passages.addAll(taken);
      pool = outside(search.untaken(), passages, params.seedLength());
    }
    passages.sort(OUTPUT_ORDER);
    return passages;
  }

  private static boolean[] numeric(List<Token> tokens) {
    boolean[] numeric = new boolean[tokens.size()];
    for (int k = 0; k < numeric.length; k++) {
      numeric[k] = EditScript.isNumber(tokens.get(k).norm());
    }
    return numeric;
  }

  /**
   * Which tokens open or close a sentence, for a changed number at a passage's first or last word.
   */
  private static RunChain.SentenceEdges sentenceEdges(
      String text, List<Token> tokens, boolean[] numeric) {
    boolean[] opens = new boolean[tokens.size()];
    boolean[] closes = new boolean[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      int from = k == 0 ? 0 : tokens.get(k - 1).end();
      int to = k + 1 < tokens.size() ? tokens.get(k + 1).start() : text.length();
      opens[k] = k == 0 || sentenceBreak(text, from, tokens.get(k).start());
      closes[k] = k + 1 == tokens.size() || sentenceBreak(text, tokens.get(k).end(), to);
    }
    return new RunChain.SentenceEdges(numeric, opens, closes);
  }

  /** Whether text[from, to), the text between two tokens, ends a sentence or a line. */
  private static boolean sentenceBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * Both texts' norms as small ints, equal ints for equal norms, so that later steps compare ints.
   * An open-addressing table on the strings' cached hash codes: a HashMap's boxing cost more than
   * all the matching of two unrelated documents.
   */
  private static int[][] ids(List<Token> tokensA, List<Token> tokensB) {
    int capacity = Integer.highestOneBit(Math.max(1, tokensA.size() + tokensB.size()) * 2) << 1;
    int mask = capacity - 1;
    String[] norms = new String[capacity];
    int[] idOf = new int[capacity];
    int[] next = {0};
    return new int[][] {
      ids(tokensA, norms, idOf, mask, next), ids(tokensB, norms, idOf, mask, next)
    };
  }

  private static int[] ids(List<Token> tokens, String[] norms, int[] idOf, int mask, int[] next) {
    int[] ids = new int[tokens.size()];
    for (int k = 0; k < ids.length; k++) {
      String norm = tokens.get(k).norm();
      int h = norm.hashCode();
      int slot = (h ^ (h >>> 16)) & mask;
      while (norms[slot] != null && !norms[slot].equals(norm)) {
        slot = (slot + 1) & mask;
      }
      if (norms[slot] == null) {
        norms[slot] = norm;
        idOf[slot] = next[0]++;
      }
      ids[k] = idOf[slot];
    }
    return ids;
  }

  private static AlignedPassage passage(
      RunChain chain,
      int[] a,
      int[] b,
      String textA,
      List<Token> tokensA,
      String textB,
      List<Token> tokensB) {
    int aFirst = chain.first().aStart();
    int aLast = chain.last().aEnd() - 1;
    int bFirst = chain.first().bStart();
    int bLast = chain.last().bEnd() - 1;
    EditScript script = EditScript.of(chain, a, b, textA, tokensA, textB, tokensB);
    int aStart = tokensA.get(aFirst).start();
    int bStart = tokensB.get(bFirst).start();
    int aWordsEnd = wordEnd(textA, tokensA.get(aLast).end());
    int bWordsEnd = wordEnd(textB, tokensB.get(bLast).end());
    String kind =
        Surface.normalize(textA, aStart, aWordsEnd)
                .equals(Surface.normalize(textB, bStart, bWordsEnd))
            ? AlignedPassage.VERBATIM
            : AlignedPassage.NEAR_VERBATIM;
    double similarity = (double) script.matched / Math.max(aLast - aFirst + 1, bLast - bFirst + 1);
    return new AlignedPassage(
        aFirst,
        aLast,
        bFirst,
        bLast,
        aStart,
        sentenceEnd(textA, aWordsEnd),
        bStart,
        sentenceEnd(textB, bWordsEnd),
        similarity,
        kind,
        script.edits);
  }

  /** Past a possessive "'s" the tokenizer leaves out of the word: it belongs to the passage. */
  private static int wordEnd(String text, int end) {
    if (end + 1 < text.length()
        && isApostrophe(text.charAt(end))
        && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
        && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
      return end + 2;
    }
    return end;
  }

  /**
   * Past a directly following ".", "!" or "?", never a closing quote. The kind is decided without
   * it: a quoted copy often ends on a comma ("…,” she said") where the original ends its sentence.
   */
  private static int sentenceEnd(String text, int end) {
    if (end < text.length()) {
      char c = text.charAt(end);
      if (c == '.' || c == '!' || c == '?') {
        return end + 1;
      }
    }
    return end;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  /** Whether the chain's text is outside every passage taken, on both sides. */
  private static boolean free(RunChain chain, boolean[] freeA, boolean[] freeB) {
    for (int i = chain.first().aStart(); i < chain.last().aEnd(); i++) {
      if (!freeA[i]) {
        return false;
      }
    }
    for (int j = chain.first().bStart(); j < chain.last().bEnd(); j++) {
      if (!freeB[j]) {
        return false;
      }
    }
    return true;
  }

  /** The parts of the runs outside every passage on both sides, long enough to seed. */
  private static List<ExactRun> outside(
      List<ExactRun> runs, List<AlignedPassage> passages, int seedLength) {
    List<ExactRun> kept = new ArrayList<>(runs.size());
    for (ExactRun run : runs) {
      int pieceStart = -1;
      for (int k = 0; k <= run.length(); k++) {
        boolean free = k < run.length() && outside(run.aStart() + k, run.bStart() + k, passages);
        if (free && pieceStart < 0) {
          pieceStart = k;
        } else if (!free && pieceStart >= 0) {
          if (k - pieceStart >= seedLength) {
            kept.add(
                new ExactRun(run.aStart() + pieceStart, run.bStart() + pieceStart, k - pieceStart));
          }
          pieceStart = -1;
        }
      }
    }
    return kept;
  }

  private static boolean outside(int i, int j, List<AlignedPassage> passages) {
    for (AlignedPassage p : passages) {
      if ((i >= p.aFirstToken() && i <= p.aLastToken())
          || (j >= p.bFirstToken() && j <= p.bLastToken())) {
        return false;
      }
    }
    return true;
  }
}
