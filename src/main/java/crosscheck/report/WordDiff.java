package crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between the two sides of a reused passage, for the editor's report.
 *
 * <p>Tokens are words (letters and digits, with inner {@code . , ' ’ -} kept, so "1,200", "3.5" and
 * "Iran's" stay whole) or single punctuation marks, each carrying the whitespace after it, so the
 * segments of one side concatenate back to exactly that side's text. Tokens are compared without
 * that whitespace and with curly quotes straightened. The longest common subsequence of the two
 * token lists gives the unchanged runs; between two unchanged runs, words only on side a are
 * deleted, words only on side b are inserted, and words on both sides are substituted ({@link
 * Op#NUMBER} when a number is among them, so changed figures stand out).
 *
 * <p>Stateless and thread-safe.
 */
public final class WordDiff {

  /** What happened to a run of words from side a to side b. */
  public enum Op {
    SAME("="),
    INSERT("+"),
    DELETE("-"),
    SUBSTITUTE("~"),
    NUMBER("#");

    /** The one-character code the report's script reads. */
    public final String code;

    Op(String code) {
      this.code = code;
    }
  }

  /**
   * A run of tokens: {@code a} is its text on side a (empty for an insert), {@code b} on side b
   * (empty for a delete).
   */
  public record Segment(Op op, String a, String b) {}

  /** Above this many LCS cells (tokens a × tokens b) the changed middle is one substitution. */
  static final long MAX_CELLS = 4_000_000L;

  private static final Pattern TOKEN =
      Pattern.compile("(?:[\\p{L}\\p{N}\\p{M}]+(?:[.,'’\\-][\\p{L}\\p{N}\\p{M}]+)*|\\S)\\s*");
  private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

  private WordDiff() {}

  /**
   * The segments that turn {@code a} into {@code b}; their a parts concatenate to a, b parts to b.
   */
  public static List<Segment> diff(String a, String b) {
    List<String> left = tokens(a == null ? "" : a);
    List<String> right = tokens(b == null ? "" : b);
    List<String> leftKeys = left.stream().map(WordDiff::key).toList();
    List<String> rightKeys = right.stream().map(WordDiff::key).toList();

    int prefix = 0;
    while (prefix < left.size()
        && prefix < right.size()
        && leftKeys.get(prefix).equals(rightKeys.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < left.size() - prefix
        && suffix < right.size() - prefix
        && leftKeys
            .get(left.size() - 1 - suffix)
            .equals(rightKeys.get(right.size() - 1 - suffix))) {
      suffix++;
    }

    Builder out = new Builder();
    for (int i = 0; i < prefix; i++) {
      out.same(left.get(i), right.get(i));
    }
    middle(
        left.subList(prefix, left.size() - suffix),
        right.subList(prefix, right.size() - suffix),
        leftKeys.subList(prefix, left.size() - suffix),
        rightKeys.subList(prefix, right.size() - suffix),
        out);
    for (int i = suffix; i > 0; i--) {
      out.same(left.get(left.size() - i), right.get(right.size() - i));
    }
    return out.finish();
  }

  /**
   * The tokens of {@code text}, each with its trailing whitespace; leading whitespace stays on the
   * first.
   */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      // Only leading whitespace can lie between matches: it joins the first token.
      tokens.add(text.substring(last, m.end()));
      last = m.end();
    }
    if (last < text.length()) {
      tokens.add(text.substring(last));
    }
    return tokens;
  }

  static String key(String token) {
    return token.strip().replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
  }

  private static void middle(
      List<String> left,
      List<String> right,
      List<String> leftKeys,
      List<String> rightKeys,
      Builder out) {
    int n = left.size();
    int m = right.size();
    if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
      left.forEach(out::delete);
      right.forEach(out::insert);
      return;
    }
    // lcs[i][j]: length of the LCS of left[i..] and right[j..].
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            leftKeys.get(i).equals(rightKeys.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (leftKeys.get(i).equals(rightKeys.get(j))) {
        out.same(left.get(i++), right.get(j++));
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        out.delete(left.get(i++));
      } else {
        out.insert(right.get(j++));
      }
    }
    while (i < n) {
      out.delete(left.get(i++));
    }
    while (j < m) {
      out.insert(right.get(j++));
    }
  }

  /**
   * Collects tokens into segments: unchanged runs, and each changed stretch between them as one.
   */
  private static final class Builder {
    final List<Segment> segments = new ArrayList<>();
    final StringBuilder sameA = new StringBuilder();
    final StringBuilder sameB = new StringBuilder();
    final StringBuilder deleted = new StringBuilder();
    final StringBuilder inserted = new StringBuilder();

    void same(String a, String b) {
      flushChange();
      sameA.append(a);
      sameB.append(b);
    }

    void delete(String a) {
      flushSame();
      deleted.append(a);
    }

    void insert(String b) {
      flushSame();
      inserted.append(b);
    }

    void flushSame() {
      if (!sameA.isEmpty() || !sameB.isEmpty()) {
        segments.add(new Segment(Op.SAME, sameA.toString(), sameB.toString()));
        sameA.setLength(0);
        sameB.setLength(0);
      }
    }

    void flushChange() {
      if (deleted.isEmpty() && inserted.isEmpty()) {
        return;
      }
      String a = deleted.toString();
      String b = inserted.toString();
      Op op;
      if (b.isEmpty()) {
        op = Op.DELETE;
      } else if (a.isEmpty()) {
        op = Op.INSERT;
      } else if (DIGIT.matcher(a).find() || DIGIT.matcher(b).find()) {
        op = Op.NUMBER;
      } else {
        op = Op.SUBSTITUTE;
      }
      segments.add(new Segment(op, a, b));
      deleted.setLength(0);
      inserted.setLength(0);
    }

    List<Segment> finish() {
      flushChange();
      flushSame();
      return segments;
    }
  }
}
