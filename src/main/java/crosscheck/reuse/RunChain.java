package crosscheck.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Exact matches joined into one passage: in reading order on both sides, each starting after the
 * previous one ends, with at most {@code maxGap} unmatched tokens between two of them on either
 * side.
 *
 * @param segments the matches as used (a match overlapping its predecessor loses its first tokens)
 */
record RunChain(List<ExactRun> segments) {

  private static final Comparator<ExactRun> READING_ORDER =
      Comparator.comparingInt(ExactRun::aStart).thenComparingInt(ExactRun::bStart);

  /** Tokens matched by the segments. */
  int matched() {
    int sum = 0;
    for (ExactRun segment : segments) {
      sum += segment.length();
    }
    return sum;
  }

  ExactRun first() {
    return segments.get(0);
  }

  ExactRun last() {
    return segments.get(segments.size() - 1);
  }

  /**
   * Best chains of a set of exact matches (chaining DP as in BLAST/MUMmer): for every match, the
   * chain ending with it that has most matched tokens. Not thread-safe; one per use.
   */
  static final class Search {
    private final ExactRun[] sorted;
    private final int[] score;
    private final int[] predecessor;
    private final int[] trim;
    private final int[] start;
    private final boolean[] taken;

    Search(List<ExactRun> runs, int maxGap) {
      int n = runs.size();
      sorted = runs.toArray(new ExactRun[0]);
      Arrays.sort(sorted, READING_ORDER);
      score = new int[n];
      predecessor = new int[n];
      trim = new int[n];
      start = new int[n];
      taken = new boolean[n];
      // Predecessors of a run end within maxGap before it (or inside it): find them by a-end.
      long[] byEnd = new long[n];
      for (int k = 0; k < n; k++) {
        byEnd[k] = ((long) sorted[k].aEnd() << 32) | k;
      }
      Arrays.sort(byEnd);
      for (int r = 0; r < n; r++) {
        ExactRun run = sorted[r];
        score[r] = run.length();
        predecessor[r] = -1;
        start[r] = r;
        int bestGap = Integer.MAX_VALUE;
        for (int k = lowerBound(byEnd, run.aStart() - maxGap); k < n; k++) {
          int p = (int) byEnd[k];
          ExactRun previous = sorted[p];
          if (previous.aEnd() >= run.aEnd()) {
            break;
          }
          if (previous.aStart() >= run.aStart() || previous.bStart() >= run.bStart()) {
            continue;
          }
          int cut =
              Math.max(0, Math.max(previous.aEnd() - run.aStart(), previous.bEnd() - run.bStart()));
          if (cut >= run.length()) {
            continue;
          }
          int gapA = run.aStart() + cut - previous.aEnd();
          int gapB = run.bStart() + cut - previous.bEnd();
          if (gapA > maxGap || gapB > maxGap) {
            continue;
          }
          int candidate = score[p] + run.length() - cut;
          int gap = gapA + gapB;
          if (candidate > score[r] || (candidate == score[r] && gap < bestGap)) {
            score[r] = candidate;
            predecessor[r] = p;
            trim[r] = cut;
            start[r] = start[p];
            bestGap = gap;
          }
        }
      }
    }

    /**
     * Ends of chains with at least {@code minScore} matched tokens, best first: most matched
     * tokens, then the chain starting first in a, then in b, so that of two equal copies the
     * earlier one wins.
     */
    int[] endsBestFirst(int minScore) {
      List<Integer> ends = new ArrayList<>();
      for (int r = 0; r < sorted.length; r++) {
        if (score[r] >= minScore) {
          ends.add(r);
        }
      }
      Integer[] order = ends.toArray(new Integer[0]);
      Arrays.sort(
          order,
          Comparator.<Integer>comparingInt(r -> -score[r])
              .thenComparing(r -> sorted[start[r]], READING_ORDER)
              .thenComparingInt(r -> r));
      return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The best chain ending with match {@code end}, or null if it uses a match already taken. */
    RunChain chainEndingAt(int end) {
      List<ExactRun> segments = new ArrayList<>();
      for (int r = end; r >= 0; r = predecessor[r]) {
        if (taken[r]) {
          return null;
        }
        ExactRun run = sorted[r];
        segments.add(
            new ExactRun(run.aStart() + trim[r], run.bStart() + trim[r], run.length() - trim[r]));
      }
      Collections.reverse(segments);
      return new RunChain(segments);
    }

    /** Marks the matches of the chain ending with {@code end} as used by a passage or rejected. */
    void take(int end) {
      for (int r = end; r >= 0; r = predecessor[r]) {
        taken[r] = true;
      }
    }

    /** The matches no chain has taken. */
    List<ExactRun> untaken() {
      List<ExactRun> left = new ArrayList<>();
      for (int r = 0; r < sorted.length; r++) {
        if (!taken[r]) {
          left.add(sorted[r]);
        }
      }
      return left;
    }
  }

