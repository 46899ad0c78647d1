package crosscheck.text;

import crosscheck.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Tells apart a fixed set of languages (ISO 639-1 codes), for whole texts and per paragraph.
 *
 * <p>Evidence is the OpenNLP language model (103 languages; only the wanted languages' scores are
 * compared, since its confidences are spread over all classes) plus a vote of function words that
 * belong to one wanted language only ("the", "was" vs "el", "los"), which decides short texts the
 * character model reads poorly. A text whose model score favours an unwanted language by far, with
 * no function-word support, is "und". Thread-safe; the 10 MB model is loaded once per JVM.
 */
public final class LanguageIdentifier {

  public static final String UNDETERMINED = "und";
  public static final List<String> DEFAULT_LANGUAGES = List.of("en", "es");

  static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** Paragraphs with fewer words (headings, captions) lean on their neighbours' language. */
  static final int SHORT_PARAGRAPH_WORDS = 6;

  /** Log-odds an exclusive function word adds: one such word outweighs a weak model preference. */
  static final double FUNCTION_WORD_WEIGHT = 1.5;

  /** Below this log-odds margin between the two best wanted languages there is no decision. */
  static final double MIN_MARGIN = 0.7;

  /** A full paragraph with a smaller margin (lists of names) leans on its neighbours too. */
  static final double WEAK_MARGIN = 2.0;

  /** A short paragraph keeps its own language against its neighbours from this margin on. */
  static final double STRONG_MARGIN = 4.0;

  /** Log-odds by which an unwanted language must beat the wanted ones to make a text "und". */
  static final double FOREIGN_MARGIN = 4.0;

  /** The model reads at most this many characters: enough for a confident decision. */
  static final int MAX_MODEL_CHARS = 3000;

  /**
   * Frequent words of other Latin-script languages near English and Spanish (French, Portuguese,
   * Italian, German) that are not English or Spanish words ("per", "die", "non" are): their
   * presence sends a text to the model even when function words agree.
   */
  private static final Set<String> FOREIGN_MARKERS = WordLists.set("text/foreign-markers.txt");

