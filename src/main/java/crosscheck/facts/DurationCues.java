package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a span of time ("four years", "ocho semanas") say of it: whether it is a
 * distance between two moments rather than a length, the part passed so far, and what it is the
 * length of. Read by {@link MeasurementExtractor}; the words are
 * facts/measurement-time-offsets.tsv, facts/measurement-duration-so-far.txt and
 * facts/measurement-span-verbs.tsv.
 */
public final class DurationCues {
  private static final Map<String, String> OFFSETS =
      WordLists.map("facts/measurement-time-offsets.tsv");
  private static final List<String> SO_FAR =
      WordLists.list("facts/measurement-duration-so-far.txt");
  private static final java.util.Set<String> SO_FAR_BEFORE =
      WordLists.set("facts/measurement-duration-so-far-before.txt");

  /** Words read before a span for a cue that it is the part passed so far. */
  static final int SO_FAR_REACH = 3;

  private static final Pattern WHOLE_RELATIVE =
      Pattern.compile(
          "(?<!\\p{L})(\\p{L}{3,}+)\\s++(?:that|which|que)\\s++(?:[\\p{L}]++\\s++){1,3}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SPAN_OF =
      Pattern.compile(
          "(?<!\\p{L})(\\p{L}++)(?:['’]\\s*+|\\s++(?:of|de)\\s++(?:(?:the|his|her|la|el|su)\\s++)?|\\s++(in|en)\\s++(?!(?:the|an|his|her|their|its|el|la|los|las|una?|sus?)\\s))(\\p{L}{3,}+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\]—–]");
  private static final Map<String, String> SPAN_VERBS =
      WordLists.map("facts/measurement-span-verbs.tsv");

  private static final java.util.Set<String> VERB_OBJECTS =
      WordLists.set("facts/measurement-span-verb-objects.txt");

  private static final java.util.Set<String> DEADLINE_VERBS =
      WordLists.set("facts/measurement-deadline-verbs.txt");

  /** "75 days to reply", "45 días para responder": the span is the time to do what follows. */
  private static final Pattern TO_DO =
      Pattern.compile("(?<!\\s)\\s++(?:to|para)\\s++\\p{L}", Pattern.CASE_INSENSITIVE);

  static final int VERB_REACH = 3;

  /** The reach when the span is a verb's object ("sentenced the former mayor to 30 months"). */
  static final int OBJECT_VERB_REACH = 8;

  private DurationCues() {}

  /**
   * The thing a span of time is the length of: the noun a relative clause tells of ("a trial that
   * lasted eight weeks", "un juicio que se prolongó durante siete semanas") or the noun after its
   * unit ("five years of supervised release", "50 meses de prisión"); null when none.
   */
  static String spanned(String text, int sentenceStart, QuantityValue q, int sentenceEnd) {
    Matcher relative = WHOLE_RELATIVE.matcher(text.substring(sentenceStart, q.start()));
    if (relative.find()) return relative.group(1);
    String of = spanOf(text, q, sentenceEnd);
    if (of != null) return of;
    return isDeadline(text, sentenceStart, q, sentenceEnd)
        ? "deadline"
        : namedByVerb(text, sentenceStart, q);
  }

  /**
   * Whether a span is time given to do something: "has 75 days to reply", "le dio 45 días para
   * responder" (one of facts/measurement-deadline-verbs.txt among the three words before the span,
   * "to" or "para" and a word right after it).
   */
  static boolean isDeadline(String text, int sentenceStart, QuantityValue q, int sentenceEnd) {
    List<String> before =
        words(Folding.fold(text.substring(sentenceStart, q.start())).toLowerCase(Locale.ROOT));
    if (before.subList(Math.max(0, before.size() - VERB_REACH), before.size()).stream()
        .noneMatch(DEADLINE_VERBS::contains)) return false;
    int unitEnd = q.end();
    Matcher unit = WORD.matcher(text).region(q.end(), sentenceEnd);
    if (q.counted() != null && unit.find() && text.substring(q.end(), unit.start()).isBlank())
      unitEnd = unit.end();
    return TO_DO.matcher(text).region(unitEnd, sentenceEnd).lookingAt();
  }

  /**
   * The noun a verb before a span names it by ("delayed by 50 minutes": a delay; "sentenced the
   * former mayor to 30 months": a sentence), among the {@link #VERB_REACH} words before the value
   * in its clause, or {@link #OBJECT_VERB_REACH} when the span is the verb's object; null when
   * none.
   */
  private static String namedByVerb(String text, int sentenceStart, QuantityValue q) {
    String before = text.substring(sentenceStart, q.start());
    Matcher mark = CLAUSE_MARK.matcher(before);
    int from = 0;
    while (mark.find()) from = mark.end();
    List<String> words = words(Folding.fold(before.substring(from)).toLowerCase(Locale.ROOT));
    int reach =
        !words.isEmpty() && VERB_OBJECTS.contains(words.get(words.size() - 1))
            ? OBJECT_VERB_REACH
            : VERB_REACH;
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - reach); i--) {
      String noun = SPAN_VERBS.get(words.get(i));
      if (noun != null) return noun;
    }
    return null;
  }

  /**
   * What a span of time is of, named right after its unit: "five years of supervised release", "50
   * meses de prisión", "38 months' jail", and after "in"/"en" a bare common noun, the state it is
   * spent in ("up to 43 years in jail", "cuatro años en prisión"); null when no such noun follows.
   */
  static String spanOf(String text, QuantityValue q, int sentenceEnd) {
    int from = q.end();
    while (from < sentenceEnd && Character.isWhitespace(text.charAt(from))) from++;
    Matcher m = SPAN_OF.matcher(text).region(from, sentenceEnd);
    m.useTransparentBounds(true);
    if (!m.lookingAt() || !CompoundDurations.isDurationNoun(m.group(1))) return null;
    // "years in jail", "años en prisión" name a state; "years in the Lyon trial" only a setting
    if (m.group(2) != null && !Character.isLowerCase(m.group(3).charAt(0))) return null;
    return m.group(3);
  }

  /**
   * Whether a span of time is a distance between two moments ("three months after the verdict",
   * "hace dos semanas"), not the length of a thing: a word of facts/measurement-time-offsets.tsv
   * right after its unit, or right before the value; never what a word such as "to" or "de" gives
   * ("sentenced to four years after a trial").
   */
  public static boolean isTimeOffset(
      String text, int sentenceStart, QuantityValue q, int sentenceEnd) {
    if (!CompoundDurations.isDurationNoun(q.counted())) return false;
    List<String> before = words(Folding.fold(text.substring(sentenceStart, q.start())));
    String previous =
        before.isEmpty()
            ? ""
            : OFFSETS.getOrDefault(before.get(before.size() - 1).toLowerCase(Locale.ROOT), "");
    if (previous.equals("before")) return true;
    if (previous.equals("object")) return false;
    List<String> after = wordsAfterUnit(text, q, sentenceEnd);
    return after != null && !after.isEmpty() && "after".equals(OFFSETS.get(after.get(0)));
  }

  /**
   * Whether a span of time is the part passed so far ("12 months already served", "13 meses ya
   * cumplidos", "lleva cerca de un año detenido"): a part of a longer span, read like a former
   * figure.
   */
  static boolean soFar(String text, int sentenceStart, QuantityValue q, int sentenceEnd) {
    List<String> after = wordsAfterUnit(text, q, sentenceEnd);
    if (after == null) return false;
    List<String> before =
        words(Folding.fold(text.substring(sentenceStart, q.start())).toLowerCase(Locale.ROOT));
    for (int i = Math.max(0, before.size() - SO_FAR_REACH); i < before.size(); i++)
      if (SO_FAR_BEFORE.contains(before.get(i))) return true;
    String next = " " + String.join(" ", after.subList(0, Math.min(3, after.size()))) + " ";
    for (String cue : SO_FAR) if (next.startsWith(" " + cue + " ")) return true;
    return false;
  }

  /** The folded lower-case words after a duration's unit, or null when it counts no time unit. */
  private static List<String> wordsAfterUnit(String text, QuantityValue q, int sentenceEnd) {
    if (!CompoundDurations.isDurationNoun(q.counted())) return null;
    List<String> after =
        words(Folding.fold(text.substring(q.end(), sentenceEnd)).toLowerCase(Locale.ROOT));
    int unit = 0;
    while (unit < after.size() && unit < 2 && !CompoundDurations.isDurationNoun(after.get(unit)))
      unit++;
    return unit < after.size() ? after.subList(unit + 1, after.size()) : null;
  }

  private static List<String> words(String folded) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) out.add(m.group());
    return out;
  }
}
