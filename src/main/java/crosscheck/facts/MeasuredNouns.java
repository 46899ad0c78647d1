package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.StopWords;
import crosscheck.text.WordLists;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value measures, read from the words beside it: the noun a share is of ("52% of the vote"),
 * the noun of a partitive ("four of the five justices"), and the group a count belongs to ("the
 * full court of 9 judges"). Part of {@link MeasurementExtractor}.
 */
final class MeasuredNouns {
  private static final Set<String> NUMBER_FRAMES =
      WordLists.set("facts/measurement-number-frames.txt");
  private static final Pattern WHOLE_BEFORE =
      Pattern.compile(
          "(?<!\\p{L})(\\p{L}{3,}+)\\s++(?:of|de)\\s++(?:(?:the|a|an|los|las|el|la|un|una)\\s++)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> SHARE_OF = WordLists.set("facts/measurement-share-of.txt");
  private static final Set<String> OWNER_NOUNS =
      WordLists.set("facts/measurement-share-owner-nouns.txt");
  private static final Set<String> TITLES = WordLists.set("facts/titles.txt");
  private static final Set<String> GENERIC_WHOLES =
      WordLists.set("facts/measurement-generic-wholes.txt");
  private static final Set<String> LENGTH_WORDS =
      WordLists.set("facts/measurement-hyphen-length-words.txt");
  private static final List<String> PARTICIPLE_ENDINGS =
      List.of("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas");
  private static final Set<String> GROUP_MEMBERS =
      WordLists.set("facts/measurement-partitive-members.txt");
  private static final Pattern PARTITIVE =
      Pattern.compile(
          "(?<!\\s)\\s++(?:"
              + WordLists.alternation("facts/measurement-partitive-members.txt")
              + "\\s++)?(?:out\\s++)?(?:of|de)\\s++(?:(?:the|los|las|a|an|un|una)\\s++)?"
              + "([\\p{L}\\p{N}]++)(?:\\s++|-)(\\p{L}{3,}+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** How far after a share a name may start to be whose it is ("36,4% de la candidata Ana Gil"). */
  private static final int NAME_AFTER_SHARE = 30;

  private MeasuredNouns() {}

  /**
   * The noun a share is of ("vote" in "52% of the vote"), or null. An English compound is read to
   * its head ("tallies" in "62% of the precinct tallies", "vote" in "of the popular vote"); a
   * participle right after the noun or the share says which share it is ("votes counted", "mesas
   * escrutadas", "un 80% escrutado").
   */
  static String shareOf(String text, QuantityValue q, int sentenceEnd, String lang) {
    if (!"percent".equals(q.unit())) return null;
    Matcher m = WORD.matcher(text).region(q.end(), sentenceEnd);
    int skipped = 0;
    while (m.find()) {
      String w = Folding.fold(m.group());
      if (m.start() > q.end() && skipped == 0 && !text.substring(q.end(), m.start()).isBlank())
        return null; // punctuation right after the share: no noun follows it
      if (SHARE_OF.contains(w)) {
        if (++skipped > 3) return null;
        continue;
      }
      // "un 80% escrutado" says which share; "el 36,4% logrado" only that it was won
      if (skipped == 0) return ProgressShares.isProgressParticiple(m.group()) ? w : null;
      // "el 45% del exmandatario", "45% for the rival": whose share, not of what
      if (isOwnerNoun(w)) return null;
      int end = m.end();
      if ("en".equals(lang)) {
        // the head of an English compound is its last noun
        for (int more = 0; more < 2 && m.find() && adjacent(text, end, m.start()); more++) {
          if (!isCompoundNoun(m.group())) {
            m.region(end, sentenceEnd);
            break;
          }
          w = Folding.fold(m.group());
          end = m.end();
        }
        m.region(end, sentenceEnd);
      }
      boolean next = m.find();
      if (next && adjacent(text, end, m.start()) && isParticiple(m.group()))
        return w + " " + m.group();
      // "90% of the ballots had been counted": auxiliaries before a participle of progress
      while (next && ProgressShares.isAuxiliary(m.group()) && (next = m.find()))
        if (ProgressShares.isProgressParticiple(m.group())) return w + " " + m.group();
      return w;
    }
    return null;
  }

  /**
   * Whether the noun read after a value is a person's: a word of a name that follows ("el 36,4% de
   * Ana Gil"), or a word set before a name in apposition ("el 38% del derechista Luis Gil").
   */
  static boolean namesPerson(String text, String measured, int after, List<Actor> actors) {
    String noun = measured.split(" ")[0];
    int end = Math.min(text.length(), after + NAME_AFTER_SHARE);
    Matcher w = WORD.matcher(text).region(after, end);
    int nounEnd = -1;
    while (nounEnd < 0 && w.find()) if (Folding.fold(w.group()).equals(noun)) nounEnd = w.end();
    for (Actor a : actors) {
      if (a.start() < after || a.start() - after > NAME_AFTER_SHARE) continue;
      boolean person = "person".equals(a.type());
      if (person && List.of(a.key().substring(a.key().indexOf(':') + 1).split(" ")).contains(noun))
        return true;
      if ((person || "name".equals(a.type()))
          && nounEnd >= 0
          && a.start() >= nounEnd
          && text.substring(nounEnd, a.start()).isBlank()) return true;
    }
    return false;
  }

  private static boolean isOwnerNoun(String folded) {
    String w = folded.toLowerCase(java.util.Locale.ROOT);
    String bare = w.startsWith("ex") && w.length() > 4 ? w.substring(2) : w;
    return OWNER_NOUNS.contains(w) || OWNER_NOUNS.contains(bare) || TITLES.contains(bare);
  }

  /**
   * A plural noun of some length ("members", "officials"): the stop list holds a few such nouns,
   * which never are function words inside a compound.
   */
  private static boolean looksPlural(String word) {
    return word.length() >= 6 && word.endsWith("s");
  }

  /** Whether only spaces stand between two offsets. */
  private static boolean adjacent(String text, int end, int nextStart) {
    return text.substring(end, nextStart).isBlank() && nextStart - end < 3;
  }

  /**
   * Whether a word after a noun may be the next noun of an English compound: lower-case, a letter
   * word, neither a function word nor a participle.
   */
  private static boolean isCompoundNoun(String word) {
    return Character.isLowerCase(word.charAt(0))
        && word.chars().allMatch(Character::isLetter)
        && !(StopWords.english(word) && !looksPlural(word))
        && !isParticiple(word)
        && !word.endsWith("ing");
  }

  /**
   * The noun of a partitive count: "four of the five justices", "four out of five judges", "cuatro
   * de los cinco jueces", "two members of a seven-judge court" count justices, judges, jueces; null
   * when no such phrase follows.
   */
  static String partitiveNoun(String text, int after, int sentenceEnd) {
    Matcher m = PARTITIVE.matcher(text).region(after, sentenceEnd);
    if (!m.lookingAt()) return null;
    String number = Folding.fold(m.group(1)).toLowerCase(java.util.Locale.ROOT);
    return QuantityLexicon.isNumberWord(number) ? m.group(2) : null;
  }

  /** Whether a counted noun names the members of a group ("members", "integrantes"). */
  static boolean isGroupMember(String noun) {
    return GROUP_MEMBERS.contains(Folding.fold(noun).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The group a count belongs to: the noun before "of"/"de" ("a panel of five justices", "la corte
   * de 11 jueces") or after a hyphenated count ("a five-justice panel"), and for a span of time the
   * noun a relative clause tells of ("a trial that lasted eight weeks") or the noun after its unit
   * ("five years of supervised release", "50 meses de prisión"); null when none, or when the noun
   * only frames the number ("a total of", "un máximo de": facts/measurement-number-frames.txt).
   */
  static String whole(String text, int sentenceStart, QuantityValue q, int sentenceEnd) {
    if (q.unit() != null) return null;
    String noun = null;
    if (q.text().contains("-")) {
      noun = hyphenedNoun(text, q.end(), sentenceEnd);
    } else {
      String before = text.substring(sentenceStart, q.start());
      Matcher of = WHOLE_BEFORE.matcher(before);
      if (of.find()) noun = of.group(1);
      boolean span = CompoundDurations.isDurationNoun(q.counted());
      if (noun == null && span) {
        noun = DurationCues.spanned(text, sentenceStart, q, sentenceEnd);
      } else if (span
          && GENERIC_WHOLES.contains(Folding.fold(noun).toLowerCase(java.util.Locale.ROOT))) {
        // "una pena de ocho años de inhabilitación": a penalty, and the noun after says which
        String after = DurationCues.spanOf(text, q, sentenceEnd);
        if (after != null) noun = after;
      }
    }
    if (noun == null) return null;
    String folded = Folding.fold(noun).toLowerCase(java.util.Locale.ROOT);
    if (NUMBER_FRAMES.contains(folded)) return framedNoun(text, sentenceStart, q, noun);
    if (QuantityLexicon.isSmallNumber(folded)) return null;
    return noun;
  }

  /**
   * The noun a number frame qualifies ("un plazo máximo de 120 días": a deadline), when a
   * lower-case word of four letters or more stands right before the frame; else null ("un máximo de
   * 120").
   */
  private static String framedNoun(String text, int sentenceStart, QuantityValue q, String frame) {
    Matcher m = FRAMED_NOUN.matcher(text.substring(sentenceStart, q.start()));
    if (!m.find() || !m.group(2).equals(frame)) return null;
    String noun = m.group(1);
    boolean common =
        Character.isLowerCase(noun.charAt(0))
            && !StopWords.any(noun.toLowerCase(java.util.Locale.ROOT));
    return common ? noun : null;
  }

  private static final Pattern FRAMED_NOUN =
      Pattern.compile(
          "(?<!\\p{L})(\\p{L}{4,}+)\\s++(\\p{L}++)\\s++(?:of|de)\\s++(?:(?:the|a|an|los|las|el|la|un|una)\\s++)?$",
          Pattern.UNICODE_CASE);

  /** The noun right after a hyphenated count ("a five-justice panel", "a 5-year-long inquiry"). */
  private static String hyphenedNoun(String text, int after, int sentenceEnd) {
    Matcher m = WORD.matcher(text).region(after, sentenceEnd);
    if (!m.find()) return null;
    if (text.substring(after, m.start()).equals("-")
        && LENGTH_WORDS.contains(Folding.fold(m.group()).toLowerCase(java.util.Locale.ROOT))) {
      int from = m.end();
      if (!m.find() || !text.substring(from, m.start()).isBlank()) return null;
      return m.group();
    }
    return text.substring(after, m.start()).isBlank() ? m.group() : null;
  }

  /**
   * English "-ed" and Spanish "-ado/-ido" forms (with gender and number), the usual participles.
   */
  static boolean isParticiple(String word) {
    String w = Folding.fold(word).toLowerCase(java.util.Locale.ROOT);
    if (w.length() < 4) return false;
    for (String ending : PARTICIPLE_ENDINGS) if (w.endsWith(ending)) return true;
    return false;
  }
}
