package crosscheck.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Weekday names of the job's languages ({@code text/weekdays.tsv}), looked up folded. */
public final class Weekdays {
  private static final String RESOURCE = "text/weekdays.tsv";
  private static final Map<String, Integer> NUMBERS = new HashMap<>();
  private static final List<String> NAMES = new ArrayList<>();
  private static final Map<String, List<String>> BY_LANGUAGE = new HashMap<>();

  static {
    for (List<String> row : WordLists.table(RESOURCE, 3)) {
      int day = row.get(0).matches("[1-7]") ? Integer.parseInt(row.get(0)) : 0;
      if (day == 0) {
        throw new IllegalStateException(
            "word list src/main/resources/crosscheck/" + RESOURCE + ": bad day in " + row);
      }
      NUMBERS.put(Folding.fold(row.get(2)), day);
      NAMES.add(row.get(2));
      BY_LANGUAGE.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row.get(2));
    }
  }

  private Weekdays() {}

  /** 1 (Monday) .. 7 (Sunday) for a weekday name in any case, with or without accents; else 0. */
  public static int number(String name) {
    return NUMBERS.getOrDefault(Folding.fold(name), 0);
  }

  /** The weekday names of a language ("en", "es"), Monday first, lower case as in the table. */
  public static List<String> names(String language) {
    return List.copyOf(BY_LANGUAGE.getOrDefault(language, List.of()));
  }

  /** Every weekday name as one alternation that tolerates missing accents, longest names first. */
  public static String alternation() {
    return "(?:"
        + String.join(
            "|",
            NAMES.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Folding::accentTolerant)
                .toList())
        + ")";
  }
}
