package crosscheck.reuse.quotes;

import crosscheck.text.Folding;
import crosscheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Words and word lists shared by {@link QuoteAttributor} and {@link NameResolver}: a small lexer
 * that keeps names whole ("B’nai", "U.S.", "Iran’s", "Buenos Aires-based") and the English/Spanish
 * lists of speech verbs, titles and function words. All lists hold folded forms (lowercase, no
 * accents, no final dot). Stateless and thread-safe.
 */
final class QuoteLexicon {

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

  /** Words and punctuation of [from, to); {@code initial} marks sentence- and quote-initial words. */
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
      boolean opening = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1))
          && (i == from || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(');
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
    if (n >= 3 && isApostrophe(w.charAt(n - 2)) && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
      w = w.substring(0, n - 2);
    }
    return Folding.fold(w);
  }

  static boolean isQuoteChar(char c) {
    return "\"“”„‟«»‹›‘’‚'".indexOf(c) >= 0;
  }

  /** Verbs and nouns that introduce what someone said, English and Spanish, as folded forms. */
  /** English verbs that introduce what someone said, as folded forms. */
  static final Set<String> ENGLISH_SPEECH_VERBS =
      words(
          "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "conclude",
          "concludes", "concluded", "notes", "noted", "warn", "warns", "warned", "explain",
          "explains", "explained", "write", "writes", "wrote", "states", "stated",
          "indicate", "indicates", "indicated", "reports", "reported", "ask", "asks",
          "asked", "replies", "replied", "responds", "responded", "argue",
          "argues", "argued", "insist", "insists", "insisted", "claims", "claimed",
          "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised",
          "stresses", "stressed", "declare", "declares", "declared", "announce",
          "announces", "announced", "comments", "commented", "observe", "observes",
          "observed", "recalls", "recalled", "acknowledge", "acknowledges",
          "acknowledged", "admit", "admits", "admitted", "tweeted", "suggest", "suggests",
          "suggested", "continued", "mentioned", "confirmed", "confirms", "asserted", "asserts",
          "contended", "remarked", "testified", "cautioned", "conceded", "lamented",
          "complained", "predicted", "quipped", "joked", "whispered", "shouted");

  /** Spanish verbs that introduce what someone said; their subject may be left out ("“…”, dijo."). */
  static final Set<String> SPANISH_SPEECH_VERBS =
      words(
          "dijo", "dice", "dicen", "dijeron", "afirmo", "afirma", "afirmaron", "agrego", "agrega",
          "agregaron", "anadio", "anade", "senalo", "senala", "senalaron", "indico", "indica",
          "explico", "explica", "aseguro", "asegura", "aseguraron", "declaro", "declara",
          "comento", "comenta", "advirtio", "advierte", "informo", "informa", "informaron",
          "concluyo", "sostuvo", "sostiene", "manifesto", "expreso", "escribio", "escribe",
          "destaco", "subrayo", "apunto", "preciso", "insistio", "reconocio", "admitio",
          "respondio", "pregunto", "anuncio", "puntualizo", "enfatizo", "recalco", "considero",
          "opino", "relato", "conto", "denuncio", "aclaro", "remarco", "planteo", "detallo",
          "argumento", "reporto", "estimo", "agrego");

  static final Set<String> SPEECH_VERBS = union(ENGLISH_SPEECH_VERBS, SPANISH_SPEECH_VERBS);

  /** Speech verbs whose object follows them ("told Reuters"): never "told Jane Roe" for a speaker. */
  static final Set<String> OBJECT_VERBS = words("tell", "tells", "told");

  /** A source passing something on rather than saying it: weaker than a speaker saying it. */
  static final Set<String> SOURCE_VERBS =
      words("report", "reports", "reported", "informo", "informa", "informaron", "reporto");

  /** Verbs whose reported clause may follow without "that" ("Roe said the port will close"). */
  static final Set<String> BARE_CLAUSE_VERBS =
      words("say", "says", "said", "add", "adds", "added", "warned", "insisted", "argued",
          "claimed", "believes", "dijo", "dice", "afirmo", "aseguro", "agrego", "anadio");

  /** Pronouns that stand for a person, not an organisation. */
  static final Set<String> PERSON_PRONOUNS = words("he", "she", "el", "ella", "i");

  /** Heads of descriptions that name a person ("an analyst at X", "un experto"). */
  static final Set<String> PERSON_NOUNS =
      words("analyst", "economist", "official", "expert", "lawyer", "witness", "source", "resident",
          "researcher", "scientist", "spokesperson", "analista", "experto", "experta", "abogado",
          "abogada", "testigo", "fuente", "investigador", "investigadora", "economista");

  static final Set<String> PRONOUNS =
      words("he", "she", "they", "it", "we", "el", "ella", "ellos", "ellas", "i");

  /** Words a speaker phrase never starts with: the quotation is inside a clause, not attributed. */
  static final Set<String> CLAUSE_WORDS =
      words(
          "of", "in", "to", "and", "or", "but", "that", "which", "who", "whom", "whose", "is",
          "are", "was", "were", "be", "been", "has", "have", "had", "with", "for", "by", "on",
          "at", "from", "as", "than", "if", "because", "while", "when", "where", "into", "about",
          "also", "not", "no", "so", "then", "would", "will", "could", "should", "can", "may",
          "de", "del", "en", "y", "e", "o", "u", "que", "con", "por", "para", "como", "porque",
          "cuando", "donde", "sin", "es", "son", "fue", "era", "ha", "han", "se", "lo", "le",
          "les", "su", "sus", "al", "mas", "pero", "ni", "entre", "sobre", "hasta", "desde");

  /** Words that mark a clause inside a would-be speaker phrase. */
  static final Set<String> CLAUSE_MARKERS =
      words("that", "which", "because", "while", "when", "whether", "if", "que", "porque",
          "cuando", "mientras", "si", "is", "are", "was", "were", "es", "son", "fue", "era",
          "has", "have", "had", "been", "be", "not", "will", "would", "could", "should", "can",
          "may", "might", "must", "did", "does", "do", "ha", "han", "no");

  /** Where the speaker phrase after an inverted verb ends ("said Jane Roe to reporters"). */
  static final Set<String> PHRASE_ENDS =
      words("to", "at", "in", "on", "during", "after", "before", "while", "when", "who", "which",
          "that", "with", "from", "via", "a", "en", "durante", "tras", "ante", "al", "desde",
          "con", "que", "quien", "quienes", "mientras", "cuando", "ayer", "hoy", "yesterday",
          "today", "tonight", "this", "last", "earlier", "later", "este", "esta");

  static final Set<String> DETERMINERS =
      words("the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
          "those", "el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus");

  /** Words that never start or belong to a name when capitalised at a sentence start. */
  static final Set<String> FUNCTION_WORDS =
      words(
          "the", "a", "an", "in", "on", "at", "for", "of", "to", "by", "with", "from", "as",
          "after", "before", "during", "despite", "since", "while", "when", "where", "but", "and",
          "or", "so", "yet", "if", "this", "that", "these", "those", "it", "its", "he", "she",
          "they", "we", "i", "you", "his", "her", "their", "our", "there", "here", "what", "who",
          "why", "how", "many", "most", "some", "all", "both", "each", "every", "one", "no", "not",
          "then", "now", "also", "however", "meanwhile", "indeed", "further", "still", "even",
          "just", "according", "among", "although", "though", "unlike", "like", "given", "over",
          "under", "about", "into", "through", "until", "without", "within", "again", "instead",
          "besides", "moreover", "furthermore", "thus", "therefore", "today", "yesterday",
          "el", "la", "los", "las", "un", "una", "unos", "unas", "en", "de", "del", "por", "para",
          "con", "sin", "segun", "desde", "durante", "tras", "ante", "entre", "pero", "y", "o",
          "si", "cuando", "como", "este", "esta", "estos", "estas", "ese", "esa", "eso", "esto",
          "lo", "al", "su", "sus", "mientras", "ademas", "aunque", "tambien", "hoy", "ayer",
          "asimismo", "sin", "otro", "otra", "hay", "no");

  /** Never a name even in mid-sentence: articles and the pronoun "I". */
  static final Set<String> NEVER_NAMES = words("the", "a", "an", "i", "this", "that", "these", "those");

  /** Lowercase words allowed inside a person's name ("Lula da Silva", "van der Berg"). */
  static final Set<String> NAME_PARTICLES =
      words("da", "das", "do", "dos", "van", "von", "der", "den", "di", "du", "bin", "ibn", "ben", "ter");

  /** Titles and roles dropped in front of a name ("Brigadier General", "Dr.", "Ministra"). */
  static final Set<String> TITLES =
      words(
          "president", "presidente", "presidenta", "vice", "vicepresident", "vicepresidente",
          "vicepresidenta", "expresidente", "expresidenta", "prime", "premier", "minister",
          "ministro", "ministra", "secretary", "secretario", "secretaria", "general", "brigadier",
          "colonel", "coronel", "major", "captain", "capitan", "lieutenant", "teniente", "admiral",
          "almirante", "sergeant", "sargento", "commander", "comandante", "marshal", "mariscal",
          "dr", "dra", "doctor", "doctora", "mr", "mrs", "ms", "miss", "mister", "sr", "sra",
          "srta", "prof", "professor", "profesor", "profesora", "senator", "senador", "senadora",
          "sen", "rep", "representative", "congressman", "congresswoman", "diputado", "diputada",
          "governor", "gobernador", "gobernadora", "gov", "mayor", "alcalde", "alcaldesa", "judge",
          "juez", "jueza", "justice", "ambassador", "embajador", "embajadora", "chancellor",
          "canciller", "king", "queen", "rey", "reina", "prince", "princess", "principe",
          "princesa", "pope", "director", "directora", "chief", "jefe", "jefa", "spokesman",
          "spokeswoman", "spokesperson", "portavoz", "vocero", "vocera", "chairman", "chairwoman",
          "ceo", "sheikh", "ayatollah", "sir", "dame", "lord", "lady", "rev", "reverend", "father",
          "padre", "monsignor", "monsenor", "deputy", "commissioner", "comisario", "attorney",
          "fiscal", "inspector", "superintendent", "detective", "det", "sgt", "gen", "col", "maj",
          "capt", "lt", "adm", "cmdr", "gral", "cnel", "tte", "lic", "ing", "don", "dona", "senor",
          "senora", "madam", "madame", "emir", "sultan", "archbishop", "bishop", "obispo",
          "cardinal", "cardenal", "rabbi", "imam", "mullah", "ex", "former", "acting", "interim",
          "mp", "mep", "msp", "mla", "cllr", "councillor", "concejal", "concejala");

  /** Time words that follow a Spanish verb where a speaker would ("dijo el lunes"). */
  static final Set<String> TIME_WORDS =
      words(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes",
          "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "yesterday", "today",
          "tonight", "ayer", "hoy", "anoche", "morning", "evening", "afternoon", "week", "month",
          "year", "manana", "tarde", "noche", "semana", "mes", "ano", "pasado", "last", "earlier",
          "later", "recently", "recientemente", "january", "february", "march", "april", "may",
          "june", "july", "august", "september", "october", "november", "december", "enero",
          "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "setiembre", "octubre", "noviembre", "diciembre");

  /** Adverbs and auxiliaries between a subject and its verb ("Roe also said", "Roe has said"). */
  static final Set<String> VERB_MODIFIERS =
      words("also", "then", "later", "again", "further", "once", "previously", "recently",
          "has", "had", "have", "was", "will", "would", "tambien", "ademas", "luego", "ya", "ha",
          "habia", "han", "finally", "simply", "repeatedly", "publicly", "privately");

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
