package crosscheck.conflicts;

import crosscheck.facts.Measurement;
import crosscheck.reuse.CrossLanguageStems;
import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a repeated thing a figure belongs to, when its sentence says so with an ordinal: "37% in
 * the first round" and "44% in the second round" (or "la segunda vuelta") are two rounds, never one
 * measured thing. The ordinal is the nearest one before the value in its sentence, or one after it
 * in its clause; the noun is the word after the ordinal. Ordinals are
 * conflicts/measurement-ordinals.tsv.
 */
final class OrdinalScope {
  private static final Map<String, String> ORDINALS =
      WordLists.map("conflicts/measurement-ordinals.tsv");
  private static final Pattern PHRASE =
      Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]+)\\s+(\\p{L}{3,})", Pattern.UNICODE_CASE);
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\]—–]");

  /** The ordinal number and the senses of its noun. */
  record Scope(int number, Set<String> nouns) {}

  private OrdinalScope() {}

  /** The ordinal scope of a measurement's value, or null when its sentence gives none. */
  static Scope of(Measurement m) {
    String s = m.sentence();
    int valueStart = m.start() - m.sentenceStart();
    int valueEnd = m.end() - m.sentenceStart();
    Scope before = null;
    Scope after = null;
    Matcher p = PHRASE.matcher(s);
    int from = 0;
    while (from < s.length() && p.find(from)) {
      from = p.start(2);
      String ordinal = Folding.fold(p.group(1)).toLowerCase(Locale.ROOT);
      if (!ORDINALS.containsKey(ordinal)) continue;
      if (p.start() < valueStart && p.end() <= valueStart) {
        before = scope(ordinal, p.group(2), m.language());
      } else if (p.start() >= valueEnd
          && after == null
          && !CLAUSE_MARK.matcher(s.substring(valueEnd, p.start())).find()) {
        after = scope(ordinal, p.group(2), m.language());
      }
    }
    return before != null ? before : after;
  }

  /** Whether two figures are said of different ordinals of one noun ("first", "second round"). */
  static boolean differ(Scope a, Scope b) {
    if (a == null || b == null || a.number() == b.number()) return false;
    return a.nouns().stream().anyMatch(b.nouns()::contains);
  }

  private static Scope scope(String ordinal, String noun, String language) {
    Set<String> nouns = CrossLanguageStems.alternatives(noun, language);
    if (nouns.isEmpty()) nouns = Set.of(Folding.fold(noun).toLowerCase(Locale.ROOT));
    return new Scope(Integer.parseInt(ORDINALS.get(ordinal)), nouns);
  }
}
