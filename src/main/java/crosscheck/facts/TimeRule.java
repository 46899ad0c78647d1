package crosscheck.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of time expressions and how to normalise what it matched. The pattern is compiled
 * once; {@link Resolver}s are stateless, so rules are shared across threads.
 */
record TimeRule(
    String name,
    Language language,
    Pattern trigger,
    Pattern pattern,
    Resolver resolver,
    int before,
    int after) {

  /** Which texts a rule applies to. */
  enum Language {
    EN,
    ES,
    ANY;

    boolean covers(String lang) {
      if (this == ANY || lang == null) return true;
      return switch (lang) {
        case "en" -> this == EN;
        case "es" -> this == ES;
        default -> true;
      };
    }
  }

  /** Turns one match into a time value, or null to reject the match. */
  @FunctionalInterface
  interface Resolver {
    TimeValue resolve(Matcher m, TimeContext ctx);
  }

  /**
   * A rule that runs only near its trigger: a pattern matching a whole lower-cased word (a month
   * name, a unit word; a number word keeps the character after it: "2023-", "10:") that every
   * match of the full pattern contains. Scanning all of a text with
   * each full pattern costs tens of milliseconds per article; around triggers, about one.
   */
  static TimeRule of(
      String name, Language language, String trigger, String regex, Resolver resolver) {
    return new TimeRule(
        name, language, Pattern.compile(trigger), Pattern.compile(regex), resolver, 70, 50);
  }

  /** This rule searching only {@code before} characters before a trigger and {@code after} after. */
  TimeRule around(int before, int after) {
    return new TimeRule(name, language, trigger, pattern, resolver, before, after);
  }

  // Shared regex parts.
  static final String YEAR = "(?:1\\d{3}|20\\d{2})(?![\\d])";
  static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|º)?(?![\\d\\p{L}])(?!,\\d)";
  static final String END = "(?![\\p{L}\\d])";
  static final String POS_EN =
      "(?:(?<pos>(?i:early|late|mid|earlier|later|the\\s+end\\s+of|the\\s+beginning\\s+of"
          + "|the\\s+start\\s+of|the\\s+middle\\s+of|end\\s+of|beginning\\s+of))(?:\\s+|-))?";
  static final String POS_ES =
      "(?:(?:a\\s+)?(?<pos>(?iu:principios|comienzos|inicios|mediados|finales|fines))"
          + "\\s+(?:de\\s+la\\s+|del\\s+|de\\s+)?)?";
  static final String UNITS_EN =
      "(?i:years?|months?|weeks?|weekends?|days?|hours?|minutes?|seconds?|decades?"
          + "|centuries|century|quarters?)(?![\\p{L}])";
  static final String UNITS_ES =
      "(?iu:años|año|meses|mes|semanas|semana|días|día|dias|dia|horas|hora|minutos|minuto"
          + "|segundos|segundo|décadas|década|decadas|decada|siglos|siglo|trimestres|trimestre)"
          + "(?![\\p{L}])";
  static final String APPROX_EN =
      "(?<approx>(?i:about|around|approximately|roughly|some|nearly|almost|more\\s+than|over"
          + "|less\\s+than|under|at\\s+least|up\\s+to|at\\s+most|just|only))";
  static final String APPROX_ES =
      "(?<approx>(?iu:unos|unas|alrededor\\s+de|cerca\\s+de|casi|más\\s+de|mas\\s+de"
          + "|menos\\s+de|al\\s+menos|hasta|aproximadamente|apenas))";

  /** The TimeML mod of a position or approximation word, or null. */
  static String mod(String word) {
    if (word == null) return null;
    String w = TimeLexicon.key(word).replaceAll("\\s+", " ");
    if (w.startsWith("the ")) w = w.substring(4);
    return switch (w) {
      case "early", "beginning of", "start of", "principios", "comienzos", "inicios" -> "START";
      case "late", "end of", "finales", "fines" -> "END";
      case "mid", "middle of", "mediados" -> "MID";
      case "about", "around", "approximately", "roughly", "some", "unos", "unas",
          "alrededor de", "cerca de", "aproximadamente" -> "APPROX";
      case "nearly", "almost", "casi", "up to", "at most", "hasta", "apenas" -> "EQUAL_OR_LESS";
      case "more than", "over", "mas de" -> "MORE_THAN";
      case "less than", "under", "menos de" -> "LESS_THAN";
      case "at least", "al menos" -> "EQUAL_OR_MORE";
      default -> null;
    };
  }

  /** A group's text, or null when the group did not take part in the match. */
  static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
