package crosscheck.reuse;

import crosscheck.model.Edit;
import crosscheck.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The token alignment of one passage and the edits that turn side a into side b.
 *
 * <p>The exact matches of the chain are aligned already; only the gaps between them (at most {@code
 * maxGap} tokens a side) need a longest-common-subsequence table, so a passage costs time in
 * proportion to its length. Unmatched tokens between two matches form one edit: insert, delete or
 * substitute, with numbers paired off as {@code number} edits when both sides change as many
 * numbers. Matched tokens whose surface differs (case, accents, "dual-use" vs "dual use", other
 * punctuation between them) give a {@code substitute} edit of their surface text, so that every
 * near-verbatim passage says why it is not verbatim.
 *
 * <p>Edit values are the original surface text, "3,200" rather than the norm "3200".
 */
final class EditScript {

  static final String INSERT = "insert";
  static final String DELETE = "delete";
  static final String SUBSTITUTE = "substitute";
  static final String NUMBER = "number";

  final List<Edit> edits = new ArrayList<>();
  int matched;

  private final String textA;
  private final List<Token> tokensA;
  private final String textB;
  private final List<Token> tokensB;

  // Pending unmatched tokens (inclusive ranges; empty when last < first).
  private int pendingAFirst = -1;
  private int pendingALast = -2;
  private int pendingBFirst = -1;
  private int pendingBLast = -2;
  // Pending run of matched pairs whose surface differs.
  private int surfaceAFirst = -1;
  private int surfaceALast = -1;
  private int surfaceBFirst = -1;
  private int surfaceBLast = -1;
  private int previousMatchA = -2;
  private int previousMatchB = -2;

  private EditScript(String textA, List<Token> tokensA, String textB, List<Token> tokensB) {
    this.textA = textA;
    this.tokensA = tokensA;
    this.textB = textB;
    this.tokensB = tokensB;
  }

  static EditScript of(
      RunChain chain,
      int[] a,
      int[] b,
      String textA,
      List<Token> tokensA,
      String textB,
      List<Token> tokensB) {
    EditScript script = new EditScript(textA, tokensA, textB, tokensB);
    List<ExactRun> segments = chain.segments();
    for (int s = 0; s < segments.size(); s++) {
      if (s > 0) {
        ExactRun before = segments.get(s - 1);
        ExactRun after = segments.get(s);
        script.alignGap(a, before.aEnd(), after.aStart(), b, before.bEnd(), after.bStart());
      }
      ExactRun segment = segments.get(s);
      for (int k = 0; k < segment.length(); k++) {
        script.match(segment.aStart() + k, segment.bStart() + k);
      }
    }
    script.flushPending();
    script.flushSurface();
    return script;
  }

  /** Longest common subsequence of a[aFrom, aTo) and b[bFrom, bTo), walked from the front. */
  private void alignGap(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    int[][] suffix = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        suffix[i][j] =
            a[aFrom + i] == b[bFrom + j]
                ? suffix[i + 1][j + 1] + 1
                : Math.max(suffix[i + 1][j], suffix[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n
          && j < m
          && a[aFrom + i] == b[bFrom + j]
          && suffix[i][j] == suffix[i + 1][j + 1] + 1) {
        match(aFrom + i++, bFrom + j++);
      } else if (j == m || (i < n && suffix[i + 1][j] >= suffix[i][j + 1])) {
        unmatchedA(aFrom + i++);
      } else {
        unmatchedB(bFrom + j++);
      }
    }
  }

  private void unmatchedA(int i) {
    flushSurface();
    if (pendingALast < pendingAFirst) {
      pendingAFirst = i;
    }
    pendingALast = i;
  }

  private void unmatchedB(int j) {
    flushSurface();
    if (pendingBLast < pendingBFirst) {
      pendingBFirst = j;
    }
    pendingBLast = j;
  }