  /**
   * This chain without end segments no longer than the gap that links them: a short match after a
   * long gap is more likely a common phrase than the passage going on.
   */
  RunChain withoutWeakEnds() {
    int from = 0;
    int to = segments.size();
    while (to - from > 1
        && segments.get(to - 1).length() <= gap(segments.get(to - 2), segments.get(to - 1))) {
      to--;
    }
    while (to - from > 1
        && segments.get(from).length() <= gap(segments.get(from), segments.get(from + 1))) {
      from++;
    }
    return from == 0 && to == segments.size() ? this : new RunChain(segments.subList(from, to));
  }

  /**
   * This chain grown over a number changed just outside it: a block of at most {@code
   * maxNumberBlock} tokens a side, holding as many numbers on each side, followed (or, at the
   * start, preceded) by tokens equal on both sides. Without this a changed number one or two words
   * from a passage's edge, too close to seed a match beyond it, would be left out, and it is the
   * edit an editor most needs. Other edits at an edge are not taken: a passage ends on matches.
   *
   * @param free whether a token may still join a passage (not in an accepted passage), per side
   */
  RunChain withChangedNumbersAtEdges(
      int[] a,
      int[] b,
      boolean[] numericA,
      boolean[] numericB,
      boolean[] freeA,
      boolean[] freeB,
      int maxNumberBlock) {
    List<ExactRun> grown = new ArrayList<>(segments);
    boolean changed = false;
    for (boolean extended = true; extended; ) {
      extended = false;
      ExactRun last = grown.get(grown.size() - 1);
      search:
      for (int size = 2; size <= 2 * maxNumberBlock; size++) {
        for (int gapA = Math.max(1, size - maxNumberBlock);
            gapA <= Math.min(maxNumberBlock, size - 1);
            gapA++) {
          int i = last.aEnd() + gapA;
          int j = last.bEnd() + size - gapA;
          if (i >= a.length
              || j >= b.length
              || a[i] != b[j]
              || !numbersPaired(numericA, freeA, last.aEnd(), i, numericB, freeB, last.bEnd(), j)) {
            continue;
          }
          int length = 0;
          while (i + length < a.length
              && j + length < b.length
              && a[i + length] == b[j + length]
              && freeA[i + length]
              && freeB[j + length]) {
            length++;
          }
          if (length > 0) {
            grown.add(new ExactRun(i, j, length));
            extended = true;
            break search;
          }
        }
      }
      ExactRun first = grown.get(0);
      search:
      for (int size = 2; size <= 2 * maxNumberBlock; size++) {
        for (int gapA = Math.max(1, size - maxNumberBlock);
            gapA <= Math.min(maxNumberBlock, size - 1);
            gapA++) {
          int i = first.aStart() - gapA - 1;
          int j = first.bStart() - (size - gapA) - 1;
          if (i < 0
              || j < 0
              || a[i] != b[j]
              || !numbersPaired(
                  numericA, freeA, i + 1, first.aStart(), numericB, freeB, j + 1, first.bStart())) {
            continue;
          }
          int length = 0;
          while (i - length >= 0
              && j - length >= 0
              && a[i - length] == b[j - length]
              && freeA[i - length]
              && freeB[j - length]) {
            length++;
          }
          if (length > 0) {
            grown.add(0, new ExactRun(i - length + 1, j - length + 1, length));
            extended = true;
            break search;
          }
        }
      }
      changed |= extended;
    }
    return changed ? new RunChain(grown) : this;
  }

