package crosscheck.conflicts;

import crosscheck.facts.Actor;
import crosscheck.facts.Actors;
import crosscheck.facts.CompoundDurations;
import crosscheck.facts.Measurement;
import crosscheck.reuse.CrossLanguageStems;
import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a measurement's sentence says around it, in one vocabulary for English and Spanish: the
 * sentence's content words as English stems ({@link CrossLanguageStems}) with the value itself
 * masked, the words near the value weighing more, and the names it mentions. Two outlets stating
 * the same measured thing use many of the same names and words around it, whatever its value.
 *
 * @param weights stem to proximity weight (1 near the value, less further away)
 * @param names folded capitalised words that are not the sentence's first word
 * @param measured the English stems what the value counts or is a share of may stand for
 *     ("muertes": death, dead; "votes counted": vote count), empty when the text names none
 * @param beside the stems of the ordinary words (not names) at most {@link #BESIDE_WORDS} words
 *     from the value: what a date dates ("Monday's move", "the runoff of June 1")
 * @param alternatives for a stem of {@code weights} that stands for a Spanish word, the stems of
 *     all its English translations (the lexicon's first one is the key)
 * @param places the countries and places the sentence names: where its figures were counted
 * @param ordinal which of a repeated thing the value belongs to ("the second round"), or null
 * @param deed for a date, the deed a word beside it names ({@link DatedDeeds}), or null
 */
record MeasurementProfile(
    Measurement m,
    Map<String, Double> weights,
    Set<String> names,
    Set<String> measured,
    Set<String> beside,
    Map<String, Set<String>> alternatives,
    Set<String> places,
    OrdinalScope.Scope ordinal,
    String deed) {

  /** The measured stem of every span of time, whatever its unit. */
  static final String DURATION = "duration";

  static final int CLOSE_WORDS = 3;
  static final int BESIDE_WORDS = 2;
  static final int NEAR_WORDS = 8;
  static final double NEAR_WEIGHT = 0.6;
  static final double FAR_WEIGHT = 0.25;
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
  private static final Pattern MEMBER_CUE =
      Pattern.compile(
          "(?<!\\p{L})(?:"
              + String.join(
                  "|",
                  WordLists.list("conflicts/place-member-cues.txt").stream()
                      .map(Pattern::quote)
                      .toList())
              + ")(?!\\p{L})");

  static MeasurementProfile of(Measurement m) {
    String s = m.sentence();
    int valueStart = m.start() - m.sentenceStart();
    int valueEnd = m.end() - m.sentenceStart();
    Matcher w = WORD.matcher(s);
    List<int[]> spans = new java.util.ArrayList<>();
    while (w.find()) {
      if (w.start() < valueEnd && valueStart < w.end()) continue; // the value's own words
      spans.add(new int[] {w.start(), w.end()});
    }
    int valueIndex = 0;
    while (valueIndex < spans.size() && spans.get(valueIndex)[0] < valueStart) valueIndex++;
    Map<String, Double> weights = new HashMap<>();
    Map<String, Set<String>> alternatives = new HashMap<>();
    Set<String> names = new LinkedHashSet<>();
    Set<String> beside = new LinkedHashSet<>();
    for (int i = 0; i < spans.size(); i++) {
      String word = s.substring(spans.get(i)[0], spans.get(i)[1]);
      boolean capitalised = Character.isUpperCase(word.charAt(0));
      // "until March 9", "hasta el 9 de marzo": the relation right before a date says what it
      // dates
      String relation = DATE_RELATIONS.get(Folding.fold(word).toLowerCase(Locale.ROOT));
      if (relation != null && i < valueIndex && valueIndex - i <= BESIDE_WORDS + 1)
        beside.add(relation);
      // Names are spelt alike in both languages; stemming them apart would lose that.
      String stem =
          capitalised && i > 0
              ? Folding.fold(word).toLowerCase(Locale.ROOT)
              : CrossLanguageStems.of(word, m.language());
      if (stem == null || stem.length() < 2) continue;
      int distance = i < valueIndex ? valueIndex - i : i - valueIndex + 1;
      double weight =
          distance <= CLOSE_WORDS ? 1.0 : distance <= NEAR_WORDS ? NEAR_WEIGHT : FAR_WEIGHT;
      weights.merge(stem, weight, Math::max);
      if (!capitalised && "es".equals(m.language())) {
        Set<String> all = CrossLanguageStems.alternatives(word, m.language());
        if (all.size() > 1) alternatives.put(stem, all);
      }
      if (capitalised && i > 0) names.add(stem);
      else if (distance <= BESIDE_WORDS) beside.add(stem);
    }
    Set<String> measured = measuredOf(m);
    return new MeasurementProfile(
        m,
        Map.copyOf(weights),
        Set.copyOf(names),
        measured,
        Set.copyOf(beside),
        Map.copyOf(alternatives),
        places(s, m.subject()),
        OrdinalScope.of(m),
        DatedDeeds.of(m));
  }

  /**
   * The stems a measurement's measured noun may stand for ({@link #measured()}), alone: cheaper
   * than a whole profile, which also reads the sentence's words and places.
   */
  static Set<String> measuredOf(Measurement m) {
    Set<String> measured =
        m.measured() == null ? Set.of() : measuredStems(m.measured(), m.language());
    // "48% of staff" and "el 47% de la plantilla": one body of people in other words
    if ("percent".equals(m.kind()) && isPeopleGroup(m.measured()))
      measured = union(measured, PEOPLE_GROUP);
    // "51.2% of the vote" and "el 51,17% de apoyo": one share of the vote in other words
    if ("percent".equals(m.kind()) && inList(VOTE_WORDS, m.measured()))
      measured = union(measured, VOTE_SHARE);
    // "12 killed", "12 deaths" and "12 fallecidos" count the dead in other words
    for (String stem : Set.copyOf(measured)) {
      String sense = SENSES.get(stem);
      if (sense != null) measured = union(measured, sense);
    }
    return measured;
  }

  /** The stems of conflicts/measured-senses.tsv, each to the sense it stands for. */
  private static final Map<String, String> SENSES = senses();

  private static Map<String, String> senses() {
    Map<String, String> out = new HashMap<>();
    for (List<String> row : WordLists.table("conflicts/measured-senses.tsv", 3)) {
      String stem = CrossLanguageStems.of(row.get(1), row.get(0));
      if (stem != null) out.put(stem, row.get(2));
    }
    return Map.copyOf(out);
  }

  /**
   * The countries and places the sentence names, as actor keys ("country:CD", "place:africa"), but
   * for the members of a list ("16 countries, including Burundi and Nigeria"): some of the places
   * counted, not where the figure was counted.
   */
  static Set<String> places(String sentence, String subject) {
    Set<String> out = new java.util.TreeSet<>();
    int[] members = memberList(sentence);
    for (Actor a : Actors.find(sentence, 0, sentence.length())) {
      if (a.start() >= members[0] && a.start() < members[1]) continue;
      if (ofSubjectsName(a.key(), subject)) continue;
      if ("country".equals(a.type()) || "place".equals(a.type())) out.add(a.key());
    }
    return Set.copyOf(out);
  }

  /**
   * Whether a name read as a place is a word of the value's owner's name ("41.2% to Ferro's 38.7%",
   * owner Ana Ferro): a person the sentence compares with, not where it counted.
   */
  private static boolean ofSubjectsName(String placeKey, String subject) {
    if (subject == null || !placeKey.startsWith("place:") || !subject.startsWith("person:"))
      return false;
    String name = placeKey.substring("place:".length());
    return List.of(subject.substring("person:".length()).split(" ")).contains(name);
  }

  /**
   * Where the sentence lists members: from its first cue of conflicts/place-member-cues.txt to the
   * end of that clause (a semicolon, dash or bracket); an empty span when it has none.
   */
  private static int[] memberList(String sentence) {
    Matcher m = MEMBER_CUE.matcher(Folding.foldKeepingLength(sentence).toLowerCase(Locale.ROOT));
    int from = m.find() ? m.start() : -1;
    if (from < 0) return new int[] {0, 0};
    int to = from;
    while (to < sentence.length() && ";—–()".indexOf(sentence.charAt(to)) < 0) to++;
    return new int[] {from, to};
  }

  private static final Map<String, String> DATE_RELATIONS =
      WordLists.map("conflicts/date-relation-words.tsv");

  /** The key every share of a body of people carries beside its own noun's stems. */
  static final String PEOPLE_GROUP = "people-group";

  private static final Set<String> PEOPLE_GROUPS =
      WordLists.set("conflicts/measured-people-groups.txt");

  static final String VOTE_SHARE = "vote-share";

  private static final Set<String> VOTE_WORDS = WordLists.set("conflicts/measured-vote-words.txt");

  /** Whether a measured phrase's noun is one of conflicts/measured-people-groups.txt. */
  static boolean isPeopleGroup(String measured) {
    return inList(PEOPLE_GROUPS, measured);
  }

  private static boolean inList(Set<String> words, String measured) {
    if (measured == null) return false;
    String head = measured.split(" ")[0];
    return words.contains(Folding.fold(head).toLowerCase(Locale.ROOT));
  }

  private static Set<String> union(Set<String> stems, String key) {
    Set<String> out = new LinkedHashSet<>(stems);
    out.add(key);
    return Set.copyOf(out);
  }

  /** The stems a measured phrase may stand for: each sense of its noun, then its other words. */
  private static Set<String> measuredStems(String phrase, String language) {
    // "38 months" and "tres años y dos meses" measure one span in different units
    if (CompoundDurations.isDurationNoun(phrase)) return Set.of(DURATION);
    String[] words = phrase.split(" ");
    StringBuilder rest = new StringBuilder();
    for (int i = 1; i < words.length; i++) {
      String stem = CrossLanguageStems.of(words[i], language);
      if (stem != null) rest.append(' ').append(stem);
    }
    Set<String> out = new LinkedHashSet<>();
    Set<String> heads =
        WORD_STEMS.getOrDefault(
            language + "\t" + Folding.fold(words[0]).toLowerCase(Locale.ROOT),
            CrossLanguageStems.alternatives(words[0], language));
    for (String head : heads) out.add(head + rest);
    return Set.copyOf(out);
  }

  /** conflicts/measured-word-stems.tsv: language TAB folded word to the stems it stands for. */
  private static final Map<String, Set<String>> WORD_STEMS = wordStems();

  private static Map<String, Set<String>> wordStems() {
    Map<String, Set<String>> out = new HashMap<>();
    for (List<String> row : WordLists.table("conflicts/measured-word-stems.tsv", 3))
      out.put(row.get(0) + "\t" + row.get(1), Set.of(row.get(2).split("\\|")));
    return Map.copyOf(out);
  }

  /**
   * The weight of {@code stem} in this profile, or of the translation of one of this profile's
   * Spanish words that {@code stem} is; 0 when absent.
   */
  double weightOf(String stem) {
    Double w = weights.get(stem);
    if (w != null) return w;
    // the best of the words that may stand for it: the maps iterate in a per-JVM order, so taking
    // the first would give another score in another run
    double best = 0;
    for (Map.Entry<String, Set<String>> e : alternatives.entrySet())
      if (e.getValue().contains(stem)) best = Math.max(best, weights.get(e.getKey()));
    return best;
  }
}
