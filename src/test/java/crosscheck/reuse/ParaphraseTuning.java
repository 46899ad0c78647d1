package crosscheck.reuse;

import crosscheck.bench.PairBenchmark;
import crosscheck.bench.PairBenchmark.Dataset;
import crosscheck.bench.PairBenchmark.LabeledPair;
import crosscheck.bench.PairBenchmark.Result;
import crosscheck.bench.PairBenchmark.Split;
import crosscheck.model.Span;
import crosscheck.model.Token;
import crosscheck.reuse.ParaphraseScorer.Features;
import crosscheck.text.Tokenizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the weights of {@link ParaphraseScorer} on the TRAIN splits of PAN-10 and MRPC and reports
 * kernel-level figures on train and test (not a unit test: it reads the benchmark folder).
 *
 * <pre>
 * java -cp ... crosscheck.reuse.ParaphraseTuning [data-dir] [embedding-cache-dir]
 * </pre>
 *
 * Logistic regression by Newton steps with a small L2 penalty; each training split is weighted to
 * the same total so the larger PAN set does not drown MRPC. The threshold maximises F1 over both
 * training splits pooled the same way.
 */
public final class ParaphraseTuning {

  private static final double LAMBDA = 1e-3;
  private static final String[] NAMES = {
    "BIAS",
    "W_COSINE",
    "W_JACCARD",
    "W_STEM_JACCARD",
    "W_CONTAINMENT",
    "W_NUMBER_MISMATCH",
    "W_NAME_MISMATCH",
    "W_NEGATION_MISMATCH",
    "W_LENGTH_RATIO",
    "W_LCS_RATIO"
  };

