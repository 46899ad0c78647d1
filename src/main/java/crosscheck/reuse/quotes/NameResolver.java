package crosscheck.reuse.quotes;

import crosscheck.model.Sentence;
import crosscheck.reuse.quotes.QuoteLexicon.Word;
import crosscheck.text.StopWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the short names of one document to the full names it mentions: "Roe" to "Jane Roe",
 * "President Roe" to "Jane Roe", "Dr. Roe" to "Jane Roe".
 *
 * <p>Names are runs of capitalised words (with particles such as "da", "van"); a possessive ends a
 * run ("Iran’s Defense Minister X" gives "Iran" and "Defense Minister X"). A sentence-initial word
 * is not a name when it is a function word ("The", "In", "El") or when the document also writes it
 * in lowercase ("Despite", "Many"). Titles and roles in front of a name are dropped up to the last
 * one ("Defense Minister Brigadier General Ana Ruiz" gives "Ana Ruiz"). In a run of three or more
 * words, a first word that the document also uses alone is a place or an organisation glued to the
 * name ("… of Chile Ana María Ruiz" gives "Ana María Ruiz"). Headline-cased sentences give no full
 * names (every word is capitalised there).
 *
 * <p>Resolution: a mention matches a full name of two or more words when its last word is the full
 * name's last word, or its second-to-last word when the full name has three or more (the Spanish
 * first surname: "Pérez" matches "Juan Pérez Gómez"), and its other words all occur in the full
 * name; words compare case- and accent-folded ("Perez" matches "Pérez"). When the matches are
 * variants of one name ("Ana Ruiz", "Ana Ruiz Soto") the most mentioned wins, then the longest;
 * when they are different people ("Ana Ruiz", "Luis Ruiz") the mention stays as written.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class NameResolver {

  /** A run of capitalised words: word indexes [first, last] and text offsets [start, end). */
  record NameRun(int first, int last, int start, int end) {}

  /** One full name found in the document. */
  private record FullName(String display, List<String> folded, int firstOffset) {}

  private final String text;
  private final Set<String> lowercaseWords;
  private final Set<String> standaloneWords;
  private final Map<String, FullName> fullNames = new LinkedHashMap<>();
  private final Map<String, Integer> mentions = new HashMap<>();

  /**
   * Full names by their last word and, for names of three words or more, their second-to-last: the
   * only ones a mention ending in that word can match. A list of thousands of names would otherwise
   * be searched whole for every mention.
   */
  private final Map<String, List<FullName>> byMatchingWord = new HashMap<>();

  /** The names of {@code text}, read from its kept sentences. */
  public static NameResolver of(String text, List<Sentence> sentences) {
    List<List<Word>> words = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.kept()) {
        words.add(QuoteLexicon.lex(text, s.start(), s.end()));
      }
    }
    return new NameResolver(text, words);
  }

  NameResolver(String text, List<List<Word>> sentenceWords) {
    this.text = text;
    this.lowercaseWords = new HashSet<>();
    for (List<Word> sentence : sentenceWords) {
      for (Word w : sentence) {
        if (!w.punct() && Character.isLowerCase(w.text().codePointAt(0))) {
          lowercaseWords.add(w.folded());
        }
      }
    }
    List<List<String>> multiWordRuns = new ArrayList<>();
    List<Integer> runOffsets = new ArrayList<>();
    List<String> runDisplays = new ArrayList<>();
    this.standaloneWords = new HashSet<>();
    for (List<Word> sentence : sentenceWords) {
      if (headlineCased(sentence)) {
        continue;
      }
      for (NameRun run : runs(sentence, 0, sentence.size())) {
        List<Word> runWords = nameWords(sentence, run);
        runWords = stripTitles(runWords);
        if (runWords.size() == 1) {
          standaloneWords.add(runWords.get(0).folded());
        } else if (runWords.size() > 1) {
          multiWordRuns.add(runWords.stream().map(Word::folded).toList());
          runOffsets.add(runWords.get(0).start());
          runDisplays.add(display(runWords));
        }
      }
    }
    for (int i = 0; i < multiWordRuns.size(); i++) {
      List<String> folded = multiWordRuns.get(i);
      String display = runDisplays.get(i);
      if (folded.size() >= 3 && standaloneWords.contains(folded.get(0))) {
        folded = folded.subList(1, folded.size());
        display = display.substring(display.indexOf(' ') + 1);
      }
      String key = String.join(" ", folded);
      fullNames.putIfAbsent(key, new FullName(display, List.copyOf(folded), runOffsets.get(i)));
      mentions.merge(key, 1, Integer::sum);
    }
    for (FullName f : fullNames.values()) {
      List<String> w = f.folded();
      int n = w.size();
      byMatchingWord.computeIfAbsent(w.get(n - 1), k -> new ArrayList<>()).add(f);
      if (n >= 3 && !w.get(n - 2).equals(w.get(n - 1))) {
        byMatchingWord.computeIfAbsent(w.get(n - 2), k -> new ArrayList<>()).add(f);
      }
    }
  }

  /** The full names found (two words or more, titles dropped), in order of first mention. */
  public List<String> fullNames() {
    return fullNames.values().stream().map(FullName::display).toList();
  }

  /**
   * The full name {@code mention} stands for in this document, or the mention itself (titles and a
   * leading article dropped) when the document names nobody that fits, or several people.
   */
  public String resolve(String mention) {
    List<Word> words = new ArrayList<>();
    for (Word w : QuoteLexicon.lex(mention, 0, mention.length())) {
      if (!w.punct() || w.isPunct('-')) {
        words.add(w);
      }
    }
    while (!words.isEmpty() && QuoteLexicon.NEVER_NAMES.contains(words.get(0).folded())) {
      words.remove(0);
    }
    words = stripTitles(words);
    if (words.isEmpty()) {
      return mention.strip();
    }
    List<String> folded = new ArrayList<>(words.stream().map(Word::folded).toList());
    String display = mention.substring(words.get(0).start(), words.get(words.size() - 1).nameEnd());
    if (folded.size() >= 3 && standaloneWords.contains(folded.get(0))) {
      folded.remove(0);
      display = mention.substring(words.get(1).start(), words.get(words.size() - 1).nameEnd());
    }
    List<FullName> candidates = new ArrayList<>();
    // In the order the names were found, as the index was built.
    for (FullName f : byMatchingWord.getOrDefault(folded.get(folded.size() - 1), List.of())) {
      if (matches(folded, f.folded())) {
        candidates.add(f);
      }
    }
    if (candidates.isEmpty()) {
      return display;
    }
    for (int i = 0; i < candidates.size(); i++) {
      for (int j = i + 1; j < candidates.size(); j++) {
        if (!variants(candidates.get(i).folded(), candidates.get(j).folded())) {
          return display; // two people share the short name: do not guess
        }
      }
    }
    FullName best = candidates.get(0);
    for (FullName f : candidates) {
      int byCount = Integer.compare(count(f), count(best));
      if (byCount > 0 || byCount == 0 && f.folded().size() > best.folded().size()) {
        best = f;
      }
    }
    return best.display();
  }

  private int count(FullName f) {
    return mentions.getOrDefault(String.join(" ", f.folded()), 0);
  }

  private static boolean matches(List<String> mention, List<String> full) {
    if (mention.size() > full.size()) {
      return false;
    }
    String last = mention.get(mention.size() - 1);
    int n = full.size();
    boolean lastMatches = full.get(n - 1).equals(last) || n >= 3 && full.get(n - 2).equals(last);
    return lastMatches && isSubsequence(mention, full);
  }

  /** Two full names that can be one person: one's words occur in order in the other's. */
  private static boolean variants(List<String> a, List<String> b) {
    return a.size() <= b.size() ? isSubsequence(a, b) : isSubsequence(b, a);
  }

  private static boolean isSubsequence(List<String> small, List<String> big) {
    int j = 0;
    for (int i = 0; i < big.size() && j < small.size(); i++) {
      if (big.get(i).equals(small.get(j))) {
        j++;
      }
    }
    return j == small.size();
  }

  /** Runs of capitalised words in words[from, to), see the class comment. */
  List<NameRun> runs(List<Word> words, int from, int to) {
    List<NameRun> runs = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!isNameWord(words.get(i))) {
        i++;
        continue;
      }
      int last = i;
      while (!words.get(last).possessive()) {
        int next = last + 1;
        if (next < to && isNameWord(words.get(next)) && !words.get(next).initial()) {
          last = next;
        } else if (next + 1 < to
            && QuoteLexicon.NAME_PARTICLES.contains(words.get(next).text())
            && isNameWord(words.get(next + 1))) {
          last = next + 1;
        } else {
          break;
        }
      }
      runs.add(new NameRun(i, last, words.get(i).start(), words.get(last).nameEnd()));
      i = last + 1;
    }
    return runs;
  }

  private boolean isNameWord(Word w) {
    if (!w.capitalised() || QuoteLexicon.NEVER_NAMES.contains(w.folded())) {
      return false;
    }
    if (w.initial()) {
      return !StopWords.any(w.folded()) && !lowercaseWords.contains(w.folded());
    }
    return true;
  }

  /** The words of a run, particles included. */
  private static List<Word> nameWords(List<Word> words, NameRun run) {
    return new ArrayList<>(words.subList(run.first(), run.last() + 1));
  }

  /** The run's text as written, possessive dropped. */
  String display(List<Word> run) {
    return text.substring(run.get(0).start(), run.get(run.size() - 1).nameEnd());
  }

  /** The words after the last title that still leaves a name ("Prime Minister John Major"). */
  static List<Word> stripTitles(List<Word> run) {
    for (int i = run.size() - 2; i >= 0; i--) {
      if (QuoteLexicon.TITLES.contains(run.get(i).folded())) {
        return run.subList(i + 1, run.size());
      }
    }
    return run;
  }

  /**
   * Headlines capitalise nearly every word and end without a full stop: their runs are not names.
   */
  private static boolean headlineCased(List<Word> sentence) {
    int long_ = 0;
    int capitalised = 0;
    for (Word w : sentence) {
      if (!w.punct() && w.text().length() > 3) {
        long_++;
        if (w.capitalised()) {
          capitalised++;
        }
      }
    }
    Word last = sentence.isEmpty() ? null : sentence.get(sentence.size() - 1);
    boolean punctuated = last != null && last.punct() && ".?!”\"»".contains(last.text());
    return !punctuated && long_ >= 3 && capitalised * 4 >= long_ * 3;
  }
}
