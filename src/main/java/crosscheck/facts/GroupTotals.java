package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts that give the size of a whole group after a part of it ("two out of seven judges", "four
 * of the five justices", "dos de los 7 magistrados", "90 votos de los 120 diputados", "90 votos a
 * favor de 120"): the second figure counts the group, the first a part, so neither is one fact with
 * a count of the other sort ("the five judges of the majority" is a part, not the court).
 */
public final class GroupTotals {
  private static final Pattern PART_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]++)(?:\\s++\\p{L}++){0,3}\\s++(?:out\\s++of|of|de)\\s++"
              + "(?:(?:the|its|their|los|las|sus)\\s++)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How far back the part may start: "twelve out of the " is well inside. */
  private static final int LOOK_BACK = 40;

  private GroupTotals() {}

  /** Whether the count of {@code m} is a group's total after a part of it. */
  public static boolean isTotal(Measurement m) {
    if (m.quantity() == null || !"count".equals(m.kind())) return false;
    int at = m.quantity().start() - m.sentenceStart();
    if (at <= 0 || at > m.sentence().length()) return false;
    return isTotal(m.sentence().substring(Math.max(0, at - LOOK_BACK), at));
  }

  /** Whether the text before a count ends in a part of it ("4 of the", "dos de los"). */
  static boolean isTotal(String before) {
    Matcher m = PART_BEFORE.matcher(before);
    // the part may be a few words back ("90 votos a favor de"): try each word that could open it
    for (int from = 0; from < before.length() && m.find(from); from = m.start() + 1)
      if (isNumber(m.group(1))) return true;
    return false;
  }

  private static final Set<String> ATTENDANCE = WordLists.set("facts/attendance-words.txt");
  private static final Pattern WORDS_AFTER =
      Pattern.compile("^(?:\\s*+[\\p{L}]++){1,3}", Pattern.UNICODE_CASE);

  /**
   * Whether the count of {@code m} counts those of a group who were there ("de los 117 diputados
   * presentes", "the 560 members present"), not the whole group.
   */
  public static boolean isPresent(Measurement m) {
    if (m.quantity() == null || !"count".equals(m.kind())) return false;
    int at = m.quantity().end() - m.sentenceStart();
    if (at < 0 || at > m.sentence().length()) return false;
    Matcher after = WORDS_AFTER.matcher(m.sentence().substring(at));
    if (!after.find()) return false;
    for (String w : after.group().trim().split("\\s++"))
      if (ATTENDANCE.contains(Folding.fold(w).toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  private static boolean isNumber(String word) {
    String w = Folding.fold(word).toLowerCase(Locale.ROOT);
    return w.chars().allMatch(Character::isDigit) || QuantityLexicon.isSmallNumber(w);
  }
}
