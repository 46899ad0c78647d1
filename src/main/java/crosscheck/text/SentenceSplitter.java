package crosscheck.text;

import crosscheck.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

/**
 * Splits a paragraph into sentences: spans into the original text, trimmed, covering every
 * non-space character of the paragraph.
 *
 * <p>The OpenNLP English model proposes boundaries; a post-pass removes the ones it gets wrong
 * (after titles such as "Gen."/"Sra.", initials, "No. 5", Spanish doubled abbreviations "EE. UU.",
 * before a lowercase continuation such as "¡Basta! dijo") and adds boundaries before "¿"/"¡" after
 * a sentence end. Thread-safe: the model is loaded once per JVM and the detector keeps its
 * per-thread state itself.
 */
public final class SentenceSplitter {

  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Words that precede a name when they end with a dot: never a sentence end. */
  private static final Set<String> TITLES = WordLists.set("text/abbreviations-before-name-en.txt");

  private static final Set<String> SPANISH_TITLES =
      WordLists.set("text/abbreviations-before-name-es.txt");

  /** Words that end with a dot before a number: "No. 5", "Aug. 23", "art. 12", "pág. 4". */
  private static final Set<String> BEFORE_NUMBER =
      WordLists.set("text/abbreviations-before-number.txt");

  private final ThreadSafeSentenceDetectorME detector;

  public SentenceSplitter() {
    this.detector = ModelHolder.DETECTOR;
  }

  /**
   * Sentence ends inside a run of this many characters without a space are not offered to the
   * model. OpenNLP reads from each candidate end to the next space, so a run of "12.12.12..." a
   * megabyte long costs it the square of that (it never finished); no sentence ends inside a run
   * this long anyway (the longest are URLs).
   */
  static final int MAX_RUN_WITH_ENDS = 100;

  /** Loaded on first use, once per JVM (Spark executors create splitters in mapPartitions). */
  private static final class ModelHolder {
    static final SentenceModel MODEL = load();
    static final ThreadSafeSentenceDetectorME DETECTOR = new ThreadSafeSentenceDetectorME(MODEL);
    static final String ENDS = ends(MODEL);

    private static String ends(SentenceModel model) {
      char[] ends = model.getEosCharacters();
      return ends == null || ends.length == 0 ? ".!?" : new String(ends);
    }

