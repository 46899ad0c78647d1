package crosscheck.facts;

import crosscheck.facts.Actors.Word;
import crosscheck.text.StopWords;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The name rules of {@link Actors}: runs of capitalised words (joined by connectors such as "de",
 * "of", "al", "bin" and by hyphens), split at titles ("Defense Minister") and at gazetteer names
 * ({@link ActorGazetteer}), then classified as organisation or place by head words ("Ministry",
 * "Waterway"), as person (two or more unknown words, or one after a title) or as unknown name.
 * Spanish demonyms, lower-case adjectives ("el ministro boliviano"), are found on their own.
 * Stateless.
 */
final class NameRuns {

  private static final Set<String> CONNECTORS = WordLists.set("facts/name-connectors.txt");
  private static final Set<String> ARTICLES_AFTER_CONNECTOR =
      TriggerLexicon.bothLanguages("articles-after-connector");
  private static final Set<String> SPANISH_ARTICLES =
      WordLists.set("facts/capitalised-articles-es.txt");
  private static final Set<String> ORG_CONNECTORS =
      TriggerLexicon.bothLanguages("organisation-connectors");

  private static final Set<String> TITLES = WordLists.set("facts/titles.txt");

  // Country names that are also given names: not a country when a surname follows ("Mauricio
  // Macri").
  private static final Set<String> GIVEN_NAME_COUNTRIES =
      WordLists.set("facts/given-names-that-are-countries.txt");

  private static final Set<String> ORG_HEADS = WordLists.set("facts/organisation-heads.txt");

  private static final Set<String> PLACE_HEADS = WordLists.set("facts/place-heads.txt");

  // A name right after one of these is an outlet: "Argentine daily La Nación".
  private static final Set<String> MEDIA_WORDS = WordLists.set("facts/media-words.txt");

  private static final Set<String> PLACE_PREPOSITIONS =
      TriggerLexicon.bothLanguages("place-prepositions");

  private static final Set<String> CALENDAR = TimeLexicon.calendarWords();

  private static final Set<String> PREFIXES = WordLists.set("facts/adjective-prefixes.txt");

  private NameRuns() {}

