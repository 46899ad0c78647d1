package crosscheck.facts;

/**
 * The year a value's own words date it to, read against a year the caller knows: a story's year
 * when the value's document gives none ("92 seats in the 2019 elections" in an undated article of a
 * 2025 story is a figure of an earlier vote).
 */
public final class FigureYears {
  private FigureYears() {}

  /** Whether a year written in the value's clause, near it, is before {@code year}. */
  public static boolean before(Measurement m, int year) {
    if (m.quantity() == null) return false;
    int start = m.quantity().start() - m.sentenceStart();
    int end = m.quantity().end() - m.sentenceStart();
    if (start < 0 || end > m.sentence().length()) return false;
    return MeasurementCues.earlierYear(m.sentence(), 0, start, end, m.sentence().length(), year);
  }
}
