package crosscheck.facts;

import static crosscheck.facts.TimeLexicon.integer;
import static crosscheck.facts.TimeLexicon.key;

import crosscheck.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times named by a word, and the words that move a time, in English and Spanish, read from {@code
 * facts/*.tsv}: days named from the day of writing (yesterday, anoche), parts of the day, seasons,
 * holidays, centuries, quarter ordinals, noon; relative words (last, próximo), directions (ago,
 * hace) and frequency words (annually). Lookups take any spelling the rules match: they fold case
 * and accents ({@link TimeLexicon#key}). Immutable.
 */
final class TimeNames {

  private static final List<List<String>> DEICTIC_DAYS =
      WordLists.table("facts/deictic-days.tsv", 4);
  private static final List<List<String>> PARTS_OF_DAY =
      WordLists.table("facts/parts-of-day.tsv", 4);
  private static final List<List<String>> SEASONS = WordLists.table("facts/seasons.tsv", 3);
  private static final List<List<String>> DIRECTIONS =
      WordLists.table("facts/time-directions.tsv", 4);
  private static final List<List<String>> HOLIDAYS = WordLists.table("facts/holidays.tsv", 3);
  private static final List<List<String>> CENTURIES = WordLists.table("facts/century-names.tsv", 3);

  // The rows above by the lookup form of their phrase.
  private static final Map<String, List<String>> DEICTIC_BY_PHRASE = index(DEICTIC_DAYS, 1);
  private static final Map<String, List<String>> PART_BY_WORD = index(PARTS_OF_DAY, 1);
  private static final Map<String, List<String>> SEASON_BY_WORD = index(SEASONS, 1);
  private static final Map<String, List<String>> DIRECTION_BY_PHRASE = index(DIRECTIONS, 1);
  private static final Map<String, List<String>> HOLIDAY_BY_PHRASE = index(HOLIDAYS, 0);

  private static final Map<String, String> FREQUENCIES =
      keyed(WordLists.map("facts/frequency-words.tsv"));
  private static final Map<String, String> NOON = keyed(WordLists.map("facts/noon-words.tsv"));
  private static final Map<String, String> QUARTER_ORDINALS =
      keyed(WordLists.map("facts/quarter-ordinals.tsv"));
  private static final Map<String, Integer> SHIFTS = new HashMap<>();

  static {
    for (List<String> row : WordLists.table("facts/relative-words.tsv", 3)) {
      SHIFTS.put(key(row.get(1)), integer("facts/relative-words.tsv", row.get(2)));
    }
  }

  private TimeNames() {}

  /** The phrases naming a day from the day of writing ("yesterday", "pasado mañana"), in order. */
  static List<String> deicticDays(String language) {
    return column(DEICTIC_DAYS, 0, language, 1);
  }

  /** Days from the day of writing for a phrase of {@link #deicticDays}, or null. */
  static Integer deicticShift(String phrase) {
    List<String> row = row(DEICTIC_BY_PHRASE, phrase);
    return row == null ? null : integer("facts/deictic-days.tsv", row.get(2));
  }

  /** Whether a phrase of {@link #deicticDays} names that day's night ("tonight", "anoche"). */
  static boolean deicticNight(String phrase) {
    List<String> row = row(DEICTIC_BY_PHRASE, phrase);
    return row != null && row.get(3).equals("night");
  }

  /** Parts of the day said after a day ("Friday night"); with {@code clock}, after a clock too. */
  static List<String> partsOfDay(String language, boolean clock) {
    return PARTS_OF_DAY.stream()
        .filter(r -> r.get(0).equals(language) && (clock || r.get(3).equals("day")))
        .map(r -> r.get(1))
        .toList();
  }

  /** The TimeML part (TMO, TAF, TEV, TNI) of a part of the day; TNI when unknown. */
  static String partOfDay(String word) {
    List<String> row = row(PART_BY_WORD, word);
    return row == null ? "TNI" : row.get(2);
  }

  /** The seasons of a language, in order. */
  static List<String> seasons(String language) {
    return column(SEASONS, 0, language, 1);
  }

  /** The TimeML season (SP, SU, FA, WI) of a season word, or null. */
  static String season(String word) {
    List<String> row = row(SEASON_BY_WORD, word);
    return row == null ? null : row.get(2);
  }

  /** How many units a relative word moves a time: -1 (last), 1 (next), 0 (this or unknown). */
  static int shift(String word) {
    return SHIFTS.getOrDefault(word, 0);
  }

  /** Phrases counting a span back or ahead ("ago", "dentro de"), in order. */
  static List<String> directions(String language) {
    return column(DIRECTIONS, 0, language, 1);
  }

  /** -1 for a phrase counting back ("ago", "hace"), 1 ahead. */
  static int direction(String phrase) {
    List<String> row = row(DIRECTION_BY_PHRASE, phrase);
    return row == null ? 1 : integer("facts/time-directions.tsv", row.get(2));
  }

  /** Whether a direction counts from another event of the text ("two days later"). */
  static boolean countsFromAnEvent(String phrase) {
    List<String> row = row(DIRECTION_BY_PHRASE, phrase);
    return row != null && row.get(3).equals("event");
  }

  /** Holiday names, in the order they are tried. */
  static List<String> holidays() {
    return HOLIDAYS.stream().map(r -> r.get(0)).toList();
  }

  /** {month, day} of a holiday, day 0 for the fourth Thursday of the month; null when unknown. */
  static int[] holiday(String phrase) {
    List<String> row = row(HOLIDAY_BY_PHRASE, phrase);
    if (row == null) return null;
    String resource = "facts/holidays.tsv";
    return new int[] {integer(resource, row.get(1)), integer(resource, row.get(2))};
  }

  /** Names of centuries (English ordinals, Spanish Roman numerals), in order. */
  static List<String> centuries(String language) {
    return column(CENTURIES, 0, language, 1);
  }

  /** The century a name of {@link #centuries} stands for (as written), or null. */
  static Integer century(String name) {
    for (List<String> row : CENTURIES) {
      if (row.get(1).equals(name)) return integer("facts/century-names.tsv", row.get(2));
    }
    return null;
  }

  /** Ordinals of quarters and halves ("third", "3rd"), in order. */
  static List<String> quarterOrdinals() {
    return List.copyOf(WordLists.map("facts/quarter-ordinals.tsv").keySet());
  }

  /** The number of a quarter ordinal, or 0. */
  static int quarterOrdinal(String word) {
    String n = QUARTER_ORDINALS.get(key(word));
    return n == null ? 0 : integer("facts/quarter-ordinals.tsv", n);
  }

  /** Adverbs of frequency ("annually"), in order. */
  static List<String> frequencyWords() {
    return List.copyOf(WordLists.map("facts/frequency-words.tsv").keySet());
  }

  /** The TimeML period of an adverb of frequency ("P1Y"), or null. */
  static String frequency(String word) {
    return FREQUENCIES.get(key(word));
  }

  /** Words for noon and midnight, in order. */
  static List<String> noonWords() {
    return List.copyOf(WordLists.map("facts/noon-words.tsv").keySet());
  }

  /** The clock time ("T12:00", "T24:00") of a word for noon or midnight, or null. */
  static String noon(String word) {
    return NOON.get(key(word));
  }

  private static List<String> column(List<List<String>> rows, int c, String value, int out) {
    return rows.stream().filter(r -> r.get(c).equals(value)).map(r -> r.get(out)).toList();
  }

  /** The row of a phrase in the lookup form, white space as one space; null when none. */
  private static List<String> row(Map<String, List<String>> index, String phrase) {
    return index.get(key(phrase).replaceAll("\\s+", " "));
  }

  private static Map<String, List<String>> index(List<List<String>> rows, int c) {
    Map<String, List<String>> out = new HashMap<>();
    for (List<String> row : rows) out.putIfAbsent(key(row.get(c)).replaceAll("\\s+", " "), row);
    return Map.copyOf(out);
  }

  private static Map<String, String> keyed(Map<String, String> map) {
    Map<String, String> out = new HashMap<>();
    map.forEach((k, v) -> out.put(key(k), v));
    return Map.copyOf(out);
  }
}
