package crosscheck.conflicts;

import crosscheck.facts.Measurement;
import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deed a date dates, named by a word right beside it in its own clause ("was convicted in
 * June", "fue declarado culpable en abril", "the tournament, which starts on May 9"):
 * conflicts/dated-deeds.tsv. Outlets that date one deed of one owner differently rarely say much
 * else alike, so a shared deed stands in for the likeness of their sentences.
 */
final class DatedDeeds {
  /** Words read before the date ("was found guilty in"). */
  static final int WORDS_BEFORE = 3;

  /**
   * Words read after a date that opens its clause ("el pasado 12 de febrero Ana Ruiz fue
   * condenada").
   */
  static final int WORDS_AFTER = 5;

  /** The most words before a date that still opens its clause ("el pasado", "on"). */
  static final int OPENING_WORDS = 2;

  /** Each deed's words split once, with the deed they name, in file order. */
  private record Phrase(String[] words, String deed) {}

  private static final List<Phrase> PHRASES =
      WordLists.table("conflicts/dated-deeds.tsv", 2).stream()
          .map(row -> new Phrase(row.get(0).split(" "), row.get(1)))
          .toList();
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\]—–.!?]");

  private DatedDeeds() {}

  /** The deed the words beside a date name, or null (not a date, or no deed word beside it). */
  static String of(Measurement m) {
    if (m.time() == null) return null;
    String s = m.sentence();
    int start = m.time().start() - m.sentenceStart();
    int end = m.time().end() - m.sentenceStart();
    if (start < 0 || end > s.length()) return null;
    String before = clauseEnd(s.substring(0, start));
    String after = clauseStart(s.substring(end));
    List<String> wordsBefore = words(before);
    List<String> near = new ArrayList<>();
    near.addAll(
        wordsBefore.subList(Math.max(0, wordsBefore.size() - WORDS_BEFORE), wordsBefore.size()));
    String deedBefore = deedIn(near);
    // a date that opens its clause dates the verb after it ("el pasado 12 de febrero Ruiz fue
    // condenada"); after a date inside a clause comes another deed ("sworn in in 2019 had now
    // voted")
    if (deedBefore != null || wordsBefore.size() > OPENING_WORDS) return deedBefore;
    List<String> wordsAfter = words(after);
    return deedIn(wordsAfter.subList(0, Math.min(WORDS_AFTER, wordsAfter.size())));
  }

  private static String deedIn(List<String> words) {
    for (Phrase p : PHRASES) {
      String[] phrase = p.words();
      for (int i = 0; i + phrase.length <= words.size(); i++) {
        boolean all = true;
        for (int k = 0; k < phrase.length && all; k++) all = words.get(i + k).equals(phrase[k]);
        if (all) return p.deed();
      }
    }
    return null;
  }

  private static String clauseEnd(String text) {
    Matcher mark = CLAUSE_MARK.matcher(text);
    int last = -1;
    while (mark.find()) last = mark.end();
    return last < 0 ? text : text.substring(last);
  }

  private static String clauseStart(String text) {
    Matcher mark = CLAUSE_MARK.matcher(text);
    return mark.find() ? text.substring(0, mark.start()) : text;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher w = WORD.matcher(Folding.fold(text).toLowerCase(Locale.ROOT));
    while (w.find()) out.add(w.group());
    return out;
  }
}
