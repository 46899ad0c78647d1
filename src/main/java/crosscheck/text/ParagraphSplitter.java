package crosscheck.text;

import crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into paragraphs: spans into the original text, trimmed, never empty.
 *
 * <p>News text arrives in two layouts and the layout is decided per document: {@link
 * Layout#LINE_PER_PARAGRAPH} (every non-empty line is a paragraph; blank lines, if any, are just
 * spacing) or {@link Layout#HARD_WRAPPED} (lines of a fixed width wrapped inside paragraphs, which
 * are separated by blank lines; wrapped lines are joined). Stateless and thread-safe.
 */
public final class ParagraphSplitter {

  /** How a document lays out its paragraphs. */
  public enum Layout {
    LINE_PER_PARAGRAPH,
    HARD_WRAPPED
  }

  /** Wrapped text never runs wider than this; longer lines mean one paragraph per line. */
  static final int MAX_WRAP_WIDTH = 110;

  /** Narrower than this, "similar lengths" is more likely a list or headings than wrapping. */
  static final int MIN_WRAP_WIDTH = 35;

  /** Room a word wrapper may leave at the end of a full line (the next word did not fit). */
  static final int WRAP_SLACK = 25;

  /** Hand-wrapped or byte-counted lines stop a few characters short of the widest one. */
  static final int WRAP_TOLERANCE = 5;

  private ParagraphSplitter() {}

  /** Paragraphs of {@code text}, in order. */
  public static List<Span> split(String text) {
    List<Line> lines = lines(text);
    List<Span> paragraphs = new ArrayList<>();
    if (detectLayout(lines) == Layout.LINE_PER_PARAGRAPH) {
      for (Line line : lines) {
        if (!line.blank()) {
          paragraphs.add(new Span(line.start(), line.end()));
        }
      }
      return paragraphs;
    }
    int width = wrapWidth(lines);
    Line first = null;
    Line previous = null;
    for (Line line : lines) {
      if (line.blank()) {
        if (first != null) {
          paragraphs.add(new Span(first.start(), previous.end()));
          first = null;
        }
      } else {
        if (first != null && endsParagraphInsideBlock(previous, line, width)) {
          paragraphs.add(new Span(first.start(), previous.end()));
          first = null;
        }
        if (first == null) {
          first = line;
        }
      }
      previous = line;
    }
    if (first != null) {
      paragraphs.add(new Span(first.start(), previous.end()));
    }
    return paragraphs;
  }

  /** The layout of {@code text}. */
  public static Layout detectLayout(String text) {
    return detectLayout(lines(text));
  }

  static Layout detectLayout(List<Line> lines) {
    int nonBlank = 0;
    int tooWide = 0;
    for (Line line : lines) {
      if (!line.blank()) {
        nonBlank++;
        if (line.length() > MAX_WRAP_WIDTH) {
          tooWide++;
        }
      }
    }
    // A few over-long lines (URLs) are tolerated; paragraph-per-line news has many.
    if (nonBlank == 0 || tooWide > Math.max(1, nonBlank / 20)) {
      return Layout.LINE_PER_PARAGRAPH;
    }
    int width = wrapWidth(lines);
    if (width < MIN_WRAP_WIDTH) {
      return Layout.LINE_PER_PARAGRAPH;
    }
    // Lines followed by another line of the same block: wrapped ones are nearly full and continue.
    int candidates = 0;
    int wrappedLooking = 0;
    int lowercaseNext = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      Line next = lines.get(i + 1);
      if (line.blank() || next.blank() || line.length() > MAX_WRAP_WIDTH) {
        continue;
      }
      candidates++;
      boolean full = line.length() >= width - WRAP_SLACK;
      boolean continues = !line.endsSentence() || next.startsLowercase();
      if (full && continues) {
        wrappedLooking++;
      }
      if (next.startsLowercase()) {
        lowercaseNext++;
      }
    }
    // Most wrap points fall mid-sentence, before a lowercase word; a list of headlines of similar
    // lengths never continues in lowercase.
    return wrappedLooking >= 2
            && wrappedLooking * 2 >= candidates
            && lowercaseNext * 10 >= candidates * 3
        ? Layout.HARD_WRAPPED
        : Layout.LINE_PER_PARAGRAPH;
  }

  /** The widest line that is not over-long: the wrapper's column. */
  private static int wrapWidth(List<Line> lines) {
    int width = 0;
    for (Line line : lines) {
      if (line.length() <= MAX_WRAP_WIDTH) {
        width = Math.max(width, line.length());
      }
    }
    return width;
  }

  /**
   * In wrapped text only a paragraph's last line is short: if the next line's first word would have
   * fitted, the wrapper did not break here, an author did. An indented line also starts a
   * paragraph.
   */
  private static boolean endsParagraphInsideBlock(Line line, Line next, int width) {
    if (next.indent() >= 2 && line.indent() < 2) {
      return true;
    }
    return line.length() + 1 + next.firstWordLength() <= width - WRAP_TOLERANCE;
  }

  /**
   * One physical line: [start, end) is its content without surrounding whitespace; indent counts
   * the whitespace characters before it.
   */
  record Line(int start, int end, int indent, String text) {
    boolean blank() {
      return start == end;
    }

    int length() {
      return end - start;
    }

    boolean endsSentence() {
      int i = end - 1;
      while (i > start && isCloser(text.charAt(i))) {
        i--;
      }
      char c = text.charAt(i);
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '…';
    }

    boolean startsLowercase() {
      return !blank() && Character.isLowerCase(text.codePointAt(start));
    }

    int firstWordLength() {
      int i = start;
      while (i < end && !isSpace(text.charAt(i))) {
        i++;
      }
      return i - start;
    }
  }

  static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    int i = 0;
    while (i <= n) {
      if (i == n || isLineBreak(text.charAt(i))) {
        lines.add(trimmedLine(text, lineStart, i));
        if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
      i++;
    }
    return lines;
  }

  private static Line trimmedLine(String text, int from, int to) {
    int start = from;
    while (start < to && isSpace(text.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Line(start, end, start - from, text);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\f'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  /** Whitespace including no-break spaces (U+00A0, U+2007, U+202F), zero-width space and BOM. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
  }
}
