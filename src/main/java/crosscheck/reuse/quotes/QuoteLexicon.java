package crosscheck.reuse.quotes;

import crosscheck.text.Folding;
import crosscheck.text.MonthNames;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words and word lists shared by {@link QuoteAttributor} and {@link NameResolver}: a small lexer
 * that keeps names whole ("B’nai", "U.S.", "Iran’s", "Buenos Aires-based") and the English/Spanish
 * lists of speech verbs, titles and function words, read from {@code reuse/quotes/} through {@link
 * WordLists}. All lists hold folded forms (lowercase, no accents, no final dot). Stateless and
 * thread-safe.
 */
final class QuoteLexicon {

  private static final String RESOURCES = "reuse/quotes/";

  private QuoteLexicon() {}

  /**
   * A word or a punctuation mark of the text.
   *
   * @param initial the first word of its sentence or of a quotation (capitalised by grammar, not
   *     because it is a name)
   */
  record Word(int start, int end, String text, String folded, boolean initial, boolean punct) {

    boolean is(String foldedWord) {
      return folded.equals(foldedWord);
    }

    boolean isPunct(char c) {
      return punct && text.charAt(0) == c;
    }

    boolean capitalised() {
      return !punct && Character.isUpperCase(text.codePointAt(0));
    }

    /** "Iran’s" and "Roe's": a possessive ends a name. */
    boolean possessive() {
      int n = text.length();
      return !punct
          && n >= 3
          && isApostrophe(text.charAt(n - 2))
          && (text.charAt(n - 1) == 's' || text.charAt(n - 1) == 'S');
    }

    /** End offset without a possessive "’s". */
    int nameEnd() {
      return possessive() ? end - 2 : end;
    }
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }

