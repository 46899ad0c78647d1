package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose a value is: the actor nearest to it in its clause. A name before the value counts as it
 * stands ("Torres won 57%"); a name after it counts when a linking word joins them ("43% for
 * Pardo"); punctuation and clause words between them ("while", "compared", "mientras") push a name
 * away, so that "57% for Torres compared with 43% for Pardo" gives each value its own owner.
 */
final class MeasurementOwners {
  private static final Set<String> BREAKS = WordLists.set("facts/measurement-clause-breaks.txt");
  private static final Set<String> LINKS = WordLists.set("facts/measurement-owner-links.txt");
  private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}]+|[,;:()\\[\\]—–]");
  private static final int MAX_DISTANCE = 14;
  private static final int BREAK_COST = 5;

  /**
   * A name after the value owns it only when close: "43% for Mr Pardo", not "57% of votes in X".
   */
  private static final int MAX_DISTANCE_AFTER = 3;

  private static final Set<String> RESPECTIVELY =
      WordLists.set("facts/measurement-respectively.txt");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> PRONOUNS =
      WordLists.set("facts/measurement-person-pronouns.txt");

  private MeasurementOwners() {}

  /**
   * The owners of a sentence's values when it lists them "respectively" ("in Salta and Jujuy, with
   * 71% and 74% respectively"): the values listed right before the word (joined by a few words
   * each) go, in order, to as many names listed before the first of them, the nearest names joined
   * by "and" or a comma ("Gil won 196 seats, ahead of Rey and Paz, with 143 and 117 respectively":
   * 143 is Rey's). One owner per value, null for a value outside the list; null when the sentence
   * does not say "respectively" or names too few.
   */
  static List<String> respectively(
      String sentence, int sentenceStart, List<QuantityValue> values, List<Actor> actors) {
    if (values.size() < 2) return null;
    Matcher m = WORD.matcher(Folding.fold(sentence));
    int said = -1;
    while (m.find() && said < 0)
      if (RESPECTIVELY.contains(m.group())) said = sentenceStart + m.start();
    if (said < 0) return null;
    int last = -1;
    for (int i = 0; i < values.size(); i++) if (values.get(i).end() <= said) last = i;
    int first = last;
    while (first > 0
        && listed(sentence, sentenceStart, values.get(first - 1).end(), values.get(first).start()))
      first--;
    int count = last - first + 1;
    if (last < 0 || count < 2) return null;
    List<Actor> before = new java.util.ArrayList<>();
    for (Actor a : actors) if (a.end() <= values.get(first).start()) before.add(a);
    if (before.size() < count) return null;
    int end = before.size();
    for (int j = before.size(); j >= count; j--) {
      if (coordinated(sentence, sentenceStart, before.subList(j - count, j))) {
        end = j;
        break;
      }
    }
    List<String> owners = new java.util.ArrayList<>();
    for (int i = 0; i < values.size(); i++)
      owners.add(i < first || i > last ? null : before.get(end - count + i - first).key());
    return owners;
  }

  /** Words between two values of one list: a few, with no clause break but a comma. */
  private static boolean listed(String sentence, int sentenceStart, int from, int to) {
    String gap = sentence.substring(from - sentenceStart, to - sentenceStart);
    return gap.chars().noneMatch(c -> c == ';' || c == '.' || c == ':') && words(gap) <= LIST_GAP;
  }

  private static final Set<String> LIST_JOINERS = TriggerLexicon.bothLanguages("list-joiners");

  /** Names joined one to the next by "and", "y" (facts/list-joiners-*.txt) or a comma. */
  private static boolean coordinated(String sentence, int sentenceStart, List<Actor> names) {
    for (int i = 0; i + 1 < names.size(); i++) {
      String gap =
          sentence.substring(
              names.get(i).end() - sentenceStart, names.get(i + 1).start() - sentenceStart);
      boolean joined =
          gap.contains(",")
              || WORD.matcher(Folding.fold(gap).toLowerCase(java.util.Locale.ROOT))
                  .results()
                  .anyMatch(w -> LIST_JOINERS.contains(w.group()));
      if (!joined || words(gap) > LIST_GAP) return false;
    }
    return true;
  }

  /** Words at most between two members of one list ("71% and the 74%", "Rey and the Paz"). */
  private static final int LIST_GAP = 4;

  private static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  /**
   * The sentence's actors with its personal pronouns added as actors of the person they stand for:
   * the nearest person named before the pronoun in the sentence, else the first person of the
   * sentence before ("Ruiz conceded. He had 43%").
   */
  static List<Actor> withPronouns(
      String text, int sentenceStart, int sentenceEnd, List<Actor> actors, List<Actor> before) {
    List<Actor> out = new java.util.ArrayList<>(actors);
    Matcher m = WORD.matcher(text).region(sentenceStart, sentenceEnd);
    while (m.find()) {
      if (!PRONOUNS.contains(m.group().toLowerCase(java.util.Locale.ROOT))) continue;
      Actor referent = null;
      for (Actor a : actors) if (a.end() <= m.start() && "person".equals(a.type())) referent = a;
      if (referent == null)
        for (Actor a : before)
          if ("person".equals(a.type())) {
            referent = a;
            break;
          }
      if (referent != null)
        out.add(new Actor(m.start(), m.end(), m.group(), referent.key(), referent.type()));
    }
    out.sort(java.util.Comparator.comparingInt(Actor::start));
    return out;
  }

  /** The key of the actor the value at [start, end) belongs to, or null when none is near. */
  static String owner(String text, int start, int end, List<Actor> actors) {
    return owner(text, start, end, actors, List.of());
  }

  /**
   * As {@link #owner(String, int, int, List)}, but a name never reaches past another value of the
   * same sort ({@code rivals}): in "Ruiz won 57% versus 43% for Gil" the 43% is not Ruiz's.
   */
  static String owner(String text, int start, int end, List<Actor> actors, List<int[]> rivals) {
    Actor best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (Actor a : actors) {
      if (a.start() < end && start < a.end()) continue;
      if (a.end() <= start && between(rivals, a.end(), start)) continue;
      // "X's former minister, ..., received 26 years": a possessive name owns its own noun
      if (a.end() <= start && possessive(text, a.end()) && words(text, a.end(), start) > 4)
        continue;
      // "Ruiz, reelegido presidente de Costa Verde con el 57%": the country completes a title
      if (isTitleComplement(text, a)) continue;
      int d =
          a.end() <= start
              ? distance(text, a.end(), start, false)
              : distance(text, end, a.start(), true);
      if (a.start() >= end && d > MAX_DISTANCE_AFTER) continue;
      if (d < bestDistance) {
        bestDistance = d;
        best = a;
      }
    }
    return best == null ? null : best.key();
  }

  /** Whether an owner's key names someone who acts (a person, a party), not a place. */
  static boolean isActor(String owner) {
    return owner != null && !owner.startsWith("place:") && !owner.startsWith("country:");
  }

  /** The most words before a date that still opens its clause ("El pasado", "On"). */
  static final int OPENING_WORDS = 2;

  /** The most words after a clause-opening date to its owner ("el lunes, Ana Ruiz fue ..."). */
  static final int WORDS_TO_OWNER_AFTER_DATE = 4;

  /**
   * The owner of a date: as {@link #owner(String, int, int, List)}, and for a date that opens its
   * clause with no owner before it, the person or body named right after it: "El pasado 3 de marzo
   * Ana Ruiz fue condenada", "On Friday, the court ruled".
   */
  static String dateOwner(String text, int sentenceStart, int start, int end, List<Actor> actors) {
    String before = owner(text, start, end, actors);
    if (before != null || !opensClause(text, sentenceStart, start)) return before;
    for (Actor a : actors) {
      if (a.start() < end || "place".equals(a.type()) || "country".equals(a.type())) continue;
      String between = text.substring(end, a.start());
      if (words(between) <= WORDS_TO_OWNER_AFTER_DATE && !CLAUSE_END.matcher(between).find())
        return a.key();
      return null;
    }
    return null;
  }

  private static final Pattern CLAUSE_END = Pattern.compile("[;:()\\[\\]—–.!?]");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\]—–.!?]");

  private static boolean opensClause(String text, int sentenceStart, int start) {
    String before = text.substring(sentenceStart, start);
    Matcher mark = CLAUSE_MARK.matcher(before);
    int from = 0;
    while (mark.find()) from = mark.end();
    return words(before.substring(from)) <= OPENING_WORDS;
  }

  /** Words between two offsets, with clause breaks costing more; after the value, only linked. */
  private static int distance(String text, int from, int to, boolean after) {
    Matcher m = PIECE.matcher(text).region(from, to);
    int d = 0;
    boolean first = true;
    String between = text.substring(from, to);
    boolean apposition =
        !after
            && between.strip().startsWith(",")
            && between.indexOf(',', between.indexOf(',') + 1) > 0;
    boolean inApposition = false;
    boolean inBrackets = false;
    while (m.find()) {
      String w = Folding.fold(m.group());
      // "Gil (2001-2002), who won 45%": an aside in brackets is one step, not a clause break
      if (inBrackets) {
        inBrackets = !w.equals(")");
        continue;
      }
      if (!after
          && w.equals("(")
          && text.indexOf(')', m.end()) > 0
          && text.indexOf(')', m.end()) < to) {
        inBrackets = true;
        first = false;
        d += 1;
        continue;
      }
      // "Gen. Ruiz, the former minister, received 26 years": the apposition is one step
      if (first && apposition) {
        inApposition = true;
        first = false;
        d += 1;
        continue;
      }
      if (inApposition) {
        if (w.equals(",")) inApposition = false;
        continue;
      }
      if (first && after && !LINKS.contains(w)) return MAX_DISTANCE + 1;
      first = false;
      d += BREAKS.contains(w) || !Character.isLetterOrDigit(w.charAt(0)) ? BREAK_COST : 1;
    }
    if (first && after) return MAX_DISTANCE + 1; // "57% Torres": no link word
    return d;
  }

  private static final Set<String> TITLES = WordLists.set("facts/titles.txt");
  private static final Set<String> TITLE_LINKS = WordLists.set("facts/measurement-title-links.txt");

  /**
   * Whether a country or place is named as what a title is of ("president of X", "presidente de
   * X").
   */
  private static boolean isTitleComplement(String text, Actor a) {
    if (!"country".equals(a.type()) && !"place".equals(a.type())) return false;
    List<String> before = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text).region(Math.max(0, a.start() - 40), a.start());
    while (m.find()) before.add(Folding.fold(m.group()).toLowerCase(java.util.Locale.ROOT));
    int n = before.size();
    return n >= 2 && TITLE_LINKS.contains(before.get(n - 1)) && TITLES.contains(before.get(n - 2));
  }

  private static boolean between(List<int[]> spans, int from, int to) {
    for (int[] span : spans) if (span[0] >= from && span[1] <= to) return true;
    return false;
  }

  private static boolean possessive(String text, int end) {
    return text.startsWith("'s", end) || text.startsWith("’s", end);
  }

  private static int words(String text, int from, int to) {
    Matcher m = WORD.matcher(text).region(from, to);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
