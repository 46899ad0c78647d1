package crosscheck.reuse.quotes;

import crosscheck.reuse.quotes.QuoteDocument.Paragraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Step 1 of {@link QuoteAttributor}: the top-level quotations of each paragraph, from their marks
 * "…", “…”, «…», ‹…›, „…“ and ‘…’. Marks nest with a stack per family (double, guillemet, single);
 * whether a mark opens or closes depends on its neighbours. An apostrophe between letters
 * ("Iran’s") never closes a quotation, and a single quote still open at the paragraph end was an
 * apostrophe: the paragraph is scanned again without it. A quotation still open at the paragraph
 * end continues in the next paragraph when that one opens with a quotation mark (the news
 * convention).
 */
final class QuotationScanner {

  private static final int DOUBLE = 0;
  private static final int GUILLEMET = 1;
  private static final int SINGLE = 2;

  /** What a quotation mark does where it stands. */
  private enum Role {
    OPENS,
    CLOSES,
    NEITHER
  }

  private final QuoteDocument doc;
  private final String text;

  QuotationScanner(QuoteDocument doc) {
    this.doc = doc;
    this.text = doc.text;
  }

  /** The quotations of every paragraph, by paragraph. */
  List<List<Quotation>> scan() {
    List<List<Quotation>> quotes = new ArrayList<>();
    for (int p = 0; p < doc.paragraphs.size(); p++) {
      quotes.add(scan(p));
    }
    return quotes;
  }

  /**
   * Top-level quotations of paragraph p. Each scan reads the paragraph's marks only (found once),
   * so a long paragraph with many apostrophes taken for quotes costs marks², not characters².
   */
  private List<Quotation> scan(int p) {
    Paragraph para = doc.paragraphs.get(p);
    int[] marks = marks(para);
    boolean[] laterClose = laterSingleCloses(para, marks);
    Set<Integer> ignored = new HashSet<>();
    while (true) {
      List<Quotation> found = new ArrayList<>();
      Integer wrongOpen = scanOnce(p, para, marks, laterClose, ignored, found);
      if (wrongOpen == null) {
        return found;
      }
      ignored.add(wrongOpen); // an apostrophe taken for an opening single quote: scan again
    }
  }

  /** Positions of the quotation marks of a paragraph, in order. */
  private int[] marks(Paragraph para) {
    int n = 0;
    int[] marks = new int[16];
    for (int i = para.start(); i < para.end(); i++) {
      if (family(text.charAt(i)) < 0) continue;
      if (n == marks.length) marks = java.util.Arrays.copyOf(marks, n * 2);
      marks[n++] = i;
    }
    return java.util.Arrays.copyOf(marks, n);
  }

  /** Scans once; returns the position of a single quote left open (an apostrophe), else null. */
  private Integer scanOnce(
      int p,
      Paragraph para,
      int[] marks,
      boolean[] laterClose,
      Set<Integer> ignored,
      List<Quotation> found) {
    List<int[]> stack = new ArrayList<>(); // {family, position}
    for (int m = 0; m < marks.length; m++) {
      int i = marks[m];
      char c = text.charAt(i);
      int family = family(c);
      if (ignored.contains(i)) {
        continue;
      }
      int openAt = indexOfFamily(stack, family);
      boolean isOpen = openAt >= 0;
      Role role = role(c, i, para, isOpen, laterClose[m]);
      if (role == Role.CLOSES) {
        int[] opened = stack.get(openAt);
        while (stack.size() > openAt) {
          stack.remove(stack.size() - 1);
        }
        if (stack.isEmpty()) {
          addQuote(found, p, opened[1], i);
        }
      } else if (role == Role.OPENS) {
        if (isOpen && stack.size() == 1) {
          // A new quotation of the same kind while one is open: the first was never closed.
          addQuote(found, p, stack.get(0)[1], lastNonSpace(i));
          stack.clear();
        }
        stack.add(new int[] {family, i});
      }
    }
    if (!stack.isEmpty()) {
      int[] bottom = stack.get(0);
      if (bottom[0] == SINGLE) {
        return bottom[1];
      }
      addQuote(found, p, bottom[1], -1);
    }
    return null;
  }