  private void match(int i, int j) {
    flushPending();
    matched++;
    Token ta = tokensA.get(i);
    Token tb = tokensB.get(j);
    boolean adjacent = i == previousMatchA + 1 && j == previousMatchB + 1;
    boolean separatorDiffers =
        adjacent
            && !Surface.normalize(textA, tokensA.get(i - 1).end(), ta.start())
                .equals(Surface.normalize(textB, tokensB.get(j - 1).end(), tb.start()));
    boolean wordDiffers =
        ta.end() - ta.start() != tb.end() - tb.start()
            || !textA.regionMatches(ta.start(), textB, tb.start(), ta.end() - ta.start());
    if (separatorDiffers && surfaceAFirst < 0) {
      surfaceAFirst = previousMatchA;
      surfaceBFirst = previousMatchB;
    }
    if (separatorDiffers || wordDiffers) {
      if (surfaceAFirst < 0) {
        surfaceAFirst = i;
        surfaceBFirst = j;
      }
      surfaceALast = i;
      surfaceBLast = j;
    } else {
      flushSurface();
    }
    previousMatchA = i;
    previousMatchB = j;
  }

  private void flushSurface() {
    if (surfaceAFirst >= 0) {
      edits.add(
          new Edit(
              SUBSTITUTE,
              surfaceA(surfaceAFirst, surfaceALast),
              surfaceB(surfaceBFirst, surfaceBLast)));
      surfaceAFirst = -1;
      surfaceBFirst = -1;
    }
  }

  private void flushPending() {
    boolean hasA = pendingALast >= pendingAFirst;
    boolean hasB = pendingBLast >= pendingBFirst;
    if (hasA || hasB) {
      emitChange(
          pendingAFirst,
          hasA ? pendingALast : pendingAFirst - 1,
          pendingBFirst,
          hasB ? pendingBLast : pendingBFirst - 1);
    }
    pendingAFirst = -1;
    pendingALast = -2;
    pendingBFirst = -1;
    pendingBLast = -2;
  }

  /** One block of unmatched tokens; numbers are paired off when both sides have as many. */
  private void emitChange(int aFirst, int aLast, int bFirst, int bLast) {
    List<Integer> numbersA = numbers(tokensA, aFirst, aLast);
    List<Integer> numbersB = numbers(tokensB, bFirst, bLast);
    if (numbersA.isEmpty() || numbersA.size() != numbersB.size()) {
      emitPlain(aFirst, aLast, bFirst, bLast);
      return;
    }
    int fromA = aFirst;
    int fromB = bFirst;
    for (int k = 0; k < numbersA.size(); k++) {
      int numberA = numbersA.get(k);
      int numberB = numbersB.get(k);
      emitPlain(fromA, numberA - 1, fromB, numberB - 1);
      edits.add(new Edit(NUMBER, surfaceA(numberA, numberA), surfaceB(numberB, numberB)));
      fromA = numberA + 1;
      fromB = numberB + 1;
    }
    emitPlain(fromA, aLast, fromB, bLast);
  }

  private void emitPlain(int aFirst, int aLast, int bFirst, int bLast) {
    boolean hasA = aLast >= aFirst;
    boolean hasB = bLast >= bFirst;
    if (hasA && hasB) {
      edits.add(new Edit(SUBSTITUTE, surfaceA(aFirst, aLast), surfaceB(bFirst, bLast)));
    } else if (hasA) {
      edits.add(new Edit(DELETE, surfaceA(aFirst, aLast), ""));
    } else if (hasB) {
      edits.add(new Edit(INSERT, "", surfaceB(bFirst, bLast)));
    }
  }

  private static List<Integer> numbers(List<Token> tokens, int first, int last) {
    List<Integer> numbers = new ArrayList<>(2);
    for (int k = first; k >= 0 && k <= last; k++) {
      if (isNumber(tokens.get(k).norm())) {
        numbers.add(k);
      }
    }
    return numbers;
  }

  static boolean isNumber(String norm) {
    return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
  }

  private String surfaceA(int first, int last) {
    return textA.substring(tokensA.get(first).start(), tokensA.get(last).end());
  }

  private String surfaceB(int first, int last) {
    return textB.substring(tokensB.get(first).start(), tokensB.get(last).end());
  }
}