  /**
   * Where a side's sentences open and close, by token: {@code opens[k]} when only punctuation and
   * space lie between a sentence end (or the text's start) and token k, {@code closes[k]} likewise
   * up to the next sentence end.
   */
  record SentenceEdges(boolean[] numeric, boolean[] opens, boolean[] closes) {}

  /**
   * This chain grown over a changed number that is the first or last word of its sentence on both
   * sides: a block of at most {@code maxNumberBlock} tokens a side, as many numbers on each, right
   * before the first match (opening a sentence) or right after the last (closing one). Nothing
   * equal lies beyond such a number for {@link #withChangedNumbersAtEdges} to reach, yet a copy
   * that ends on its changed figure must keep it.
   */
  RunChain withChangedNumbersOpeningOrClosing(
      SentenceEdges edgesA,
      SentenceEdges edgesB,
      boolean[] freeA,
      boolean[] freeB,
      int maxNumberBlock) {
    List<ExactRun> grown = new ArrayList<>(segments);
    ExactRun last = last();
    ExactRun first = first();
    boolean changed = false;
    search:
    for (int size = 2; size <= 2 * maxNumberBlock; size++) {
      for (int gapA = Math.max(1, size - maxNumberBlock);
          gapA <= Math.min(maxNumberBlock, size - 1);
          gapA++) {
        int i = last.aEnd() + gapA;
        int j = last.bEnd() + size - gapA;
        if (i <= edgesA.closes().length
            && j <= edgesB.closes().length
            && edgesA.closes()[i - 1]
            && edgesB.closes()[j - 1]
            && numbersPaired(
                edgesA.numeric(), freeA, last.aEnd(), i, edgesB.numeric(), freeB, last.bEnd(), j)) {
          grown.add(new ExactRun(i, j, 0)); // no match: only marks where the passage ends
          changed = true;
          break search;
        }
      }
    }
    search:
    for (int size = 2; size <= 2 * maxNumberBlock; size++) {
      for (int gapA = Math.max(1, size - maxNumberBlock);
          gapA <= Math.min(maxNumberBlock, size - 1);
          gapA++) {
        int i = first.aStart() - gapA;
        int j = first.bStart() - (size - gapA);
        if (i >= 0
            && j >= 0
            && edgesA.opens()[i]
            && edgesB.opens()[j]
            && numbersPaired(
                edgesA.numeric(),
                freeA,
                i,
                first.aStart(),
                edgesB.numeric(),
                freeB,
                j,
                first.bStart())) {
          grown.add(0, new ExactRun(i, j, 0));
          changed = true;
          break search;
        }
      }
    }
    return changed ? new RunChain(grown) : this;
  }

  /** Whether a[aFrom, aTo) and b[bFrom, bTo) are free and hold as many numbers, at least one. */
  private static boolean numbersPaired(
      boolean[] numericA,
      boolean[] freeA,
      int aFrom,
      int aTo,
      boolean[] numericB,
      boolean[] freeB,
      int bFrom,
      int bTo) {
    int numbersA = 0;
    for (int k = aFrom; k < aTo; k++) {
      if (!freeA[k]) {
        return false;
      }
      numbersA += numericA[k] ? 1 : 0;
    }
    int numbersB = 0;
    for (int k = bFrom; k < bTo; k++) {
      if (!freeB[k]) {
        return false;
      }
      numbersB += numericB[k] ? 1 : 0;
    }
    return numbersA > 0 && numbersA == numbersB;
  }

  private static int gap(ExactRun before, ExactRun after) {
    return Math.max(after.aStart() - before.aEnd(), after.bStart() - before.bEnd());
  }

  private static int lowerBound(long[] byEnd, int aEnd) {
    long key = (long) aEnd << 32;
    int lo = 0;
    int hi = byEnd.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byEnd[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
