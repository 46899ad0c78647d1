package crosscheck.conflicts;

import crosscheck.facts.QuantityValue;
import crosscheck.facts.TimeValue;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words an editor reads for a value: offsets into the document and the text between. */
final class Evidence {

  /** Offsets into the document text (end exclusive) and the words between. */
  record Span(int start, int end, String text) {}

  private static final Set<String> DATE_PREPOSITIONS = datePrepositions();

  // Starts only at a word's start: searched from every position inside a long word, "(\p{L}+)"
  // alone would read the rest of the word each time.
  private static final Pattern LAST_WORD = Pattern.compile("(?<!\\p{L})(\\p{L}+)(\\s+)$");

  // How a sentence may name each category, to point at its words.
  private static final Map<String, Pattern> CATEGORY_WORDS = categoryWords();

  private Evidence() {}

  /**
   * A date's words with the preposition before it and a past-tense verb before that ("signed on
   * July 26", "On July 16, 2023"), so the editor sees what the date is the date of.
   */
  static Span date(ClaimWithEvidence m, TimeValue t) {
    String s = sentence(m);
    int base = m.claim().sentenceStart();
    int from = t.start() - base;
    int to = t.end() - base;
    if (!inside(s, from, to)) return new Span(t.start(), t.end(), t.text());
    Matcher w = LAST_WORD.matcher(s.substring(0, from));
    if (w.find() && DATE_PREPOSITIONS.contains(w.group(1).toLowerCase(Locale.ROOT))) {
      from = w.start();
      Matcher verb = LAST_WORD.matcher(s.substring(0, from));
      if (verb.find() && pastTense(verb.group(1))) from = verb.start();
    }
    return new Span(base + from, base + to, s.substring(from, to));
  }

  /**
   * A quantity's words up to its counted noun when the noun follows closely ("4,200 passengers").
   */
  static Span quantity(ClaimWithEvidence m, QuantityValue q) {
    String s = sentence(m);
    int base = m.claim().sentenceStart();
    int from = q.start() - base;
    int to = q.end() - base;
    if (!inside(s, from, to)) return new Span(q.start(), q.end(), q.text());
    String counted = q.counted();
    if (counted != null
        && !s.substring(from, to)
            .toLowerCase(Locale.ROOT)
            .contains(counted.toLowerCase(Locale.ROOT))) {
      Matcher noun =
          Pattern.compile(
                  "^[\\p{L}\\s-]{0,40}?\\b" + Pattern.quote(counted) + "\\b",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(s.substring(to));
      if (noun.find()) to += noun.end();
    }
    return new Span(base + from, base + to, s.substring(from, to));
  }

  /** The word naming the category in the sentence, else the whole sentence. */
  static Span category(ClaimWithEvidence m, String category) {
    String s = sentence(m);
    int base = m.claim().sentenceStart();
    Pattern p = CATEGORY_WORDS.get(category);
    if (p == null) p = wordPattern(Pattern.quote(category));
    Matcher found = p.matcher(s);
    if (found.find()) return new Span(base + found.start(), base + found.end(), found.group());
    return new Span(base, base + s.length(), s);
  }

  private static boolean pastTense(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return (w.endsWith("ed") && w.length() > 3)
        || w.endsWith("aron")
        || w.endsWith("ieron")
        || (w.endsWith("ó") && w.length() > 2);
  }

  private static boolean inside(String s, int from, int to) {
    return from >= 0 && to <= s.length() && from < to;
  }

  private static String sentence(ClaimWithEvidence m) {
    return m.sentenceText() == null ? "" : m.sentenceText();
  }

  /**
   * One pattern per category of {@code conflicts/category-words.tsv}, its words longest first: at
   * one place in a sentence, "memorandum of understanding" wins over "memorandum".
   */
  private static Map<String, Pattern> categoryWords() {
    Map<String, List<String>> words = new LinkedHashMap<>();
    for (List<String> row : WordLists.table("conflicts/category-words.tsv", 2)) {
      words.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(1));
    }
    Map<String, Pattern> out = new HashMap<>();
    for (Map.Entry<String, List<String>> category : words.entrySet()) {
      List<String> longestFirst = new ArrayList<>(category.getValue());
      longestFirst.sort(Comparator.comparingInt(String::length).reversed());
      StringJoiner alternatives = new StringJoiner("|");
      for (String w : longestFirst) alternatives.add(Pattern.quote(w));
      out.put(category.getKey(), wordPattern(alternatives.toString()));
    }
    return Map.copyOf(out);
  }

  private static Set<String> datePrepositions() {
    Set<String> words = new HashSet<>(WordLists.set("conflicts/date-prepositions-en.txt"));
    words.addAll(WordLists.set("conflicts/date-prepositions-es.txt"));
    return Set.copyOf(words);
  }

  private static Pattern wordPattern(String alternatives) {
    return Pattern.compile(
        "(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