  /** The actors among the words of a span, in text order. */
  static List<Actor> find(String text, List<Word> w) {
    List<Actor> out = new ArrayList<>();
    boolean[] used = new boolean[w.size()];
    int i = 0;
    while (i < w.size()) {
      int gazetteer = gazetteerLength(w, i, false);
      if (!startsRun(w, i, gazetteer)) {
        i++;
        continue;
      }
      // A gazetteer name may hold lowercase words the run rules stop at ("Trinidad and Tobago").
      int last = Math.max(runEnd(w, i), i + gazetteer - 1);
      for (int k = i; k <= last; k++) used[k] = true;
      classifyRun(text, w, i, last, out);
      i = last + 1;
    }
    // Spanish demonyms are lowercase adjectives: "el ministro boliviano".
    for (int k = 0; k < w.size(); k++) {
      if (used[k] || w.get(k).capitalised()) continue;
      int n = gazetteerLength(w, k, true);
      if (n > 0) {
        ActorGazetteer.Entry e = ActorGazetteer.lookup(phrase(w, k, k + n - 1));
        out.add(actor(text, w, k, k + n - 1, e.key(), e.type()));
        k += n - 1;
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean startsRun(List<Word> w, int i, int gazetteer) {
    Word word = w.get(i);
    if (!word.capitalised() || CALENDAR.contains(word.norm())) return false;
    if (gazetteer > 0) return true;
    // "ultra-Liberal", "pro-Russian": an adjective, not a name
    if (word.glued() && i > 0 && PREFIXES.contains(w.get(i - 1).norm())) return false;
    // "Four of the five judges", "Cuatro jueces": a sentence's first word, capitalised for that
    return !(word.initial() && (StopWords.any(word.norm()) || isNumberWord(word.norm())));
  }

  private static boolean isNumberWord(String norm) {
    return QuantityLexicon.isSmallNumber(norm);
  }

  /** The last word of the capitalised run starting at {@code i}. */
  private static int runEnd(List<Word> w, int i) {
    int last = i;
    boolean org = ORG_HEADS.contains(w.get(i).norm());
    while (last + 1 < w.size() && !w.get(last).possessive()) {
      Word next = w.get(last + 1);
      if (next.boundary()) break;
      if (next.capitalised() && !CALENDAR.contains(next.norm())) {
        last++;
        org |= ORG_HEADS.contains(next.norm());
        continue;
      }
      // Lowercase connectors join names ("Luiz Inacio Lula da Silva", "Institute for the Study").
      boolean connector =
          CONNECTORS.contains(next.text()) || (org && ORG_CONNECTORS.contains(next.text()));
      if (!connector || next.glued()) break;
      int k = last + 2;
      if (k < w.size() && ARTICLES_AFTER_CONNECTOR.contains(w.get(k).text())) k++;
      if (k >= w.size() || w.get(k).boundary() || !w.get(k).capitalised()) break;
      for (int j = last + 2; j <= k; j++) {
        if (w.get(j).boundary()) return last;
      }
      last = k;
      org |= ORG_HEADS.contains(w.get(k).norm());
    }
    return last;
  }

  private static void classifyRun(String text, List<Word> w, int first, int last, List<Actor> out) {
    // A capitalised article opens organisation names ("The Washington Post"): not part of the key.
    while (first < last
        && (w.get(first).norm().equals("the")
            || (w.get(first).initial() && StopWords.any(w.get(first).norm())))
        && gazetteerLength(w, first, last, false) == 0) {
      first++;
    }
    int whole = gazetteerLength(w, first, last, false);
    if (whole == last - first + 1) {
      ActorGazetteer.Entry e = ActorGazetteer.lookup(phrase(w, first, last));
      out.add(actor(text, w, first, last, e.key(), e.type()));
      return;
    }
    String headType = headType(w, first, last);
    if (headType != null) {
      // A leading demonym or country still names a participant: "Argentine Foreign Ministry".
      int lead = gazetteerLength(w, first, last, false);
      if (lead > 0) {
        ActorGazetteer.Entry e = ActorGazetteer.lookup(phrase(w, first, first + lead - 1));
        if (e.demonym()) out.add(actor(text, w, first, first + lead - 1, e.key(), e.type()));
      }
      out.add(actor(text, w, first, last, headType + ":" + phrase(w, first, last), headType));
      return;
    }
    boolean titled = false;
    int piece = -1;
    int k = first;
    while (k <= last) {
      int n = gazetteerLength(w, k, last, false);
      if (n == 1
          && GIVEN_NAME_COUNTRIES.contains(w.get(k).norm())
          && k < last
          && w.get(k + 1).capitalised()
          && gazetteerLength(w, k + 1, last, false) == 0
          && !TITLES.contains(w.get(k + 1).norm())) {
        n = 0;
      }
      boolean title = TITLES.contains(w.get(k).norm());
      if (n > 0 || title) {
        if (piece >= 0) emitPiece(text, w, piece, k - 1, titled, out);
        piece = -1;
        if (n > 0) {
          ActorGazetteer.Entry e = ActorGazetteer.lookup(phrase(w, k, k + n - 1));
          out.add(actor(text, w, k, k + n - 1, e.key(), e.type()));
          k += n;
          titled = false;
        } else {
          titled = true;
          k++;
        }
        continue;
      }
      if (piece < 0) piece = k;
      k++;
    }
    if (piece >= 0) emitPiece(text, w, piece, last, titled, out);
  }

  private static void emitPiece(
      String text, List<Word> w, int first, int last, boolean titled, List<Actor> out) {
    while (first <= last && !w.get(first).capitalised()) first++;
    while (last >= first && !w.get(last).capitalised()) last--;
    if (first > last) return;
    String phrase = phrase(w, first, last);
    boolean acronyms = true;
    for (int k = first; k <= last; k++) acronyms &= w.get(k).allCaps();
    if (acronyms) {
      out.add(actor(text, w, first, last, "org:" + phrase, "org"));
      return;
    }
    if (first == last && w.get(first).initial() && StopWords.any(w.get(first).norm())) {
      return;
    }
    boolean afterPlacePreposition =
        !titled
            && first > 0
            && PLACE_PREPOSITIONS.contains(w.get(first - 1).text())
            && !w.get(first).boundary();
    String type;
    // Spanish place names open with an article mid-sentence: "La Guaira", "El Alto".
    boolean articleName = last > first && SPANISH_ARTICLES.contains(w.get(first).text());
    if (first > 0 && MEDIA_WORDS.contains(w.get(first - 1).norm()) && !titled) {
      type = "org";
    } else if (afterPlacePreposition || articleName) {
      type = "place";
    } else if (titled || last > first) {
      type = "person";
    } else {
      type = "name";
    }
    out.add(actor(text, w, first, last, type + ":" + phrase, type));
  }

  /** "org" or "place" when a head word says so, else null. */
  private static String headType(List<Word> w, int first, int last) {
    String type = null;
    for (int k = first; k <= last; k++) {
      String norm = w.get(k).norm();
      if (ORG_HEADS.contains(norm)) type = "org";
      else if (PLACE_HEADS.contains(norm) && type == null) type = "place";
    }
    return type;
  }

  /** How many words from {@code i} form the longest gazetteer name, 0 when none. */
  private static int gazetteerLength(List<Word> w, int i, boolean lowercase) {
    return gazetteerLength(w, i, w.size() - 1, lowercase);
  }

  private static int gazetteerLength(List<Word> w, int i, int limit, boolean lowercase) {
    Word first = w.get(i);
    if (!lowercase && !first.capitalised()) return 0;
    int longest = 0;
    StringBuilder phrase = new StringBuilder();
    for (int k = i; k <= limit && k - i < ActorGazetteer.maxWords(); k++) {
      if (k > i) {
        if (w.get(k).boundary() || w.get(k - 1).possessive()) break;
        phrase.append(' ');
      }
      phrase.append(w.get(k).norm());
      String candidate = phrase.toString();
      ActorGazetteer.Entry e = ActorGazetteer.lookup(candidate);
      // Every word of a multiword name but connectors is capitalised in the text too.
      if (e != null && (!lowercase || e.lowercaseOk()) && (k == i || w.get(k).capitalised())) {
        longest = k - i + 1;
      }
      if (!ActorGazetteer.isPrefix(candidate)) break;
    }
    return longest;
  }

  /** The lookup form of words [first, last]: their folded forms joined by spaces. */
  private static String phrase(List<Word> w, int first, int last) {
    StringBuilder b = new StringBuilder();
    for (int k = first; k <= last; k++) {
      if (k > first) b.append(' ');
      b.append(w.get(k).norm());
    }
    return b.toString();
  }

  private static Actor actor(
      String text, List<Word> w, int first, int last, String key, String type) {
    int start = w.get(first).start();
    int end = w.get(last).end();
    return new Actor(start, end, text.substring(start, end), key, type);
  }
}
