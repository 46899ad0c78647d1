package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sum of money is, when a word of facts/measurement-money-nouns.tsv names it: a noun right
 * after the sum, up to two words between ("a $1.8 billion fine", "$2 billion antitrust fine"), or
 * before it through "of"/"de" ("a fine of over 1.8 billion euros", "una multa de 1.840 millones");
 * a verb among the four words before it in its clause ("fined Apple nearly $2 billion"). Read by
 * {@link MeasurementExtractor}.
 */
public final class MoneyNouns {
  private static final Map<String, String> WORDS =
      WordLists.map("facts/measurement-money-nouns.tsv");
  private static final Set<String> OF = Set.of("of", "de", "del");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:.()\\[\\]—–\"“”]");

  static final int WORDS_AFTER = 3;
  static final int WORDS_BEFORE = 4;

  private MoneyNouns() {}

  /** The word naming what the sum {@code q} is, as written, or null. */
  public static String of(String text, int sentenceStart, QuantityValue q, int sentenceEnd) {
    String after = clause(text.substring(q.end(), sentenceEnd), false);
    List<String> next = words(after);
    for (int i = 0; i < Math.min(WORDS_AFTER, next.size()); i++)
      if ("noun".equals(kind(next.get(i)))) return next.get(i).toLowerCase(Locale.ROOT);
    String before = clause(text.substring(sentenceStart, q.start()), true);
    List<String> previous = words(before);
    for (int i = previous.size() - 1; i >= Math.max(0, previous.size() - WORDS_BEFORE); i--) {
      String kind = kind(previous.get(i));
      boolean ofFollows =
          i + 1 < previous.size()
              && OF.contains(Folding.fold(previous.get(i + 1)).toLowerCase(Locale.ROOT));
      if ("verb".equals(kind) || ("noun".equals(kind) && ofFollows))
        return previous.get(i).toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /**
   * Whether {@code q} gives the sum {@code before} in another currency: it follows it in brackets
   * ("€1.8 billion ($1.9 billion)", "1.8-billion-euro fine (USD1.9 billion)").
   */
  static boolean converts(String text, QuantityValue before, QuantityValue q) {
    if (before.end() > q.start()) return false;
    String between = text.substring(before.end(), q.start());
    int open = between.lastIndexOf('(');
    return open >= 0
        && between.indexOf(')') < 0
        && words(between.substring(open + 1)).isEmpty()
        && words(between.substring(0, open)).size() <= WORDS_AFTER;
  }

  private static String kind(String word) {
    return WORDS.get(Folding.fold(word).toLowerCase(Locale.ROOT));
  }

  /** The part of {@code s} in the value's own clause: before the first mark, or after the last. */
  private static String clause(String s, boolean fromEnd) {
    Matcher m = CLAUSE_MARK.matcher(s);
    int cut = -1;
    while (m.find()) {
      if (!fromEnd) return s.substring(0, m.start());
      cut = m.end();
    }
    return cut < 0 ? s : s.substring(cut);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) out.add(m.group());
    return out;
  }
}
