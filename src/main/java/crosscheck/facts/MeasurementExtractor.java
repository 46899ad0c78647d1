package crosscheck.facts;

import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import crosscheck.text.Folding;
import crosscheck.text.StopWords;
import crosscheck.text.WireDateline;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every number, amount, share, size, duration and date of a document's kept sentences as a {@link
 * Measurement}: the value as {@link Quantities} and {@link TimeExpressions} read it, what it
 * measures, whose it is ({@link MeasurementOwners}), and whether the text vouches for it.
 */
public final class MeasurementExtractor {
  private static final List<String> FORMER = WordLists.list("facts/measurement-former-cues.txt");
  private static final Set<String> DISTAL = WordLists.set("facts/measurement-distal-openers.txt");
  private static final Set<String> NUMBER_FRAMES =
      WordLists.set("facts/measurement-number-frames.txt");
  private static final Pattern WHOLE_BEFORE =
      Pattern.compile(
          "(?<!\\p{L})(\\p{L}{3,}+)\\s++(?:of|de)\\s++(?:(?:the|a|an|los|las|el|la|un|una)\\s++)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> SHARE_OF = WordLists.set("facts/measurement-share-of.txt");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> LENGTH_WORDS =
      WordLists.set("facts/measurement-hyphen-length-words.txt");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\]—–]");
  private static final List<String> PARTICIPLE_ENDINGS =
      List.of("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas");
  private static final Pattern PARTITIVE =
      Pattern.compile(
          "(?<!\\s)\\s++(?:out\\s++)?(?:of|de)\\s++(?:(?:the|los|las|a|an|un|una)\\s++)?"
              + "([\\p{L}\\p{N}]++)\\s++(\\p{L}{3,}+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-[1-7]");

  private MeasurementExtractor() {}

  /** The measurements of a document's kept sentences, read against its anchor date (or null). */
  public static List<Measurement> extract(SegmentedDocument d, String anchorDate) {
    List<Measurement> out = new ArrayList<>();
    List<List<Actor>> actors = Actors.inDocument(d.text(), d.sentences());
    for (Sentence s : d.sentences()) {
      if (!s.kept()) continue;
      String lang = s.language() == null ? "und" : s.language();
      List<Actor> before = s.index() > 0 ? actors.get(s.index() - 1) : List.of();
      List<Actor> owners =
          MeasurementOwners.withPronouns(
              d.text(), s.start(), s.end(), actors.get(s.index()), before);
      out.addAll(inSentence(d.doc(), d.text(), s, lang, anchorDate, owners));
    }
    return out;
  }

  static List<Measurement> inSentence(
      String doc, String text, Sentence s, String lang, String anchor, List<Actor> actors) {
    List<Measurement> out = new ArrayList<>();
    String sentence = text.substring(s.start(), s.end());
    // "that year's", "aquel año": another thing; "by halftime": a figure before the final one
    boolean earlierThing =
        opensWithDistalDemonstrative(sentence) || MeasurementCues.running(text, s.start(), s.end());
    List<TimeValue> times = new ArrayList<>();
    // "Lima, May 4 (ANI):" dates the filing, not what the story reports
    int body = s.start() + WireDateline.end(sentence);
    for (TimeValue t : TimeExpressions.find(text, body, s.end(), lang, anchor)) {
      // A weekday without a date to resolve it against ("on Wednesday", XXXX-WXX-3) still
      // disagrees with another outlet's "on Thursday" for the same vote.
      if ("DATE".equals(t.type())
          && t.value() != null
          && (DateValues.isCalendarDate(t.value()) || isWeekday(t.value()))) times.add(t);
    }
    boolean hedged = MeasurementCues.hedged(text, s.start(), s.end(), times);
    List<QuantityValue> found = new ArrayList<>();
    for (QuantityValue q : Quantities.find(text, s.start(), s.end(), lang))
      if (!overlapsAny(q.start(), q.end(), times)) found.add(q); // else a year or a day
    List<QuantityValue> quantities = CompoundDurations.join(text, found);
    List<QuantityValue> valued = quantities.stream().map(CompoundDurations::withUnit).toList();
    List<String> respective = MeasurementOwners.respectively(sentence, quantities, actors);
    for (int i = 0; i < quantities.size(); i++) {
      QuantityValue q = quantities.get(i);
      QuantityValue v = valued.get(i);
      if (DurationCues.isTimeOffset(text, s.start(), q, s.end())) continue;
      String measured = q.counted() != null ? q.counted() : shareOf(text, q, s.end(), lang);
      if (measured == null) measured = partitiveNoun(text, q.end(), s.end());
      if (measured == null && QuantityLexicon.isCurrency(v.unit()))
        measured = MoneyNouns.of(text, s.start(), q, s.end());
      if (MeasurementAges.isAge(text, s.start(), q, s.end())) measured = MeasurementAges.AGE;
      out.add(
          new Measurement(
              doc,
              lang,
              s.start(),
              s.end(),
              sentence,
              kind(v),
              v,
              null,
              measured,
              whole(text, s.start(), q, s.end()),
              respective != null
                  ? respective.get(i)
                  : MeasurementOwners.owner(
                      text, q.start(), q.end(), actors, spansOfKind(valued, kind(v))),
              nearestDate(text, s.start(), times, q.start(), q.end()),
              hedged,
              earlierThing
                  || former(text, s.start(), q.start())
                  || DurationCues.soFar(text, s.start(), q, s.end())
                  || MeasurementCues.earlierYear(
                      text, s.start(), q.start(), q.end(), s.end(), anchor),
              MeasurementCues.threshold(text, s.start(), q.start(), q.end(), s.end()),
              MeasurementCues.unreached(text, s.start(), q.start()),
              MeasurementCues.planned(text, s.start(), q.start(), q.end(), s.end())));
    }
    for (TimeValue t : times) {
      // A day without its year ("4 de mayo") dates the values beside it, but as a value of
      // its own it is too often another event's day of the same story.
      if (t.value().startsWith("XXXX-") && !isWeekday(t.value())) continue;
      out.add(
          new Measurement(
              doc,
              lang,
              s.start(),
              s.end(),
              sentence,
              "date",
              null,
              t,
              null,
              null,
              MeasurementOwners.owner(text, t.start(), t.end(), actors),
              nearestDate(text, s.start(), times, t.start(), t.end()),
              hedged,
              earlierThing || former(text, s.start(), t.start()),
              false,
              false,
              MeasurementCues.planned(text, s.start(), t.start(), t.end(), s.end())));
    }
    return out;
  }

  private static List<int[]> spansOfKind(List<QuantityValue> quantities, String kind) {
    List<int[]> out = new ArrayList<>();
    for (QuantityValue q : quantities)
      if (kind(q).equals(kind)) out.add(new int[] {q.start(), q.end()});
    return out;
  }

  /** The sort of a quantity: count, percent, one currency, or its unit's dimension. */
  static String kind(QuantityValue q) {
    String unit = q.unit();
    if (unit == null) return "count";
    if (QuantityLexicon.isCurrency(unit)) return unit.equals("pesos") ? "pesos" : "money:" + unit;
    QuantityLexicon.Dimension d = QuantityLexicon.DIMENSIONS.get(unit);
    return d != null ? d.name() : "unit:" + unit;
  }

  /**
   * The date that scopes a value: one that opens the sentence ("In the first round of May 4, ...")
   * or stands in the value's own clause, no clause mark between them and a few words away; the
   * nearest such, or null. A date in another clause ("..., more than last year's total") tells of
   * something else.
   */
  static String nearestDate(
      String text, int sentenceStart, List<TimeValue> times, int start, int end) {
    TimeValue best = null;
    int bestGap = Integer.MAX_VALUE;
    for (TimeValue t : times) {
      if ((t.start() < end && start < t.end()) || isWeekday(t.value())) continue;
      String between =
          t.end() <= start ? text.substring(t.end(), start) : text.substring(end, t.start());
      boolean opening =
          t.end() <= start && words(text.substring(sentenceStart, t.start())).size() <= 6;
      boolean sameClause = !CLAUSE_MARK.matcher(between).find() && words(between).size() <= 8;
      if (!opening && !sameClause) continue;
      if (between.length() < bestGap) {
        bestGap = between.length();
        best = t;
      }
    }
    return best == null ? null : best.value();
  }

  /** A weekday that no anchor resolved: TimeML's XXXX-WXX-1 (Monday) to XXXX-WXX-7. */
  public static boolean isWeekday(String value) {
    return value != null && WEEKDAY.matcher(value).matches();
  }

  private static boolean overlapsAny(int start, int end, List<TimeValue> times) {
    for (TimeValue t : times) if (start < t.end() && t.start() < end) return true;
    return false;
  }

  /**
   * Whether a sentence opens with a distal demonstrative and a noun ("That outbreak killed about
   * 200", "Aquel brote"): it tells of something named before, not of the story's own event.
   */
  static boolean opensWithDistalDemonstrative(String sentence) {
    List<String> first = words(Folding.fold(sentence));
    return first.size() > 2 && DISTAL.contains(first.get(0).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the words just before a value give it as a former figure ("up from 12"). */
  static boolean former(String text, int sentenceStart, int valueStart) {
    List<String> before = words(Folding.fold(text.substring(sentenceStart, valueStart)));
    String tail =
        " " + String.join(" ", before.subList(Math.max(0, before.size() - 3), before.size()));
    for (String cue : FORMER) {
      // the cue ends right before the value, or one article/determiner before it
      if (tail.endsWith(" " + cue) || tail.matches(".* " + Pattern.quote(cue) + " \\p{L}{1,3}$"))
        return true;
    }
    return false;
  }

  /**
   * The noun a share is of ("vote" in "56% of the vote"), or null. An English compound is read to
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
      if (skipped == 0) return isParticiple(m.group()) ? w : null;
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
      if (m.find() && adjacent(text, end, m.start()) && isParticiple(m.group()))
        return w + " " + m.group();
      return w;
    }
    return null;
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
   * de los cinco jueces" count justices, judges, jueces; null when no such phrase follows.
   */
  static String partitiveNoun(String text, int after, int sentenceEnd) {
    Matcher m = PARTITIVE.matcher(text).region(after, sentenceEnd);
    if (!m.lookingAt()) return null;
    String number = Folding.fold(m.group(1)).toLowerCase(java.util.Locale.ROOT);
    boolean isNumber =
        Character.isDigit(number.charAt(0))
            || QuantityLexicon.EN_SMALL.containsKey(number)
            || QuantityLexicon.ES_SMALL.containsKey(number);
    return isNumber ? m.group(2) : null;
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
      else if (CompoundDurations.isDurationNoun(q.counted()))
        noun = DurationCues.spanned(text, sentenceStart, q, sentenceEnd);
    }
    if (noun == null) return null;
    String folded = Folding.fold(noun).toLowerCase(java.util.Locale.ROOT);
    if (NUMBER_FRAMES.contains(folded)) return null;
    if (QuantityLexicon.EN_SMALL.containsKey(folded)
        || QuantityLexicon.ES_SMALL.containsKey(folded)) return null;
    return noun;
  }

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

  private static List<String> words(String folded) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) out.add(m.group());
    return out;
  }
}
