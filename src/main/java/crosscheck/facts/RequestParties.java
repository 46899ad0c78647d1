package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.List;
import java.util.Locale;

/**
 * Who asked for a requested value: the party of a trial named nearest before it in its sentence
 * ("prosecutors sought seven years, the defence two", "la fiscalía pedía 7 años y la acusación
 * particular, 10"): facts/request-parties.tsv. A value one party asked for is another measured
 * thing than what another party asked for, and than what the court imposed.
 */
final class RequestParties {
  private static final List<List<String>> ROWS = WordLists.table("facts/request-parties.tsv", 2);

  private RequestParties() {}

  /** The owner key of the party nearest before the value ("party:defence"), or null. */
  static String before(String text, int sentenceStart, int valueStart) {
    // folding keeps the length, so offsets of the folded text are the text's
    String folded =
        Folding.foldKeepingLength(text.substring(sentenceStart, valueStart))
            .toLowerCase(Locale.ROOT);
    int best = -1;
    String party = null;
    for (List<String> row : ROWS) {
      int at = lastWord(folded, row.get(0));
      if (at > best) {
        best = at;
        party = row.get(1);
      }
    }
    return party == null ? null : "party:" + party;
  }

  private static final List<String> ADDITIONS =
      WordLists.list("facts/measurement-request-additions.txt");
  private static final java.util.regex.Pattern CLAUSE_END =
      java.util.regex.Pattern.compile("[;:.!?]");

  /**
   * The party that asked for the value right before the one at {@code i} in its sentence, when the
   * two are joined as parts of one request ("sought nine years as well as 90,000 euros in
   * compensation"); null otherwise.
   *
   * @param requesterOf the party of each earlier value of the sentence, or null
   */
  static String joined(String text, List<QuantityValue> quantities, String[] requesterOf, int i) {
    if (i == 0 || requesterOf[i - 1] == null) return null;
    String between = text.substring(quantities.get(i - 1).end(), quantities.get(i).start());
    if (CLAUSE_END.matcher(between).find()) return null;
    String words =
        " "
            + String.join(" ", Folding.fold(between).toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            + " ";
    for (String a : ADDITIONS) if (words.contains(" " + a + " ")) return requesterOf[i - 1];
    return null;
  }

  private static int lastWord(String text, String words) {
    int at = text.lastIndexOf(words);
    while (at >= 0) {
      int end = at + words.length();
      boolean start = at == 0 || !Character.isLetter(text.charAt(at - 1));
      boolean stop = end == text.length() || !Character.isLetter(text.charAt(end));
      if (start && stop) return at;
      at = at == 0 ? -1 : text.lastIndexOf(words, at - 1);
    }
    return -1;
  }
}
