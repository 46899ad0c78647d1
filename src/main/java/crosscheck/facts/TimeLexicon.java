package crosscheck.facts;

import crosscheck.text.Folding;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Words of time in English and Spanish: months, weekdays, number words, units. Immutable. */
final class TimeLexicon {

  /** The value a vague quantity word ("several", "varios") stands for: TimeML's X. */
  static final int VAGUE = -1;

  // English month names are matched case-sensitively so that "may", "march" and "fall" stay verbs.
  static final String MONTH_EN =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?"
          + "|Nov\\.?|Dec\\.?)(?![\\p{L}])";
  static final String MONTH_ES =
      "(?iu:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
          + "|noviembre|diciembre)(?![\\p{L}])";
  static final String WEEKDAY_EN =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])";
  static final String WEEKDAY_ES =
      "(?iu:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?![\\p{L}])";

  // Triggers: cheap patterns over lower-cased text that gate the full rules.
  static final String MONTH_TRIGGER =
      "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september"
          + "|sept|sep|october|oct|november|nov|december|dec";
  static final String MES_TRIGGER =
      "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
          + "|diciembre";
  static final String WEEKDAY_ES_TRIGGER =
      "lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo";

  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  private static final Map<String, Integer> NUMBERS_EN = new HashMap<>();
  private static final Map<String, Integer> NUMBERS_ES = new HashMap<>();

  static {
    String[][] days = {
      {"monday", "lunes"},
      {"tuesday", "martes"},
      {"wednesday", "miercoles"},
      {"thursday", "jueves"},
      {"friday", "viernes"},
      {"saturday", "sabado"},
      {"sunday", "domingo"}
    };
    for (int i = 0; i < days.length; i++) {
      for (String name : days[i]) WEEKDAYS.put(name, i + 1);
    }
    String[] en = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"
    };
    for (int i = 0; i < en.length; i++) NUMBERS_EN.put(en[i], i);
    String[] tensEn = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tensEn.length; i++) NUMBERS_EN.put(tensEn[i], 20 + 10 * i);
    NUMBERS_EN.put("a", 1);
    NUMBERS_EN.put("an", 1);
    NUMBERS_EN.put("hundred", 100);
    NUMBERS_EN.put("a hundred", 100);
    NUMBERS_EN.put("a few", VAGUE);
    NUMBERS_EN.put("few", VAGUE);
    NUMBERS_EN.put("several", VAGUE);
    NUMBERS_EN.put("many", VAGUE);
    NUMBERS_EN.put("a couple of", 2);
    NUMBERS_EN.put("couple of", 2);
    NUMBERS_EN.put("a dozen", 12);
    String[] es = {
      "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
      "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho",
      "diecinueve", "veinte"
    };
    for (int i = 0; i < es.length; i++) NUMBERS_ES.put(es[i], i);
    String[] tensEs = {"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};
    for (int i = 0; i < tensEs.length; i++) NUMBERS_ES.put(tensEs[i], 30 + 10 * i);
    NUMBERS_ES.put("un", 1);
    NUMBERS_ES.put("una", 1);
    NUMBERS_ES.put("cien", 100);
    NUMBERS_ES.put("varios", VAGUE);
    NUMBERS_ES.put("varias", VAGUE);
    NUMBERS_ES.put("unos", VAGUE);
    NUMBERS_ES.put("unas", VAGUE);
    NUMBERS_ES.put("algunos", VAGUE);
    NUMBERS_ES.put("algunas", VAGUE);
    NUMBERS_ES.put("muchos", VAGUE);
    NUMBERS_ES.put("muchas", VAGUE);
  }

  /** Number words of a language as a regex alternative (longest first), plus digits. */
  static final String NUMBER_EN = numberRegex(NUMBERS_EN, "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)");
  static final String NUMBER_ES = numberRegex(NUMBERS_ES, "veinti(?:un|uno|una|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa) y (?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)");

  private TimeLexicon() {}

  private static String numberRegex(Map<String, Integer> words, String compounds) {
    List<String> sorted =
        words.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(w -> w.replace(" ", "\\s+").replace("dieciseis", "diecis[eé]is"))
            .collect(Collectors.toList());
    return "(?:\\d{1,3}(?:\\.\\d+)?(?:\\s+1/2)?|(?iu:" + compounds + "|" + String.join("|", sorted) + "))";
  }

  /** The lookup form of a time word: folded, dots dropped ("Sept." gives "sept"). */
  static String key(String word) {
    return Folding.fold(word).replace(".", "").trim();
  }

  /** 1..12, or 0 when not a month name. */
  static int month(String word) {
    return crosscheck.text.MonthNames.number(key(word));
  }

  /** 1 (Monday) .. 7 (Sunday), or 0. */
  static int weekday(String word) {
    return WEEKDAYS.getOrDefault(key(word), 0);
  }

  /**
   * The value of a number written in digits or words; {@link #VAGUE} for "several"; halves kept as
   * .5 ("2 1/2"); null when not a number.
   */
  static Double number(String raw) {
    String w = key(raw).replaceAll("\\s+", " ");
    if (w.matches("\\d+(\\.\\d+)?( 1/2)?")) {
      boolean half = w.endsWith(" 1/2");
      double v = Double.parseDouble(half ? w.substring(0, w.length() - 4) : w);
      return half ? v + 0.5 : v;
    }
    Integer simple = NUMBERS_EN.get(w);
    if (simple == null) simple = NUMBERS_ES.get(w);
    if (simple != null) return (double) simple;
    if (w.startsWith("veinti")) {
      Integer unit = NUMBERS_ES.get(w.substring(6).replace("un", "uno").replace("unoo", "uno"));
      return unit == null ? null : 20.0 + unit;
    }
    String[] parts = w.split("-| y ");
    if (parts.length == 2) {
      Integer tens = NUMBERS_EN.getOrDefault(parts[0], NUMBERS_ES.get(parts[0]));
      String u = parts[1].equals("un") || parts[1].equals("una") ? "uno" : parts[1];
      Integer unit = NUMBERS_EN.getOrDefault(u, NUMBERS_ES.get(u));
      if (tens != null && unit != null) return (double) tens + unit;
    }
    return null;
  }

  /**
   * The TimeML unit letter of a unit word: Y, M, W, D, H, MIN, S, DE (decade), CE (century), Q,
   * WE (weekend); null when not a unit.
   */
  static String unit(String raw) {
    String w = key(raw);
    if (w.endsWith("s") && !w.equals("mes") && !w.equals("dias") && !w.equals("horas")) {
      w = w.substring(0, w.length() - 1);
    }
    return switch (w) {
      case "year", "ano", "anos" -> "Y";
      case "month", "mes", "mese" -> "M";
      case "week", "semana" -> "W";
      case "day", "dia", "dias" -> "D";
      case "hour", "hora", "horas" -> "H";
      case "minute", "minuto" -> "MIN";
      case "second", "segundo" -> "S";
      case "decade", "decada" -> "DE";
      case "century", "centurie", "siglo" -> "CE";
      case "quarter", "trimestre" -> "Q";
      case "weekend", "fin de semana" -> "WE";
      default -> null;
    };
  }
}