  /**
   * Words and punctuation of [from, to); {@code initial} marks sentence- and quote-initial words.
   */
  static List<Word> lex(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    boolean atStart = true;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '’' || d == '\'' || d == '-' || d == '.' || d == '&')
              && j + 1 < to
              && Character.isLetterOrDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        String word = text.substring(i, j);
        // Keep the dot of initials ("J.", "U.S.") and of abbreviated titles ("Dr.", "Gen.").
        if (j < to && text.charAt(j) == '.' && keepsDot(word)) {
          j++;
          word = text.substring(i, j);
        }
        String folded = key(word);
        words.add(new Word(i, j, word, folded, atStart, false));
        atStart = false;
        i = j;
        continue;
      }
      String mark = text.substring(i, i + 1);
      words.add(new Word(i, i + 1, mark, mark, false, true));
      // An opening quotation mark, a colon or a dash can start a new grammatical sentence.
      boolean opening =
          i + 1 < to
              && !Character.isWhitespace(text.charAt(i + 1))
              && (i == from
                  || Character.isWhitespace(text.charAt(i - 1))
                  || text.charAt(i - 1) == '(');
      if (isQuoteChar(c) && opening || c == ':' || c == '—' || c == '¿' || c == '¡') {
        atStart = true;
      }
      i++;
    }
    return words;
  }

  private static boolean keepsDot(String word) {
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    if (word.contains(".")) {
      return Character.isUpperCase(word.charAt(0)); // "U.S" of "U.S."
    }
    return Character.isUpperCase(word.charAt(0)) && TITLES.contains(key(word));
  }

  /** The lookup form of a word: folded, without a final dot or a possessive. */
  static String key(String word) {
    String w = word;
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    int n = w.length();
    if (n >= 3
        && isApostrophe(w.charAt(n - 2))
        && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
      w = w.substring(0, n - 2);
    }
    return Folding.fold(w);
  }

  /** A speech verb written in lowercase. */
  static boolean isSpeechVerb(Word x) {
    return !x.punct() && !x.capitalised() && SPEECH_VERBS.contains(x.folded());
  }

  /** The cue of an attribution: its verb or opening word as written, in lowercase. */
  static String cue(Word word) {
    return word.text().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the words hold more than punctuation. */
  static boolean hasWord(List<Word> words) {
    for (Word w : words) {
      if (!w.punct()) {
        return true;
      }
    }
    return false;
  }

  static boolean isQuoteChar(char c) {
    return "\"“”„‟«»‹›‘’‚'".indexOf(c) >= 0;
  }

  // Every list below is data under src/main/resources/crosscheck/reuse/quotes/, in folded form.

  /** English verbs that introduce what someone said. */
  static final Set<String> ENGLISH_SPEECH_VERBS = list("speech-verbs-en.txt");

  /**
   * Spanish verbs that introduce what someone said; their subject may be left out ("“…”, dijo.").
   */
  static final Set<String> SPANISH_SPEECH_VERBS = list("speech-verbs-es.txt");

  static final Set<String> SPEECH_VERBS = union(ENGLISH_SPEECH_VERBS, SPANISH_SPEECH_VERBS);

  /**
   * Speech verbs whose object follows them ("told Reuters"): never "told Jane Roe" for a speaker.
   */
  static final Set<String> OBJECT_VERBS = list("object-verbs.txt");

  /** A source passing something on rather than saying it: weaker than a speaker saying it. */
  static final Set<String> SOURCE_VERBS = list("source-verbs.txt");

  /** Verbs whose reported clause may follow without "that" ("Roe said the port will close"). */
  static final Set<String> BARE_CLAUSE_VERBS = list("bare-clause-verbs.txt");

  /** Pronouns that stand for a person, not an organisation. */
  static final Set<String> PERSON_PRONOUNS = list("person-pronouns.txt");

  /** Heads of descriptions that name a person ("an analyst at X", "un experto"). */
  static final Set<String> PERSON_NOUNS = list("person-nouns.txt");

  static final Set<String> PRONOUNS = list("pronouns.txt");

  /** Words a speaker phrase never starts with: the quotation is inside a clause, not attributed. */
  static final Set<String> CLAUSE_WORDS =
      union(list("clause-start-en.txt"), list("clause-start-es.txt"));

  /** Words that mark a clause inside a would-be speaker phrase. */
  static final Set<String> CLAUSE_MARKERS =
      union(list("clause-markers-en.txt"), list("clause-markers-es.txt"));

  /** Where the speaker phrase after an inverted verb ends ("said Jane Roe to reporters"). */
  static final Set<String> PHRASE_ENDS = list("phrase-ends.txt");

  static final Set<String> DETERMINERS = list("determiners.txt");

  /** Words that never start or belong to a name when capitalised at a sentence start. */

  /** Never a name even in mid-sentence: articles and the pronoun "I". */
  static final Set<String> NEVER_NAMES = list("never-names.txt");

  /** Lowercase words allowed inside a person's name ("Lula da Silva", "van der Berg"). */
  static final Set<String> NAME_PARTICLES = list("name-particles.txt");

  /** Titles and roles dropped in front of a name ("Brigadier General", "Dr.", "Ministra"). */
  static final Set<String> TITLES = list("titles.txt");

  /** Time words that follow a Spanish verb where a speaker would ("dijo el lunes"), and months. */
  static final Set<String> TIME_WORDS =
      union(list("time-words.txt"), union(MonthNames.fullNames("en"), MonthNames.fullNames("es")));

  /** Adverbs and auxiliaries between a subject and its verb ("Roe also said", "Roe has said"). */
  static final Set<String> VERB_MODIFIERS = list("verb-modifiers.txt");

  /** Prepositions inside a speaker's noun phrase ("the Institute for the Study of War"). */
  static final Set<String> OF_WORDS = list("of-words.txt");

  /** Prepositions of an affiliation after a full name ("Ana Ruiz of X"). */
  static final Set<String> AFFILIATION_WORDS = list("affiliation-words.txt");

  /** Words that open a reported clause ("said that …", "dijo que …"). */
  static final Set<String> COMPLEMENTIZERS = list("complementizers.txt");

  /** Relative pronouns of a person ("Roe, who said …"). */
  static final Set<String> PERSON_RELATIVES = list("relative-pronouns-person.txt");

  /** Relative pronouns that open a relative clause after a speaker ("X, which …, said"). */
  static final Set<String> RELATIVES = list("relative-pronouns.txt");

  /** Words opening "For X, …" reported speech. */
  static final Set<String> FOR_OPENERS = list("for-openers.txt");

  /** After a Spanish speech verb, whom it was said to ("afirmó a la prensa"), not the speaker. */
  static final Set<String> ADDRESSEE_PREPOSITIONS = list("addressee-prepositions-es.txt");

  /**
   * A phrase that attributes what follows to a source ("according to X", "según X").
   *
   * @param words its folded words
   * @param cue the cue reported for it ({@link QuoteAttributor.Attribution#cue})
   */
  record SourcePhrase(List<String> words, String cue) {

    /** Words of the phrase. */
    int length() {
      return words.size();
    }
  }

  private static final List<SourcePhrase> SOURCE_PHRASES = sourcePhrases();

  /** The source phrase whose words are w[k, k + length), all before {@code limit}; else null. */
  static SourcePhrase sourcePhraseAt(List<Word> w, int k, int limit) {
    for (SourcePhrase phrase : SOURCE_PHRASES) {
      int n = phrase.length();
      boolean matches = k + n <= limit;
      for (int j = 0; matches && j < n; j++) {
        matches = w.get(k + j).is(phrase.words().get(j));
      }
      if (matches) {
        return phrase;
      }
    }
    return null;
  }

  private static List<SourcePhrase> sourcePhrases() {
    List<SourcePhrase> phrases = new ArrayList<>();
    for (List<String> row : WordLists.table(RESOURCES + "according-to.tsv", 2)) {
      phrases.add(new SourcePhrase(List.of(row.get(0).split(" ")), row.get(1)));
    }
    return List.copyOf(phrases);
  }

  private static Set<String> list(String file) {
    return WordLists.set(RESOURCES + file);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