  record Example(double[] x, boolean label, boolean plausible, boolean conflict) {
    Example(double[] x, boolean label, boolean plausible) {
      this(x, label, plausible, false);
    }
  }

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : PairBenchmark.DEFAULT_DATA);
    Path cache = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"));
    double gate = ParaphraseScorer.ParaphraseParams.DEFAULTS.minLexicalOverlap();
    List<Example> panTrain = examples(Dataset.PAN10, Split.TRAIN, data, cache, gate);
    List<Example> mrpcTrain = examples(Dataset.MRPC, Split.TRAIN, data, cache, gate);
    List<Example> panTest = examples(Dataset.PAN10, Split.TEST, data, cache, gate);
    List<Example> mrpcTest = examples(Dataset.MRPC, Split.TEST, data, cache, gate);

    List<Example> train = new ArrayList<>(panTrain);
    train.addAll(mrpcTrain);
    double[] weights = new double[train.size()];
    for (int i = 0; i < train.size(); i++) {
      weights[i] = i < panTrain.size() ? 1.0 / panTrain.size() : 1.0 / mrpcTrain.size();
    }
    double[] w = fit(train, weights);
    for (int i = 0; i < w.length; i++) {
      System.out.printf(Locale.ROOT, "  static final double %s = %.4f;%n", NAMES[i], w[i]);
    }
    double threshold = bestThreshold(train, weights, w);
    System.out.printf(Locale.ROOT, "pooled threshold %.3f%n", threshold);
    double panThreshold = bestThreshold(panTrain, null, w);
    double mrpcThreshold = bestThreshold(mrpcTrain, null, w);
    System.out.printf(
        Locale.ROOT, "per-set thresholds: pan %.3f mrpc %.3f%n", panThreshold, mrpcThreshold);
    for (var entry :
        List.of(
            new Object[] {"pan10 train", panTrain}, new Object[] {"pan10 test", panTest},
            new Object[] {"mrpc train", mrpcTrain}, new Object[] {"mrpc test", mrpcTest})) {
      @SuppressWarnings("unchecked")
      List<Example> set = (List<Example>) entry[1];
      System.out.println(
          entry[0] + " pooled-threshold  " + evaluate(set, w, threshold, true).line());
      System.out.println(
          entry[0] + " no gate           " + evaluate(set, w, threshold, false).line());
      double own = ((String) entry[0]).startsWith("pan") ? panThreshold : mrpcThreshold;
      System.out.println(entry[0] + " own-threshold     " + evaluate(set, w, own, true).line());
      System.out.println(entry[0] + " cosine only       " + cosineOnly(set, train, weights).line());
      System.out.println(entry[0] + " gate recall/neg   " + gateFigures(set));
    }
  }

  static List<Example> examples(Dataset dataset, Split split, Path data, Path cache, double gate)
      throws IOException {
    List<LabeledPair> pairs = PairBenchmark.readPairs(dataset, split, data);
    List<String> texts = new ArrayList<>();
    for (LabeledPair pair : pairs) {
      texts.add(pair.a());
      texts.add(pair.b());
    }
    Path cacheFile = cache.resolve("crosscheck-embeddings-" + dataset + "-" + split + ".bin");
    List<float[]> vectors = cachedEmbeddings(texts, cacheFile);
    Tokenizer tokenizer = new Tokenizer();
    List<Example> examples = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < pairs.size(); i++) {
      LabeledPair pair = pairs.get(i);
      List<Token> ta = tokenizer.tokenize(pair.a(), new Span(0, pair.a().length()));
      List<Token> tb = tokenizer.tokenize(pair.b(), new Span(0, pair.b().length()));
      Features f =
          ParaphraseScorer.features(
              pair.a(), ta, vectors.get(2 * i), pair.b(), tb, vectors.get(2 * i + 1));
      examples.add(
          new Example(
              vector(f),
              pair.reused(),
              ParaphraseScorer.plausible(ta, tb, gate),
              f.numbersConflict()));
    }
    System.out.printf(
        Locale.ROOT,
        "%s %s: %d pairs, lexical features %.0f pairs/s%n",
        dataset,
        split,
        pairs.size(),
        pairs.size() / ((System.nanoTime() - start) / 1e9));
    return examples;
  }

  static double[] vector(Features f) {
    return new double[] {
      1,
      f.cosine(),
      f.jaccard(),
      f.stemJaccard(),
      f.containment(),
      f.numberMismatch(),
      f.nameMismatch(),
      f.negationMismatch(),
      f.lengthRatio(),
      f.lcsRatio()
    };
  }

  static List<float[]> cachedEmbeddings(List<String> texts, Path file) throws IOException {
    if (Files.exists(file)) {
      try (DataInputStream in =
          new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
        int n = in.readInt();
        if (n == texts.size()) {
          List<float[]> vectors = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            float[] v = new float[in.readInt()];
            for (int j = 0; j < v.length; j++) {
              v[j] = in.readFloat();
            }
            vectors.add(v);
          }
          return vectors;
        }
      }
    }
    long start = System.nanoTime();
    List<float[]> vectors = SentenceEmbedder.embedAll(texts);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "embedded %d sentences in %.1f s: %.1f sentences/s (%d threads)%n",
        texts.size(),
        seconds,
        texts.size() / seconds,
        SentenceEmbedder.intraOpThreads());
    try (DataOutputStream out =
        new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(vectors.size());
      for (float[] v : vectors) {
        out.writeInt(v.length);
        for (float x : v) {
          out.writeFloat(x);
        }
      }
    }
    return vectors;
  }

  static double predict(double[] w, double[] x) {
    double z = 0;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Weighted L2-regularised logistic regression by Newton's method. */
  static double[] fit(List<Example> examples, double[] weights) {
    int d = examples.get(0).x().length;
    double[] w = new double[d];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int k = 0; k < examples.size(); k++) {
        double[] x = examples.get(k).x();
        double p = predict(w, x);
        double y = examples.get(k).label() ? 1 : 0;
        double c = weights[k];
        for (int i = 0; i < d; i++) {
          gradient[i] += c * (p - y) * x[i];
          for (int j = 0; j < d; j++) {
            hessian[i][j] += c * p * (1 - p) * x[i] * x[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        gradient[i] += LAMBDA * w[i];
        hessian[i][i] += LAMBDA;
      }
      hessian[0][0] += 1e-9;
      double[] step = solve(hessian, gradient);
      double size = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        size += Math.abs(step[i]);
      }
      if (size < 1e-9) {
        break;
      }
    }
    return w;
  }

  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double factor = m[r][col] / m[col][col];
          for (int c = col; c <= n; c++) {
            m[r][c] -= factor * m[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][n] / m[i][i];
    }
    return x;
  }

  /** The threshold with the best (weighted) F1 over a grid of 0.01 steps. */
  static double bestThreshold(List<Example> examples, double[] weights, double[] w) {
    double best = 0.5;
    double bestF1 = -1;
    for (int step = 5; step <= 95; step++) {
      double t = step / 100.0;
      double tp = 0;
      double fp = 0;
      double fn = 0;
      for (int k = 0; k < examples.size(); k++) {
        Example e = examples.get(k);
        double c = weights == null ? 1 : weights[k];
        boolean predicted = e.plausible() && predict(w, e.x()) >= t && !e.conflict();
        if (predicted && e.label()) {
          tp += c;
        } else if (predicted) {
          fp += c;
        } else if (e.label()) {
          fn += c;
        }
      }
      double f1 = 2 * tp / (2 * tp + fp + fn);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  static Result evaluate(List<Example> examples, double[] w, double threshold, boolean gated) {
    boolean[] gold = new boolean[examples.size()];
    boolean[] predicted = new boolean[examples.size()];
    for (int k = 0; k < examples.size(); k++) {
      Example e = examples.get(k);
      gold[k] = e.label();
      predicted[k] = (!gated || e.plausible()) && predict(w, e.x()) >= threshold && !e.conflict();
    }
    return Result.of(gold, predicted);
  }

  /** Baseline: a logistic fit on the cosine alone. */
  static Result cosineOnly(List<Example> set, List<Example> train, double[] weights) {
    List<Example> reduced = new ArrayList<>();
    for (Example e : train) {
      reduced.add(new Example(new double[] {1, e.x()[1]}, e.label(), e.plausible()));
    }
    double[] w = fit(reduced, weights);
    double t = bestThreshold(reduced, weights, w);
    List<Example> target = new ArrayList<>();
    for (Example e : set) {
      target.add(new Example(new double[] {1, e.x()[1]}, e.label(), true));
    }
    return evaluate(target, w, t, false);
  }

  static String gateFigures(List<Example> set) {
    int positives = 0;
    int positivesPassing = 0;
    int negatives = 0;
    int negativesPassing = 0;
    for (Example e : set) {
      if (e.label()) {
        positives++;
        positivesPassing += e.plausible() ? 1 : 0;
      } else {
        negatives++;
        negativesPassing += e.plausible() ? 1 : 0;
      }
    }
    return String.format(
        Locale.ROOT,
        "positives passing %d/%d, negatives passing %d/%d",
        positivesPassing,
        positives,
        negativesPassing,
        negatives);
  }
}
