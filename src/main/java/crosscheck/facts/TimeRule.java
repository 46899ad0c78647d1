package crosscheck.facts;

import static crosscheck.facts.TimeLexicon.countedUnits;
import static crosscheck.facts.TimeLexicon.modifiers;
import static crosscheck.facts.WordPatterns.alternation;

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
   * name, a unit word; a number word keeps the character after it: "2023-", "10:") that every match
   * of the full pattern contains. Scanning all of a text with each full pattern costs tens of
   * milliseconds per article; around triggers, about one.
   */
  static TimeRule of(
      String name, Language language, String trigger, String regex, Resolver resolver) {
    return new TimeRule(
        name, language, Pattern.compile(trigger), Pattern.compile(regex), resolver, 70, 50);
  }

  /**
   * This rule searching only {@code before} characters before a trigger and {@code after} after.
   */
  TimeRule around(int before, int after) {
    return new TimeRule(name, language, trigger, pattern, resolver, before, after);
  }

  // Shared regex parts.
  static final String YEAR = "(?:1\\d{3}|20\\d{2})(?![\\d])";
  static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|º)?(?![\\d\\p{L}])(?!,\\d)";
  static final String END = "(?![\\p{L}\\d])";
  static final String POS_EN =
      "(?:(?<pos>(?i:" + alternation(modifiers("en", "position")) + "))(?:\\s+|-))?";
  static final String POS_ES =
      "(?:(?:a\\s+)?(?<pos>(?iu:"
          + alternation(modifiers("es", "position"))
          + "))\\s+(?:de\\s+la\\s+|del\\s+|de\\s+)?)?";
  static final String UNITS_EN = "(?i:" + alternation(countedUnits("en")) + ")(?![\\p{L}])";
  static final String UNITS_ES = "(?iu:" + alternation(countedUnits("es")) + ")(?![\\p{L}])";
  static final String APPROX_EN =
      "(?<approx>(?i:" + alternation(modifiers("en", "approximation")) + "))";
  static final String APPROX_ES =
      "(?<approx>(?iu:" + alternation(modifiers("es", "approximation")) + "))";

  /** A group's text, or null when the group did not take part in the match. */
  static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
