package crosscheck.layout;

import java.util.regex.Pattern;

/** Shape of a paragraph's text (length, final punctuation) used by the role rules. */
final class ParagraphShape {

  static final int MAX_TITLE_WORDS = 18;
  static final int MAX_HEADING_WORDS = 12;
  static final int SENTENCE_WORDS = 20;

  // Closing quotes and brackets may follow the final mark: «He left.”» still ends a sentence.
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");
  private static final Pattern LIST_ITEM = Pattern.compile("[-–—•*·▪►]\\s");
  // A single final period, comma or semicolon ends a clause; an ellipsis ("Rivals of ...") does
  // not.
  private static final Pattern CLAUSE_END = Pattern.compile("(?:(?<!\\.)\\.|[,;])[\"'”’»)\\]]*$");
  // "said. (AP)": a sentence ends inside, so this is text; "U.S. Senate" and "Mr. Roe" are not.
  private static final Pattern INNER_SENTENCE_END =
      Pattern.compile("\\p{Ll}{2}[.!?][\"”’]?\\s+\\S");
  private static final Pattern OPENS_LIKE_HEADING = Pattern.compile("^[\"'“‘(¿¡]?[\\p{Lu}\\p{N}]");

  private ParagraphShape() {}

  /** Number of words (runs of letters or digits; "U.S.", "don't", "co-op" count once). */
  static int words(String line) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        count += inWord ? 0 : 1;
        inWord = true;
      } else if (!(inWord
          && isWordJoiner(c)
          && i + 1 < line.length()
          && Character.isLetterOrDigit(line.charAt(i + 1)))) {
        inWord = false;
      }
    }
    return count;
  }

  private static boolean isWordJoiner(char c) {
    return c == '\'' || c == '’' || c == '.' || c == '-';
  }

  /** Ends like a sentence, or is long enough to be running text whatever its ending. */
  static boolean isSentenceLike(String line) {
    String t = line.strip();
    return SENTENCE_END.matcher(t).find() && words(t) >= 4 || words(t) > SENTENCE_WORDS;
  }

  /** Running text: not a headline-like line (a short question without a period is a headline). */
  static boolean isRunningText(String line) {
    return !line.isBlank() && !isHeadlineLike(line, MAX_TITLE_WORDS);
  }

  /** A short line that does not end a clause: a headline, a heading or a label. */
  static boolean isHeadlineLike(String line, int maxWords) {
    String t = line.strip();
    if (t.length() > maxWords * 12 || LIST_ITEM.matcher(t).lookingAt()) {
      return false; // too long, or "- Raised taxes": an item of the text, not its heading
    }
    int n = words(t);
    return n >= 1
        && n <= maxWords
        && !CLAUSE_END.matcher(t).find()
        && !INNER_SENTENCE_END.matcher(t).find();
  }

  /** A heading starts with a capital or a number; "and" alone is a broken line of the text. */
  static boolean isHeadingLike(String line) {
    return isHeadlineLike(line, MAX_HEADING_WORDS)
        && OPENS_LIKE_HEADING.matcher(line.strip()).find();
  }

  /** Case- and space-insensitive key, to find a headline printed twice. */
  static String repeatKey(String line) {
    return line.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
