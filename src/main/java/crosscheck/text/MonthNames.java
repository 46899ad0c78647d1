package crosscheck.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Month names and their usual abbreviations in the job's languages ({@code text/months.tsv}),
 * shared by layout, facts and reuse.
 */
public final class MonthNames {
  private static final String RESOURCE = "text/months.tsv";
  private static final Map<String, Integer> NUMBERS = new HashMap<>();
  private static final Map<String, Set<String>> FULL = new HashMap<>();
  private static final Map<String, Set<String>> ALL = new HashMap<>();

  static {
    for (List<String> row : WordLists.table(RESOURCE, 4)) {
      int month;
      try {
        month = Integer.parseInt(row.get(0));
      } catch (NumberFormatException e) {
        month = 0;
      }
      if (month < 1
          || month > 12
          || !(row.get(3).equals("full") || row.get(3).equals("abbreviation"))) {
        throw new IllegalStateException(
            "word list src/main/resources/crosscheck/" + RESOURCE + ": bad row " + row);
      }
      String name = row.get(2);
      NUMBERS.put(name, month);
      ALL.computeIfAbsent(row.get(1), k -> new HashSet<>()).add(name);
      if (row.get(3).equals("full"))
        FULL.computeIfAbsent(row.get(1), k -> new HashSet<>()).add(name);
    }
  }

  private MonthNames() {}

  /**
   * 1..12 for a lower-case month name or abbreviation (without its dot) of any language, else 0.
   */
  public static int number(String lowerCaseName) {
    return NUMBERS.getOrDefault(lowerCaseName, 0);
  }

  /** The full month names of a language ("en", "es"), lower case. */
  public static Set<String> fullNames(String language) {
    return Set.copyOf(FULL.getOrDefault(language, Set.of()));
  }

  /** The full names and abbreviations of a language, lower case. */
  public static Set<String> namesAndAbbreviations(String language) {
    return Set.copyOf(ALL.getOrDefault(language, Set.of()));
  }

  /**
   * Every month name and abbreviation of every language as alternatives of a regular expression
   * ({@code january|jan|...}, longest first), for the caller to group.
   */
  public static String alternatives() {
    return String.join(
        "|",
        NUMBERS.keySet().stream()
            .sorted(
                java.util.Comparator.comparingInt(String::length)
                    .reversed()
                    .thenComparing(java.util.Comparator.naturalOrder()))
            .map(Folding::accentTolerant)
            .toList());
  }
}
