package crosscheck.job;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** One INFO line per stage: its name, what it produced, and how long it took. */
final class StageLog {
  private static final Logger LOG = LogManager.getLogger("crosscheck.stages");

  <T> T time(String stage, Supplier<T> work, Function<T, String> counts) {
    long start = System.nanoTime();
    T result = work.get();
    String what = counts.apply(result);
    LOG.info(
        String.format(
            java.util.Locale.ROOT,
            "%-9s %s in %.1f s",
            stage,
            what,
            (System.nanoTime() - start) / 1e9));
    return result;
  }

  /** One WARN line per limit that left something out, with the setting to raise. */
  void limit(crosscheck.model.LimitNotice limit) {
    LOG.warn(String.format(java.util.Locale.ROOT, "%-9s %s", limit.stage(), limit.message()));
  }
}
