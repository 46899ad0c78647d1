package crosscheck.text;

import crosscheck.model.Span;
import crosscheck.model.Token;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Words and numbers of a span with absolute offsets into the original text and a normalised form.
 *
 * <p>Word boundaries are Lucene's {@link StandardTokenizer} (Unicode UAX#29: "dual-use" gives
 * "dual" and "use"; emoji are dropped). The norm is lowercased and accent-folded by {@link
 * Folding#fold} ("Irán" and "Irán" spelt with a combining accent both give "iran", "５０" gives
 * "50"). ICUFoldingFilter is not used: Spark 4.1 puts icu4j 77 on the classpath, whose loader
 * rejects the data file of lucene-analysis-icu 9.12.
 *
 * <p>Apostrophes: a final "'s" (any apostrophe: ' ’ ʼ) is a possessive or a contraction and is left
 * out of the token, so "Iran's" and "Iran’s" both give one token "iran" covering "Iran"; other
 * apostrophes are dropped from the norm ("O’Neill" and "O'Neill" give "oneill").
 *
 * <p>Numbers keep their decimal point and lose grouping separators, see {@link
 * #normalizeNumber(String, String)}. A number glued to a unit ("3.5bn", "20km") gives two tokens.
 *
 * <p>Thread-safe: each thread reuses its own Lucene tokenizer (creating one per call costs more
 * than the tokenizing of a paragraph).
 */
public final class Tokenizer {

  private static final ThreadLocal<Stream> STREAMS = ThreadLocal.withInitial(Stream::new);

  /** Tokens of {@code span} in {@code text}; numbers normalised without a language hint. */
  public List<Token> tokenize(String text, Span span) {
    return tokenize(text, span, null);
  }

  /**
   * Tokens of {@code span} in {@code text}.
   *
   * @param language ISO 639-1 code or null; "es" reads "4.200" as four thousand two hundred
   */
  public List<Token> tokenize(String text, Span span, String language) {
    List<Token> tokens = new ArrayList<>();
    if (span.length() == 0) {
      return tokens;
    }
    Stream stream = STREAMS.get();
    StandardTokenizer lucene = stream.tokenizer;
    try {
      stream.reader.reset(text, span.start(), span.end());
      lucene.setReader(stream.reader);
      lucene.reset();
      while (lucene.incrementToken()) {
        if (StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI].equals(stream.type.type())) {
          continue;
        }
        int start = span.start() + stream.offset.startOffset();
        int end = span.start() + stream.offset.endOffset();
        addToken(tokens, text, start, end, language);
      }
      lucene.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        lucene.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tokens;
  }

  private static void addToken(
      List<Token> tokens, String text, int start, int end, String language) {
    if (end - start >= 3
        && isApostrophe(text.charAt(end - 2))
        && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
      end -= 2;
    }
    if (Character.isDigit(text.charAt(start))) {
      int numberEnd = numberPrefixEnd(text, start, end);
      if (numberEnd < end && allLetters(text, numberEnd, end)) {
        tokens.add(new Token(start, numberEnd, numberNorm(text, start, numberEnd, language)));
        tokens.add(new Token(numberEnd, end, Folding.fold(text.substring(numberEnd, end))));
        return;
      }
      if (numberEnd == end) {
        tokens.add(new Token(start, end, numberNorm(text, start, end, language)));
        return;
      }
    }
    String norm = stripApostrophes(Folding.fold(text.substring(start, end)));
    if (!norm.isEmpty()) {
      tokens.add(new Token(start, end, norm));
    }
  }

  private static String numberNorm(String text, int start, int end, String language) {
    return normalizeNumber(Folding.fold(text.substring(start, end)), language);
  }

  /** End of the leading run of digits and inner separators, ending on a digit. */
  private static int numberPrefixEnd(String text, int start, int end) {
    int lastDigitEnd = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        lastDigitEnd = i + 1;
      } else if (c != '.' && c != ',') {
        break;
      }
    }
    return lastDigitEnd;
  }

  private static boolean allLetters(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A number without grouping separators and with "." as decimal mark.
   *
   * <ul>
   *   <li>both "." and ",": the last one is the decimal mark ("1.234,5" and "1,234.5" give 1234.5);
   *   <li>only commas: groups of three digits are grouping ("3,200" gives 3200, in every language,
   *       so a Spanish "3,200" meaning 3.2 is misread); one comma otherwise is a decimal comma
   *       ("46,1" gives 46.1);
   *   <li>only dots: several groups of three are grouping ("4.200.000"); a single dot before
   *       exactly three digits ("4.200") is grouping only when the language is "es", otherwise it
   *       is kept as written (English decimal or ambiguous); other dots (decimals, dates) are kept.
   * </ul>
   *
   * @param folded ASCII digits with "." and ","
   */
  static String normalizeNumber(String folded, String language) {
    int lastDot = folded.lastIndexOf('.');
    int lastComma = folded.lastIndexOf(',');
    if (lastDot < 0 && lastComma < 0) {
      return folded;
    }
    if (lastDot >= 0 && lastComma >= 0) {
      char decimal = lastDot > lastComma ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      if (folded.indexOf(decimal) != folded.lastIndexOf(decimal)
          || !isGrouped(folded.substring(0, folded.lastIndexOf(decimal)), grouping)) {
        return folded;
      }
      return folded.replace(String.valueOf(grouping), "").replace(decimal, '.');
    }
    char separator = lastDot >= 0 ? '.' : ',';
    int count = count(folded, separator);
    if (isGrouped(folded, separator)) {
      boolean groupingDot = separator == ',' || count > 1 || "es".equals(language);
      return groupingDot ? folded.replace(String.valueOf(separator), "") : folded;
    }
    if (separator == ',' && count == 1) {
      return folded.replace(',', '.');
    }
    return folded;
  }

  /** "1,234,567": a first group of 1-3 digits, then groups of exactly three. */
  private static boolean isGrouped(String number, char separator) {
    String[] groups = number.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
    if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static String stripApostrophes(String norm) {
    StringBuilder out = null;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      boolean apostrophe = isApostrophe(c) || c == '‘';
      if (apostrophe && out == null) {
        out = new StringBuilder(norm.length()).append(norm, 0, i);
      } else if (!apostrophe && out != null) {
        out.append(c);
      }
    }
    return out == null ? norm : out.toString();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '＇';
  }

  /** One thread's Lucene tokenizer with its attributes, reused call after call. */
  private static final class Stream {
    final SpanReader reader = new SpanReader();
    final StandardTokenizer tokenizer = new StandardTokenizer();
    final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    final TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
  }

  /** Reads a range of a String without copying it into a substring first. */
  private static final class SpanReader extends Reader {
    private String text;
    private int position;
    private int end;

    void reset(String text, int start, int end) {
      this.text = text;
      this.position = start;
      this.end = end;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
      if (position >= end) {
        return -1;
      }
      int n = Math.min(len, end - position);
      text.getChars(position, position + n, buffer, off);
      position += n;
      return n;
    }

    @Override
    public void close() {
      text = null;
    }
  }
}
