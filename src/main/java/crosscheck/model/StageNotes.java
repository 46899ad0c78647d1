package crosscheck.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a stage could not do fully, as it travels beside the rows of one document (or one pair of
 * documents) to the driver: the {@link DocumentNotice}s that join the documents' manifest warnings,
 * and each limit reached as a {@link LimitNotice} counting what it left out or cut in that document
 * alone. The driver sums the latter into the manifest's {@code limits} ({@link #totals}).
 */
public record StageNotes(List<DocumentNotice> notices, List<LimitNotice> limits)
    implements java.io.Serializable {

  public static final StageNotes NONE = new StageNotes(List.of(), List.of());

  public StageNotes {
    notices = notices == null ? List.of() : List.copyOf(notices);
    limits = limits == null ? List.of() : List.copyOf(limits);
  }

  public boolean isEmpty() {
    return notices.isEmpty() && limits.isEmpty();
  }

  public StageNotes plus(StageNotes other) {
    if (other == null || other.isEmpty()) return this;
    if (isEmpty()) return other;
    List<DocumentNotice> n = new ArrayList<>(notices);
    n.addAll(other.notices);
    List<LimitNotice> l = new ArrayList<>(limits);
    l.addAll(other.limits);
    return new StageNotes(n, l);
  }

  /**
   * A limit of the job file reached in one document.
   *
   * @param setting the job-file key ({@code segment.max_sentence_tokens})
   * @param limit its value in this run
   * @param count how many items of this document it left out or cut
   * @param what the items and what happened to them, without the count, the same for every document
   *     of a run ("sentences of over 250 words cut into pieces")
   */
  public static StageNotes limit(
      String doc, String stage, String setting, long limit, long count, String what) {
    if (count <= 0) return NONE;
    return new StageNotes(
        List.of(
            new DocumentNotice(
                doc, stage, setting + " (" + limit + ") reached: " + count + " " + what)),
        List.of(new LimitNotice(stage, setting, count, what)));
  }

  /**
   * A failure that cost one document a stage or part of it: an exception, or a stack or heap
   * exhausted on it.
   *
   * @param lost what the document goes without ("no claims", "no speakers")
   */
  public static StageNotes failure(String doc, String stage, Throwable e, String lost) {
    return new StageNotes(List.of(new DocumentNotice(doc, stage, lost + ": " + describe(e))), null);
  }

  /** A failure as one line: "the kernel failed (IllegalStateException: why)". */
  public static String describe(Throwable e) {
    String kind =
        e instanceof OutOfMemoryError
            ? "ran out of memory"
            : e instanceof StackOverflowError ? "ran out of stack" : "failed";
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    if (message.length() > 200) message = message.substring(0, 200) + "…";
    return "the kernel " + kind + " on it (" + e.getClass().getSimpleName() + message + ")";
  }

  /**
   * Whether a kernel's failure on one document may cost only that document: exceptions, and the
   * stack or heap exhausted by that document's work (its allocations are gone once the kernel
   * unwinds). Any other error (a class missing from the build) fails the run.
   */
  public static boolean isDocumentFailure(Throwable e) {
    return e instanceof RuntimeException
        || e instanceof StackOverflowError
        || e instanceof OutOfMemoryError;
  }

  /**
   * The limits of one stage in a run: one notice per setting, counting what it left out in all
   * documents, ordered by setting.
   */
  public static List<LimitNotice> totals(Collection<LimitNotice> perDocument) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    Map<String, LimitNotice> first = new LinkedHashMap<>();
    for (LimitNotice n : perDocument) {
      String key = n.stage() + "\u0000" + n.setting();
      first.putIfAbsent(key, n);
      long[] s = sums.computeIfAbsent(key, k -> new long[2]);
      s[0] += n.count();
      s[1]++;
    }
    List<LimitNotice> out = new ArrayList<>();
    first.forEach(
        (key, n) -> {
          long[] s = sums.get(key);
          String documents = s[1] == 1 ? "1 document" : s[1] + " documents";
          out.add(
              new LimitNotice(
                  n.stage(),
                  n.setting(),
                  s[0],
                  s[0] + " " + n.message() + ", in " + documents + ": raise " + n.setting()));
        });
    out.sort(Comparator.comparing(LimitNotice::setting));
    return out;
  }
}
