package crosscheck.text;

import java.util.HashMap;
import java.util.Map;

/** English and Spanish month names and their usual abbreviations, shared by ingest and facts. */
public final class MonthNames {
  private static final Map<String, Integer> NUMBERS = new HashMap<>();

  static {
    String[][] names = {
      {"january", "jan", "enero"},
      {"february", "feb", "febrero"},
      {"march", "mar", "marzo"},
      {"april", "apr", "abril"},
      {"may", "mayo"},
      {"june", "jun", "junio"},
      {"july", "jul", "julio"},
      {"august", "aug", "agosto"},
      {"september", "sep", "sept", "septiembre", "setiembre"},
      {"october", "oct", "octubre"},
      {"november", "nov", "noviembre"},
      {"december", "dec", "diciembre"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) NUMBERS.put(name, i + 1);
    }
  }

  private MonthNames() {}

  /** 1..12 for a lower-case month name or abbreviation without its dot, else 0. */
  public static int number(String lowerCaseName) {
    return NUMBERS.getOrDefault(lowerCaseName, 0);
  }
}