  /**
   * Whether mark {@code c} at {@code i} closes the open quotation of its family ({@code isOpen}),
   * opens a quotation, or neither, by its neighbours: an opening mark follows a space and precedes
   * a word, a closing one the reverse.
   */
  private Role role(char c, int i, Paragraph para, boolean isOpen, boolean laterSingleClose) {
    char prev = i > para.start() ? text.charAt(i - 1) : ' ';
    char next = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
    boolean openContext = opensBefore(prev) && !Character.isWhitespace(next);
    boolean closeContext = !Character.isWhitespace(prev) && closesAfter(next);
    boolean close;
    boolean open;
    switch (c) {
      case '«', '‹', '„' -> {
        close = false;
        open = true;
      }
      case '»', '›' -> {
        close = isOpen;
        open = false;
      }
      case '“' -> {
        close = isOpen && closeContext && !openContext;
        open = !close;
      }
      case '”' -> {
        close = isOpen;
        open = !isOpen && openContext;
      }
      case '"' -> {
        close = isOpen;
        open = !isOpen && openContext;
      }
      case '‘' -> {
        close = isOpen && closeContext && !openContext;
        open = !close && openContext;
      }
      default -> { // ’ and ': an apostrophe unless it closes an open single quote
        boolean betweenLetters = Character.isLetter(prev) && Character.isLetterOrDigit(next);
        // "the boats’ engines": a plural possessive when a later mark can close the quote.
        boolean pluralPossessive = (prev == 's' || prev == 'S') && laterSingleClose;
        close = !betweenLetters && isOpen && closeContext && !pluralPossessive;
        open = !betweenLetters && !isOpen && c == '\'' && openContext && Character.isLetter(next);
      }
    }
    return close ? Role.CLOSES : open ? Role.OPENS : Role.NEITHER;
  }

  /**
   * For each mark, whether a ’ or ' after it in the paragraph can close a single quote before a ‘
   * opens another: one pass from the end.
   */
  private boolean[] laterSingleCloses(Paragraph para, int[] marks) {
    boolean[] later = new boolean[marks.length];
    boolean next = false;
    for (int m = marks.length - 1; m >= 0; m--) {
      later[m] = next;
      int k = marks[m];
      char c = text.charAt(k);
      if (c == '‘') {
        next = false;
      } else if ((c == '’' || c == '\'')
          && k > para.start()
          && !Character.isWhitespace(text.charAt(k - 1))
          && (k + 1 == para.end() || closesAfter(text.charAt(k + 1)))) {
        next = true;
      }
    }
    return later;
  }

  private int lastNonSpace(int i) {
    int j = i;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  private void addQuote(List<Quotation> found, int p, int open, int close) {
    int end = close < 0 ? doc.paragraphs.get(p).end() : close;
    int start = open + 1;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start
        && (Character.isWhitespace(text.charAt(end - 1))
            || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (end > start) {
      found.add(new Quotation(p, open, close, start, end));
    }
  }

  /**
   * Quotation marks in text[from, to), apostrophes inside words ("Iran’s", "don't") not counted:
   * what a quotation costs to find and attribute.
   */
  static int marksIn(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (family(c) < 0) continue;
      boolean insideWord =
          (c == '’' || c == '\'')
              && i > from
              && i + 1 < to
              && Character.isLetter(text.charAt(i - 1))
              && Character.isLetterOrDigit(text.charAt(i + 1));
      if (!insideWord) n++;
    }
    return n;
  }

  private static int family(char c) {
    return switch (c) {
      case '"', '“', '”', '„' -> DOUBLE;
      case '«', '»' -> GUILLEMET;
      case '‘', '’', '\'', '‹', '›' -> SINGLE;
      default -> -1;
    };
  }

  private static int indexOfFamily(List<int[]> stack, int family) {
    for (int k = stack.size() - 1; k >= 0; k--) {
      if (stack.get(k)[0] == family) {
        return k;
      }
    }
    return -1;
  }

  private static boolean opensBefore(char prev) {
    return Character.isWhitespace(prev) || "([{—–-/¿¡".indexOf(prev) >= 0 || family(prev) >= 0;
  }

  private static boolean closesAfter(char next) {
    return Character.isWhitespace(next) || ".,;:!?)]}—–-…".indexOf(next) >= 0 || family(next) >= 0;
  }

  /**
   * Whether the quotation left open at the end of paragraph p goes on in paragraph p + 1: that
   * paragraph opens with a double quotation mark or a guillemet that starts its first quotation.
   */
  boolean continuesInNext(int p, List<List<Quotation>> quotes) {
    if (p + 1 >= doc.paragraphs.size()) {
      return false;
    }
    Paragraph next = doc.paragraphs.get(p + 1);
    List<Quotation> nextQuotes = quotes.get(p + 1);
    char first = text.charAt(next.start());
    return family(first) == DOUBLE || family(first) == GUILLEMET
        ? !nextQuotes.isEmpty() && nextQuotes.get(0).open() == next.start()
        : false;
  }

  /** Sentences overlapping a quotation, marks included: reported speech is sought elsewhere. */
  boolean[] sentencesWithQuotes(List<List<Quotation>> quotes) {
    boolean[] quoted = new boolean[doc.sentences.size()];
    for (List<Quotation> qs : quotes) {
      for (Quotation q : qs) {
        int end = q.close() < 0 ? q.contentEnd() : q.close() + 1;
        for (int s = doc.sentenceAt(q.open());
            s < doc.sentences.size() && doc.sentences.get(s).start() < end;
            s++) {
          quoted[s] = true;
        }
      }
    }
    return quoted;
  }
}
