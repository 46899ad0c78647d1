package crosscheck.reuse;

import crosscheck.model.Token;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The leading and trailing clauses of a sentence, cut at commas, semicolons, colons, dashes and
 * before a conjunction ("and", "y": {@code reuse/clause-conjunctions.txt}): a translation or
 * rewrite often keeps a sentence but drops a clause ("…, in a vote that will divide the party"),
 * and the shorter side is then compared with the part it kept.
 */
final class Clauses {
  private static final Pattern BREAK =
      Pattern.compile(
          "[,;:]\\s+|\\s[-–—]+\\s*|\\s(?="
              + WordLists.alternation("reuse/clause-conjunctions.txt")
              + "\\s)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Clauses shorter than this share of the sentence are too small to stand for it. */
  private static final double MIN_SHARE = 0.3;

  private Clauses() {}

  /** Every prefix ending and every suffix starting at a clause break, longest first. */
  static List<SentenceText> of(SentenceText s) {
    String text = s.text();
    List<SentenceText> out = new ArrayList<>();
    Matcher m = BREAK.matcher(text);
    while (m.find()) {
      add(s, 0, m.start(), out);
      add(s, m.end(), text.length(), out);
    }
    out.sort((x, y) -> Integer.compare(y.text().length(), x.text().length()));
    return out;
  }

  private static void add(SentenceText s, int from, int to, List<SentenceText> out) {
    if (to - from < MIN_SHARE * s.text().length()) {
      return;
    }
    int start = s.start() + from;
    int end = s.start() + to;
    List<Token> tokens =
        s.tokens().stream().filter(t -> t.start() >= start && t.end() <= end).toList();
    out.add(new SentenceText(s.text().substring(from, to), start, end, s.language(), tokens));
  }
}
