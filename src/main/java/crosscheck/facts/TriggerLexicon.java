package crosscheck.facts;

import crosscheck.text.WordLists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that say what happened, in English and Spanish, with their canonical lemma ({@code
 * facts/triggers.tsv}); the nouns that say what kind of document was signed ({@code
 * facts/document-categories.tsv}); and the cue words for negation, hedging, passives and anaphora.
 * All forms are folded (lowercase, no accents). Immutable, thread-safe.
 */
final class TriggerLexicon {

  /** Event triggers are claims; report triggers frame them (their date is a report date). */
  enum Kind {
    EVENT,
    REPORT
  }

  /** How the trigger is written: a verb, or a noun naming the event ("the signing of"). */
  enum Form {
    VERB,
    NOUN
  }

  record Trigger(String lemma, Kind kind, Form form) {}

  private static final Map<String, Trigger> FORMS = new HashMap<>();
  private static final Map<String, String> CATEGORIES =
      WordLists.map("facts/document-categories.tsv");

  static {
    for (List<String> row : WordLists.table("facts/triggers.tsv", 4)) {
      Kind kind = Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT));
      Form form = Form.valueOf(row.get(2).toUpperCase(Locale.ROOT));
      // A word listed twice keeps its first meaning.
      FORMS.putIfAbsent(row.get(3), new Trigger(row.get(0), kind, form));
    }
  }

  /** Base forms that are nouns unless a modal or "to" precedes them ("a sign of", "a report"). */
  static final Set<String> NEEDS_VERB_CONTEXT =
      WordLists.set("facts/triggers-needing-verb-context.txt");

  static final Set<String> VERB_CONTEXT = WordLists.set("facts/before-verb-en.txt");

  /** Verb forms that are also nouns after a determiner: "a visit", "the official visits". */
  static final Set<String> NOUN_LIKE_VERBS = WordLists.set("facts/triggers-noun-like-verbs.txt");

  /** Determiners before an -ing form make it a noun: "the signing of", "the meeting". */
  static final Set<String> DETERMINERS = bothLanguages("determiners");

  /** Definite or demonstrative determiners: the noun refers back to something already told. */
  static final Set<String> ANAPHORIC_DETERMINERS = bothLanguages("anaphoric-determiners");

  /** "the two ministers", "both countries", "los dos paises". */
  static final Set<String> GROUP_REFERENCES = WordLists.set("facts/group-references.txt");

  static final Set<String> PASSIVE_AUXILIARIES = bothLanguages("passive-auxiliaries");

  static final Set<String> NEGATIONS = WordLists.set("facts/negation-cues.txt");

  static final Set<String> HEDGES = WordLists.set("facts/hedge-cues.txt");

  private TriggerLexicon() {}

  /** The trigger a folded word form stands for, or null. */
  static Trigger trigger(String folded) {
    return FORMS.get(folded);
  }

  /** The canonical category of a folded noun ("memorando" -> memorandum), or null. */
  static String category(String folded) {
    return CATEGORIES.get(folded);
  }

  /** The union of {@code facts/<name>-en.txt} and {@code facts/<name>-es.txt}. */
  static Set<String> bothLanguages(String name) {
    Set<String> words = new HashSet<>(WordLists.set("facts/" + name + "-en.txt"));
    words.addAll(WordLists.set("facts/" + name + "-es.txt"));
    return Set.copyOf(words);
  }
}