  /** Function words alone decide a paragraph with this many votes at a 4:1 ratio. */
  static final int DECISIVE_VOTES = 3;

  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "en", WordLists.set("text/language-vote-words-en.txt"),
          "es", WordLists.set("text/language-vote-words-es.txt"));

  private final List<String> languages;
  private final Map<String, String> iso3ToWanted;
  private final Map<String, Set<String>> exclusiveFunctionWords;
  private final ThreadSafeLanguageDetectorME detector;

  public LanguageIdentifier() {
    this(DEFAULT_LANGUAGES);
  }

  /**
   * @param languages ISO 639-1 codes to tell apart, e.g. ["en", "es"]
   */
  public LanguageIdentifier(List<String> languages) {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("no languages to identify");
    }
    this.languages = List.copyOf(languages);
    this.iso3ToWanted = new HashMap<>();
    for (String language : this.languages) {
      iso3ToWanted.put(new Locale(language).getISO3Language(), language);
    }
    this.exclusiveFunctionWords = exclusiveWords(this.languages);
    this.detector = ModelHolder.DETECTOR;
  }

  private static final class ModelHolder {
    static final ThreadSafeLanguageDetectorME DETECTOR = new ThreadSafeLanguageDetectorME(load());

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("language model not on classpath: " + MODEL_RESOURCE);
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
      }
    }
  }

  /** Function words of each wanted language that no other wanted language uses. */
  private static Map<String, Set<String>> exclusiveWords(List<String> languages) {
    Map<String, Set<String>> exclusive = new HashMap<>();
    for (String language : languages) {
      Set<String> words = new HashSet<>(FUNCTION_WORDS.getOrDefault(language, Set.of()));
      for (String other : languages) {
        if (!other.equals(language)) {
          words.removeAll(FUNCTION_WORDS.getOrDefault(other, Set.of()));
        }
      }
      exclusive.put(language, Set.copyOf(words));
    }
    return exclusive;
  }

  /** The language of {@code text}: one of the wanted languages, or "und". */
  public String identify(String text) {
    return evidence(text).language();
  }

  /**
   * The language of each paragraph. Short or undetermined paragraphs take the language of the
   * nearest full paragraphs around them when those agree, unless their own evidence is strong; when
   * the neighbours disagree (a heading at a language switch) their own guess counts, and without
   * one the following paragraph's, since a heading introduces what follows.
   */
  public List<String> identifyParagraphs(String text, List<Span> paragraphs) {
    int n = paragraphs.size();
    Evidence[] evidence = new Evidence[n];
    for (int i = 0; i < n; i++) {
      Span p = paragraphs.get(i);
      evidence[i] = evidence(text.subSequence(p.start(), p.end()));
    }
    // The language of the nearest reliable paragraph before and after each one, in two passes: a
    // document of a hundred thousand one-word lines has no reliable paragraph to find.
    String[] reliableBefore = new String[n];
    String[] reliableAfter = new String[n];
    for (int i = 1; i < n; i++) {
      reliableBefore[i] =
          evidence[i - 1].isReliable() ? evidence[i - 1].language() : reliableBefore[i - 1];
    }
    for (int i = n - 2; i >= 0; i--) {
      reliableAfter[i] =
          evidence[i + 1].isReliable() ? evidence[i + 1].language() : reliableAfter[i + 1];
    }
    List<String> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Evidence own = evidence[i];
      boolean weak =
          own.words() < SHORT_PARAGRAPH_WORDS || own.isUndetermined() || own.margin() < WEAK_MARGIN;
      if (!weak || own.margin() >= STRONG_MARGIN) {
        result.add(own.language());
        continue;
      }
      String before = reliableBefore[i];
      String after = reliableAfter[i];
      String chosen;
      if (before != null && before.equals(after)) {
        chosen = before;
      } else if (before == null || after == null) {
        chosen = before != null ? before : after != null ? after : own.language();
      } else {
        chosen = own.isUndetermined() ? after : own.language();
      }
      result.add(chosen);
    }
    return result;
  }

  /**
   * What a text says about its language.
   *
   * @param margin log-odds of the chosen language over the next wanted one
   * @param words number of words read
   */
  record Evidence(String language, double margin, int words) {
    boolean isUndetermined() {
      return UNDETERMINED.equals(language);
    }

    boolean isReliable() {
      return !isUndetermined() && words >= SHORT_PARAGRAPH_WORDS && margin >= WEAK_MARGIN;
    }
  }

  Evidence evidence(CharSequence text) {
    Map<String, Integer> votes = new HashMap<>();
    int words = countWords(text, votes);
    if (words == 0) {
      return new Evidence(UNDETERMINED, 0, 0);
    }
    Evidence decided = decidedByFunctionWords(votes, words);
    if (decided != null) {
      return decided; // the model costs about 1 ms a paragraph; most paragraphs need no model
    }
    CharSequence sample =
        text.length() > MAX_MODEL_CHARS ? text.subSequence(0, MAX_MODEL_CHARS) : text;
    Language[] predicted = detector.predictLanguages(sample);
    double bestForeign = Double.NEGATIVE_INFINITY;
    Map<String, Double> modelScore = new HashMap<>();
    for (Language language : predicted) {
      double logP = Math.log(Math.max(language.getConfidence(), 1e-12));
      String wanted = iso3ToWanted.get(language.getLang());
      if (wanted != null) {
        modelScore.put(wanted, logP);
      } else {
        bestForeign = Math.max(bestForeign, logP);
      }
    }
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double secondScore = Double.NEGATIVE_INFINITY;
    double bestModel = Double.NEGATIVE_INFINITY;
    for (String language : languages) {
      double model = modelScore.getOrDefault(language, Math.log(1e-12));
      double score = model + FUNCTION_WORD_WEIGHT * votes.getOrDefault(language, 0);
      if (score > bestScore) {
        secondScore = bestScore;
        bestScore = score;
        best = language;
        bestModel = model;
      } else if (score > secondScore) {
        secondScore = score;
      }
    }
    double margin = languages.size() == 1 ? bestScore - bestForeign : bestScore - secondScore;
    boolean foreign = bestForeign - bestModel > FOREIGN_MARGIN && votes.getOrDefault(best, 0) < 2;
    if (foreign || margin < MIN_MARGIN) {
      return new Evidence(UNDETERMINED, Math.max(margin, 0), words);
    }
    return new Evidence(best, margin, words);
  }

  /** The language when function words leave no doubt and no foreign marker word was seen. */
  private Evidence decidedByFunctionWords(Map<String, Integer> votes, int words) {
    if (words < 2 * SHORT_PARAGRAPH_WORDS || votes.containsKey(FOREIGN)) {
      return null;
    }
    String best = null;
    int bestVotes = 0;
    int otherVotes = 0;
    for (String language : languages) {
      int v = votes.getOrDefault(language, 0);
      if (v > bestVotes) {
        otherVotes += bestVotes;
        bestVotes = v;
        best = language;
      } else {
        otherVotes += v;
      }
    }
    if (bestVotes < DECISIVE_VOTES || otherVotes * 4 > bestVotes) {
      return null;
    }
    return new Evidence(best, FUNCTION_WORD_WEIGHT * (bestVotes - otherVotes), words);
  }

  /** Pseudo-language counting {@link #FOREIGN_MARKERS} in the votes. */
  private static final String FOREIGN = "foreign";

  /** Counts words and, per wanted language, its exclusive function words among them. */
  private int countWords(CharSequence text, Map<String, Integer> votes) {
    int words = 0;
    StringBuilder word = new StringBuilder();
    boolean marked = false;
    boolean wordStartUpper = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (word.length() == 0) {
          wordStartUpper = Character.isUpperCase(c);
        }
        word.append(Character.toLowerCase(c));
      } else if (Character.getType(c) == Character.NON_SPACING_MARK && word.length() > 0) {
        word.append(c);
        marked = true;
      } else if (word.length() > 0) {
        words++;
        // Function words are listed precomposed ("más"); text may spell accents as combining marks.
        String w =
            marked
                ? java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC)
                : word.toString();
        marked = false;
        // "De Niro", "La Paz", "Los Angeles": a capitalised word before a capitalised one is a name
        // part.
        boolean inName = wordStartUpper && nextWordStartsUpper(text, i);
        if (!inName) {
          for (Map.Entry<String, Set<String>> entry : exclusiveFunctionWords.entrySet()) {
            if (entry.getValue().contains(w)) {
              votes.merge(entry.getKey(), 1, Integer::sum);
            }
          }
          if (FOREIGN_MARKERS.contains(w) && !isWantedFunctionWord(w)) {
            votes.merge(FOREIGN, 1, Integer::sum);
          }
        }
        word.setLength(0);
      }
    }
    return words;
  }

  private boolean isWantedFunctionWord(String word) {
    for (String language : languages) {
      if (FUNCTION_WORDS.getOrDefault(language, Set.of()).contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** True when the next word after {@code from} (past spaces only) starts with a capital. */
  private static boolean nextWordStartsUpper(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i > from && i < text.length() && Character.isUpperCase(text.charAt(i));
  }
}
