package crosscheck.reuse;

import crosscheck.model.Token;
import crosscheck.text.Folding;
import crosscheck.text.StopWords;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether two sentences (or short passages) of the same language say the same thing.
 *
 * <p>The score in [0,1] is a logistic combination of an embedding cosine ({@link SentenceEmbedder})
 * and lexical evidence the embedding is blind to: content-word overlap, numbers and names present
 * on one side only, negation on one side only, length ratio and the longest common token
 * subsequence. Numbers and names weigh against a pair because embeddings rate "12 drones in 2023"
 * and "40 drones in 2022" as near-identical.
 *
 * <p>The job embeds only pairs that {@link #plausible} lets through: never all sentence pairs.
 *
 * <p>Tokens are those of {@code crosscheck.text.Tokenizer}; their offsets may index the given text
 * itself or a larger text the given text was cut from (a sentence of a document): the shift is
 * found from the first token. Thread-safe and stateless apart from its parameters.
 */
public final class ParaphraseScorer {

  /**
   * @param threshold a pair whose {@link #score} reaches this is a paraphrase
   * @param minLexicalOverlap the share of the shorter side's content words the other side must
   *     contain for {@link #plausible} (when numbers or names do not vouch for the pair instead)
   */
  public record ParaphraseParams(double threshold, double minLexicalOverlap) {

    /** Threshold tuned for F1 on the PAN-10 and MRPC training splits together. */
    public static final ParaphraseParams DEFAULTS = new ParaphraseParams(0.40, 0.25);

    public ParaphraseParams {
      if (threshold < 0 || threshold > 1 || minLexicalOverlap < 0 || minLexicalOverlap > 1) {
        throw new IllegalArgumentException(
            "threshold and minLexicalOverlap must lie in [0,1]: "
                + threshold
                + ", "
                + minLexicalOverlap);
      }
    }
  }

  /** The evidence about one pair, each in [0,1]. */
  public record Features(
      double cosine,
      double jaccard,
      double stemJaccard,
      double containment,
      double numberMismatch,
      boolean numbersConflict,
      double nameMismatch,
      double negationMismatch,
      double lengthRatio,
      double lcsRatio) {}

  // Logistic weights. Fit by ParaphraseTuning (src/test) with L2-regularised (lambda 1e-3) Newton
  // steps on the PAN-10 and MRPC TRAIN splits together, each split weighted to the same total
  // (threshold 0.40: best F1 over the same pooled, gated training pairs, number-conflict cap on).
  static final double BIAS = -5.3219;
  static final double W_COSINE = 3.7741;
  static final double W_JACCARD = -0.2785;
  static final double W_STEM_JACCARD = 2.0064;
  static final double W_CONTAINMENT = -0.7683;
  static final double W_NUMBER_MISMATCH = -0.9095;
  static final double W_NAME_MISMATCH = -0.5827;
  static final double W_NEGATION_MISMATCH = -0.513;
  static final double W_LENGTH_RATIO = 1.9301;
  static final double W_LCS_RATIO = 3.2681;

  /** Above this many token pairs the LCS is estimated cheaply (passages, not sentences). */
  private static final int MAX_LCS_CELLS = 250_000;

  private static final int STEM_LENGTH = 5;

  /** Highest score of a pair whose sides both carry numbers and share none of them. */
  static final double NUMBER_CONFLICT_CAP = 0.2;

  /** All-token Dice above which a pair sharing a single content word is still plausible. */
  private static final double MIN_FUNCTION_WORD_DICE = 0.5;

  private static final Map<String, String> NUMBER_WORDS = SentenceProfile.NUMBER_WORDS;

  private final ParaphraseParams params;

  public ParaphraseScorer(ParaphraseParams params) {
    this.params = params;
  }

  public ParaphraseParams params() {
    return params;
  }

  /** Score in [0,1] that {@code a} and {@code b} say the same thing; embeds both texts. */
  public double score(String a, List<Token> ta, String b, List<Token> tb) {
    return score(a, ta, SentenceEmbedder.embed(a), b, tb, SentenceEmbedder.embed(b));
  }

  /** Score with embeddings computed beforehand ({@link SentenceEmbedder#embedAll}). */
  public double score(
      String a, List<Token> ta, float[] embeddingA, String b, List<Token> tb, float[] embeddingB) {
    return combine(features(a, ta, embeddingA, b, tb, embeddingB));
  }

  /**
   * Scores of pairs {@code (as[i], bs[i])}, embedding each distinct text once in one batch.
   *
   * @param tokensA tokens of each text of {@code as}, same order
   */
  public double[] scoreAll(
      List<String> as, List<List<Token>> tokensA, List<String> bs, List<List<Token>> tokensB) {
    if (as.size() != bs.size() || as.size() != tokensA.size() || bs.size() != tokensB.size()) {
      throw new IllegalArgumentException("pair lists differ in length");
    }
    Map<String, Integer> slot = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    for (List<String> texts : List.of(as, bs)) {
      for (String text : texts) {
        if (slot.putIfAbsent(text, distinct.size()) == null) {
          distinct.add(text);
        }
      }
    }
    List<float[]> vectors = SentenceEmbedder.embedAll(distinct);
    double[] scores = new double[as.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] =
          score(
              as.get(i),
              tokensA.get(i),
              vectors.get(slot.get(as.get(i))),
              bs.get(i),
              tokensB.get(i),
              vectors.get(slot.get(bs.get(i))));
    }
    return scores;
  }

  /** Whether a score makes the pair a paraphrase under these parameters. */
  public boolean isParaphrase(double score) {
    return score >= params.threshold();
  }

  /** The logistic combination of the features. */
  public static double combine(Features f) {
    double z =
        BIAS
            + W_COSINE * f.cosine()
            + W_JACCARD * f.jaccard()
            + W_STEM_JACCARD * f.stemJaccard()
            + W_CONTAINMENT * f.containment()
            + W_NUMBER_MISMATCH * f.numberMismatch()
            + W_NAME_MISMATCH * f.nameMismatch()
            + W_NEGATION_MISMATCH * f.negationMismatch()
            + W_LENGTH_RATIO * f.lengthRatio()
            + W_LCS_RATIO * f.lcsRatio();
    double score = 1 / (1 + Math.exp(-z));
    // The benchmarks rarely pair sentences that differ only in their numbers, so the fit weighs
    // them lightly; for news such a pair states a conflicting fact, never the same thing.
    return f.numbersConflict() ? Math.min(score, NUMBER_CONFLICT_CAP) : score;
  }

  /**
   * The cheap gate run before any embedding. Plausible: the shorter side's content words are at
   * least {@code minLexicalOverlap} contained in the other side with two of them shared, or a
   * number and a further content word are shared, or one content word is shared and the two sides'
   * token sets (function words included) have a Dice of at least {@value #MIN_FUNCTION_WORD_DICE}:
   * heavy rewrites keep the sentence frame ("the ... that we are ... increasing them"). Unrelated
   * pairs share neither.
   */
  public static boolean plausible(List<Token> ta, List<Token> tb, double minLexicalOverlap) {
    Set<String> a = contentWords(ta);
    Set<String> b = contentWords(tb);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    int sharedNumbers = 0;
    for (String word : small) {
      if (large.contains(word)) {
        shared++;
        if (isNumber(word)) {
          sharedNumbers++;
        }
      }
    }
    if (shared >= 2 && (shared >= minLexicalOverlap * small.size() || sharedNumbers >= 1)) {
      return true;
    }
    if (shared < 1) {
      return false;
    }
    Set<String> allA = norms(ta);
    Set<String> allB = norms(tb);
    return 2.0 * intersectionSize(allA, allB) / (allA.size() + allB.size())
        >= MIN_FUNCTION_WORD_DICE;
  }

  /** All the evidence about a pair. */
  public static Features features(
      String a, List<Token> ta, float[] embeddingA, String b, List<Token> tb, float[] embeddingB) {
    Set<String> contentA = contentWords(ta);
    Set<String> contentB = contentWords(tb);
    int sharedContent = intersectionSize(contentA, contentB);
    int unionContent = contentA.size() + contentB.size() - sharedContent;
    double jaccard = unionContent == 0 ? 0 : (double) sharedContent / unionContent;
    int smaller = Math.min(contentA.size(), contentB.size());
    double containment = smaller == 0 ? 0 : (double) sharedContent / smaller;

    Set<String> stemsA = stems(contentA);
    Set<String> stemsB = stems(contentB);
    int sharedStems = intersectionSize(stemsA, stemsB);
    int unionStems = stemsA.size() + stemsB.size() - sharedStems;
    double stemJaccard = unionStems == 0 ? 0 : (double) sharedStems / unionStems;

    Set<String> allA = norms(ta);
    Set<String> allB = norms(tb);
    Set<String> numbersA = numbers(ta);
    Set<String> numbersB = numbers(tb);
    double numberMismatch = mismatch(numbersA, numbersB, allA, allB);
    boolean numbersConflict =
        !numbersA.isEmpty()
            && !numbersB.isEmpty()
            && intersectionSize(numbersA, allB) == 0
            && intersectionSize(numbersB, allA) == 0;
    double nameMismatch = mismatch(names(a, ta), names(b, tb), allA, allB);
    double negationMismatch = negated(ta) == negated(tb) ? 0 : 1;
    int longer = Math.max(ta.size(), tb.size());
    double lengthRatio = longer == 0 ? 0 : (double) Math.min(ta.size(), tb.size()) / longer;
    double lcsRatio =
        ta.size() + tb.size() == 0 ? 0 : 2.0 * commonSubsequence(ta, tb) / (ta.size() + tb.size());
    return new Features(
        SentenceEmbedder.cosine(embeddingA, embeddingB),
        jaccard,
        stemJaccard,
        containment,
        numberMismatch,
        numbersConflict,
        nameMismatch,
        negationMismatch,
        lengthRatio,
        lcsRatio);
  }

  /**
   * Share of the distinct items (numbers or names) of both sides that the other side lacks; an item
   * counts as present when the other side has the same token anywhere (a name may start the other
   * sentence). 0 when neither side has any.
   */
  private static double mismatch(
      Set<String> itemsA, Set<String> itemsB, Set<String> tokensA, Set<String> tokensB) {
    int total = itemsA.size() + itemsB.size();
    if (total == 0) {
      return 0;
    }
    int missing = 0;
    for (String item : itemsA) {
      if (!tokensB.contains(item)) {
        missing++;
      }
    }
    for (String item : itemsB) {
      if (!tokensA.contains(item)) {
        missing++;
      }
    }
    return (double) missing / total;
  }

  /** Folded non-stop-word tokens, numbers included. */
  static Set<String> contentWords(List<Token> tokens) {
    Set<String> words = new HashSet<>();
    for (Token token : tokens) {
      if (!StopWords.contains(token.norm())) {
        words.add(token.norm());
      }
    }
    return words;
  }

  /** Five-letter prefixes: "locally" meets "local", "increasing" meets "increased". */
  private static Set<String> stems(Set<String> words) {
    Set<String> stems = new HashSet<>();
    for (String word : words) {
      stems.add(word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word);
    }
    return stems;
  }

  /** The tokens' norms, and the value of each counting word ("five" also as "5"). */
  private static Set<String> norms(List<Token> tokens) {
    Set<String> norms = new HashSet<>(tokens.size() * 2);
    for (Token token : tokens) {
      norms.add(token.norm());
      String value = NUMBER_WORDS.get(token.norm());
      if (value != null) {
        norms.add(value);
      }
    }
    return norms;
  }

  /** The numbers of a text, a counting word as its value: "five years" and "5-year" agree. */
  private static Set<String> numbers(List<Token> tokens) {
    Set<String> numbers = new HashSet<>();
    for (Token token : tokens) {
      if (isNumber(token.norm())) {
        numbers.add(token.norm());
      } else if (NUMBER_WORDS.containsKey(token.norm())) {
        numbers.add(NUMBER_WORDS.get(token.norm()));
      }
    }
    return numbers;
  }

  private static boolean isNumber(String norm) {
    return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
  }

  /**
   * Capitalised non-stop words that do not open the text: a cheap stand-in for names (a name
   * opening the sentence is missed; sentence-initial capitals are not names as a rule).
   */
  private static Set<String> names(String text, List<Token> tokens) {
    Set<String> names = new HashSet<>();
    int shift = offsetShift(text, tokens);
    if (shift == Integer.MIN_VALUE) {
      return names;
    }
    for (int i = 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      int at = token.start() - shift;
      if (at >= 0
          && at < text.length()
          && Character.isUpperCase(text.charAt(at))
          && !isNumber(token.norm())
          && !StopWords.contains(token.norm())) {
        names.add(token.norm());
      }
    }
    return names;
  }

  /**
   * How far token offsets are from indexes into {@code text}: 0 when they index it, the sentence's
   * start when they index the document it came from; {@link Integer#MIN_VALUE} when unknown.
   */
  private static int offsetShift(String text, List<Token> tokens) {
    if (tokens.isEmpty() || text == null) {
      return Integer.MIN_VALUE;
    }
    Token first = tokens.get(0);
    if (matches(text, first, 0)) {
      return 0;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        int shift = first.start() - i;
        return matches(text, first, shift) ? shift : Integer.MIN_VALUE;
      }
    }
    return Integer.MIN_VALUE;
  }

  private static boolean matches(String text, Token token, int shift) {
    int start = token.start() - shift;
    int end = token.end() - shift;
    if (start < 0 || end > text.length() || start >= end || token.norm().isEmpty()) {
      return false;
    }
    String folded = Folding.fold(text.substring(start, start + 1));
    return !folded.isEmpty() && folded.charAt(0) == token.norm().charAt(0);
  }

  private static boolean negated(List<Token> tokens) {
    int count = 0;
    for (Token token : tokens) {
      if (StopWords.isNegation(token.norm())) {
        count++;
      }
    }
    // "not ... never" cancels out in speech rarely; parity keeps "did not deny" close to "said".
    return count % 2 == 1;
  }

  private static int intersectionSize(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String s : small) {
      if (large.contains(s)) {
        n++;
      }
    }
    return n;
  }

  /** Length of the longest common subsequence of the two token norm sequences. */
  static int commonSubsequence(List<Token> ta, List<Token> tb) {
    int n = ta.size();
    int m = tb.size();
    if (n == 0 || m == 0) {
      return 0;
    }
    if ((long) n * m > MAX_LCS_CELLS) {
      // Long passages: the shared-token count bounds the LCS from above and is close for copies.
      return Math.min(intersectionSize(norms(ta), norms(tb)), Math.min(n, m));
    }
    String[] a = new String[n];
    String[] b = new String[m];
    for (int i = 0; i < n; i++) {
      a[i] = ta.get(i).norm();
    }
    for (int j = 0; j < m; j++) {
      b[j] = tb.get(j).norm();
    }
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        current[j] =
            a[i - 1].equals(b[j - 1]) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[m];
  }

  /** Function words left out of content-word overlap; negations are kept apart, not ignored. */
  private static final class StopWords {
    private static final Set<String> NEGATIONS = WordLists.set("reuse/paraphrase-negations.txt");

    static boolean contains(String norm) {
      return !NEGATIONS.contains(norm) && crosscheck.text.StopWords.any(norm);
    }

    static boolean isNegation(String norm) {
      return NEGATIONS.contains(norm);
    }
  }
}