    private static SentenceModel load() {
      try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("sentence model not on classpath: " + MODEL_RESOURCE);
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sentence model " + MODEL_RESOURCE, e);
      }
    }
  }

  /**
   * Sentences of {@code paragraph} in {@code text}.
   *
   * @param language ISO 639-1 code of the paragraph; "en" leaves out the Spanish abbreviations
   */
  public List<Span> split(String text, Span paragraph, String language) {
    List<Span> sentences = new ArrayList<>();
    if (paragraph.length() == 0) {
      return sentences;
    }
    String part = paragraph.of(text);
    boolean spanish = !"en".equals(language);

    // Work on cut positions (relative to the paragraph): every character lands in one sentence.
    TreeSet<Integer> cuts = new TreeSet<>();
    for (opennlp.tools.util.Span s : detector.sentPosDetect(withoutEndsInLongRuns(part))) {
      int end = s.getEnd();
      if (end > 0 && end < part.length()) {
        cuts.add(extendOverClosers(part, end));
      }
    }
    addInvertedMarkCuts(part, cuts);
    cuts.removeIf(cut -> isFalseBoundary(part, cut, spanish));

    int from = 0;
    for (int cut : cuts) {
      addTrimmed(sentences, part, from, cut, paragraph.start());
      from = cut;
    }
    addTrimmed(sentences, part, from, part.length(), paragraph.start());
    return sentences;
  }

  /**
   * The paragraph with the sentence-end characters of runs longer than {@value #MAX_RUN_WITH_ENDS}
   * without a space replaced by a letter; offsets stay as they were.
   */
  static String withoutEndsInLongRuns(String part) {
    char[] masked = null;
    int runStart = 0;
    for (int i = 0; i <= part.length(); i++) {
      if (i < part.length() && !ParagraphSplitter.isSpace(part.charAt(i))) continue;
      if (i - runStart > MAX_RUN_WITH_ENDS) {
        for (int k = runStart; k < i; k++) {
          if (ModelHolder.ENDS.indexOf(part.charAt(k)) >= 0) {
            if (masked == null) masked = part.toCharArray();
            masked[k] = 'x';
          }
        }
      }
      runStart = i + 1;
    }
    return masked == null ? part : new String(masked);
  }

  /** A boundary right after a dot belongs after the quotes and brackets that close the sentence. */
  private static int extendOverClosers(String part, int end) {
    int i = end;
    while (i < part.length() && ParagraphSplitter.isCloser(part.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Spanish questions and exclamations open with "¿"/"¡": a sentence end before them is a cut. */
  private static void addInvertedMarkCuts(String part, TreeSet<Integer> cuts) {
    for (int i = 1; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c != '¿' && c != '¡') {
        continue;
      }
      int j = i - 1;
      while (j > 0 && ParagraphSplitter.isSpace(part.charAt(j))) {
        j--;
      }
      if (j == i - 1) {
        continue; // "¿" glued to a word is not a sentence start
      }
      int k = j;
      while (k > 0 && ParagraphSplitter.isCloser(part.charAt(k))) {
        k--;
      }
      char end = part.charAt(k);
      if (end == '.' || end == '?' || end == '!' || end == '…') {
        cuts.add(j + 1);
      }
    }
  }

  /** True when the model's boundary at {@code cut} splits one sentence in two. */
  private static boolean isFalseBoundary(String part, int cut, boolean spanish) {
    int next = cut;
    while (next < part.length() && ParagraphSplitter.isSpace(part.charAt(next))) {
      next++;
    }
    if (next >= part.length()) {
      return false;
    }
    String nextWord = wordAt(part, next);
    if (startsLowercaseWord(nextWord)) {
      return true; // "¡Basta! dijo", "5 p.m. on Friday", "EE.UU. el lunes"
    }
    int end = cut;
    while (end > 0 && ParagraphSplitter.isSpace(part.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || part.charAt(end - 1) != '.') {
      return false;
    }
    String before = wordBefore(part, end - 1);
    if (before.isEmpty()) {
      return false;
    }
    String lower = before.toLowerCase(Locale.ROOT);
    if (TITLES.contains(lower) || (spanish && SPANISH_TITLES.contains(lower))) {
      return true;
    }
    boolean nextIsNumber = Character.isDigit(nextWord.isEmpty() ? ' ' : nextWord.charAt(0));
    if (nextIsNumber && BEFORE_NUMBER.contains(lower)) {
      return true;
    }
    boolean nextIsCapitalized = !nextWord.isEmpty() && Character.isUpperCase(nextWord.charAt(0));
    if (before.length() == 1 && Character.isUpperCase(before.charAt(0)) && nextIsCapitalized) {
      return true; // an initial: "John F. Kennedy"
    }
    // Spanish plural abbreviations double their letters: "EE. UU.", "FF. AA.", "RR. HH.".
    return spanish && isDoubledLetters(before) && isDoubledLetters(stripDot(nextWord));
  }

  private static boolean isDoubledLetters(String word) {
    return word.length() == 2
        && Character.isUpperCase(word.charAt(0))
        && word.charAt(0) == word.charAt(1);
  }

  private static String stripDot(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /** The word ending right before {@code dot} (letters and inner dots: "U.S", "EE.UU", "Sr"). */
  private static String wordBefore(String part, int dot) {
    int i = dot;
    while (i > 0) {
      char c = part.charAt(i - 1);
      if (Character.isLetterOrDigit(c) || c == 'º' || c == 'ª') {
        i--;
      } else if (c == '.' && i - 2 >= 0 && Character.isLetter(part.charAt(i - 2))) {
        i--;
      } else {
        break;
      }
    }
    return part.substring(i, dot);
  }

  /** The word starting at {@code from}, after opening quotes and brackets, up to a space. */
  private static String wordAt(String part, int from) {
    int i = from;
    while (i < part.length() && isOpener(part.charAt(i))) {
      i++;
    }
    int end = i;
    while (end < part.length() && !ParagraphSplitter.isSpace(part.charAt(end))) {
      end++;
    }
    return part.substring(i, end);
  }

  /** Lowercase words continue a sentence; mixed-case brands ("iPhone", "eBay") may start one. */
  private static boolean startsLowercaseWord(String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '(' || c == '[';
  }

  private static void addTrimmed(List<Span> out, String part, int from, int to, int offset) {
    while (from < to && ParagraphSplitter.isSpace(part.charAt(from))) {
      from++;
    }
    while (to > from && ParagraphSplitter.isSpace(part.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Span(offset + from, offset + to));
    }
  }
}
