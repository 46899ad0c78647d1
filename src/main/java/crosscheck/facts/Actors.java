package crosscheck.facts;

import crosscheck.text.Folding;

import crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the actors of a text: runs of capitalised words (joined by connectors such as "de", "of",
 * "al", "bin" and by hyphens), split at titles ("Defense Minister") and at gazetteer names
 * (countries, demonyms, capitals, regions: see {@link ActorGazetteer}), then classified as
 * organisation or place (by head words such as "Ministry", "Waterway"), person (two or more unknown
 * words, or one after a title) or unknown name. {@link #inDocument} then resolves short names to
 * the full names of the same document ("Novillo" = "Edmundo Novillo"). Stateless and thread-safe.
 */
public final class Actors {

  /**
   * A word with offsets into the document text.
   *
   * @param norm folded (lowercase, no accents), acronym dots removed
   * @param glued joined to the previous word by a hyphen with no spaces ("Iran-Bolivia")
   * @param possessive the word carried a possessive "'s" (excluded from {@code end})
   * @param boundary punctuation other than a glue hyphen separates it from the previous word
   * @param initial the word opens the sentence, a quotation or a clause after a colon
   */
  record Word(
      int start,
      int end,
      String text,
      String norm,
      boolean glued,
      boolean possessive,
      boolean boundary,
      boolean initial) {

    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
      return text.length() >= 2 && text.replace(".", "").chars().allMatch(Character::isUpperCase);
    }
  }

  private static final Pattern WORD =
      Pattern.compile("(?:\\p{L}{1,3}\\.){2,}|[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
  private static final Pattern OPENING = Pattern.compile("[“\"‘(\\[:—•]");

  private static final Set<String> CONNECTORS =
      words("of de del al bin ibn van von der da dos das du di");
  private static final Set<String> ARTICLES_AFTER_CONNECTOR = words("the la las los el");
  private static final Set<String> SPANISH_ARTICLES = words("La El Los Las");
  private static final Set<String> ORG_CONNECTORS = words("for on");

  private static final Set<String> TITLES =
      words(
          "president presidenta presidente vice prime minister ministra ministro secretary"
              + " secretario secretaria general brigadier colonel coronel captain capitan admiral"
              + " almirante commander comandante chief jefe director directora ambassador embajador"
              + " embajadora senator senador senadora representative diputado diputada governor"
              + " gobernador gobernadora mayor alcalde alcaldesa king rey queen reina prince"
              + " principe princess sheikh ayatollah pope mr mrs ms dr sir lord lady judge juez"
              + " chancellor canciller deputy spokesman spokeswoman spokesperson portavoz professor"
              + " profesor gen lt col sgt rev archbishop bishop cardinal emir sultan crown ceo"
              + " chairman chairwoman leader lider speaker former ex then foreign defense defence"
              + " interior finance economy health justice energy hydrocarbons trade commerce"
              + " education security intelligence affairs supreme attorney officer congressman"
              + " congresswoman lawmaker sen rep gov strongman premier dictator opposition"
              + " prosecutor fiscal");

  // Country names that are also given names: not a country when a surname follows ("Mauricio
  // Macri").
  private static final Set<String> GIVEN_NAME_COUNTRIES =
      words("mauricio jordan chad georgia israel");

  private static final Set<String> ORG_HEADS =
      words(
          "ministry ministerio department departamento agency agencia institute instituto"
              + " institution council consejo committee comite comision commission party partido"
              + " forces fuerzas force army ejercito navy armada guard guards guardia corps cuerpo"
              + " university universidad college school company corporation corp inc ltd group"
              + " grupo bank banco fund fondo organization organisation organizacion union"
              + " association asociacion asociaciones federation federacion center centre centro"
              + " foundation fundacion office oficina directorate direccion chamber camara congress"
              + " congreso parliament parlamento senate senado assembly asamblea court tribunal"
              + " corte police policia service services servicio post times news journal herald"
              + " tribune gazette press network television radio review magazine daily diario forum"
              + " foro alliance alianza coalition coalicion front frente movement movimiento board"
              + " authority autoridad administration administracion government gobierno cabinet"
              + " gabinete embassy embajada consulate secretariat secretaria mission command"
              + " comando summit cumbre brigade brigada battalion regiment cartel exchange airlines"
              + " airways motors industries holdings bureau society sociedad club team church"
              + " iglesia hospital international internacional compania empresa museum museo"
              + " academy academia laboratory reserve treasury ministries agencies institutes");

  private static final Set<String> PLACE_HEADS =
      words(
          "street avenue road square plaza river rio lake lago sea ocean oceano bay bahia gulf"
              + " golfo strait estrecho canal waterway island islands isla islas mountain mountains"
              + " sierra valley valle desert desierto province provincia region district distrito"
              + " county city ciudad port puerto airport aeropuerto peninsula coast border frontera"
              + " state");

  // A name right after one of these is an outlet: "Argentine daily La Nación".
  private static final Set<String> MEDIA_WORDS =
      words(
          "daily newspaper paper agency outlet network channel broadcaster magazine publication"
              + " diario periodico agencia cadena canal revista semanario");

  private static final Set<String> PLACE_PREPOSITIONS = words("in at near to into en cerca hacia");

  private static final Set<String> CALENDAR =
      words(
          "january february march april may june july august september october november december"
              + " jan feb apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday"
              + " friday saturday sunday enero febrero marzo abril mayo junio julio agosto"
              + " septiembre setiembre octubre noviembre diciembre lunes martes miercoles jueves"
              + " viernes sabado domingo");

  // Words capitalised only because they open a sentence.
  private static final Set<String> FUNCTION_WORDS =
      words(
          "the a an on in at after before during this that these those it its he she they we i you"
              + " his her their our my your despite following although though however but and or"
              + " yet given since as for besides meanwhile indeed many some most even just such"
              + " what when while where which who why how further furthermore moreover contrary nor"
              + " of to with by from among prior one two three several unfortunately then"
              + " historically similarly within over under there here if unless because so thus"
              + " also only both all each every no not more less other another according last next"
              + " first second new now today yesterday tomorrow still instead again between about"
              + " around through without toward towards until via amid across inside outside"
              + " whether once recently earlier later finally overall perhaps maybe already almost"
              + " nearly rather much like unlike regarding including whereas hence therefore"
              + " otherwise nevertheless nonetheless neither either few any none everyone nobody"
              + " someone something nothing anything everything us him them me do does did is are"
              + " was were be been has have had will would can could should may might must shall"
              + " let please yes well see read watch click follow share subscribe sign get keep"
              + " join learn tags related photo video image credit source editor note update"
              + " members officials el la los las un una unos unas en segun durante tras con por"
              + " para desde sin este esta estos estas ese esa esos esas aquel pero y o ademas"
              + " embargo tambien ya como cuando donde mientras aunque si ni que quien quienes cual"
              + " cuales lo le les se su sus al del de ante bajo hasta entre sobre contra otro otra"
              + " otros otras mismo misma cada todo toda todos todas muchos muchas varios varias"
              + " algunos algunas ningun ninguna hoy ayer asi entonces luego despues antes ahora"
              + " aun incluso solo mas menos muy ello ella ellos ellas el nosotros yo esto eso aqui"
              + " alli");

  private Actors() {}

  /** The actors named between {@code start} and {@code end} of {@code text}, in text order. */
  public static List<Actor> find(String text, int start, int end) {
    return find(text, words(text, start, end));
  }

  /**
   * The actors of every sentence of a document (one list per sentence, in order), with short person
   * names resolved to the document's full names: a single word ("Novillo") that is a non-first word
   * of exactly one full name becomes that person, and a full name that extends a shorter full name
   * ("Edmundo Novillo Aguilar" after "Edmundo Novillo") takes the shorter key.
   */
  public static List<List<Actor>> inDocument(String text, List<Sentence> sentences) {
    List<List<Actor>> found = new ArrayList<>();
    for (Sentence s : sentences) found.add(find(text, s.start(), s.end()));
    Map<String, List<String>> fullNames = new HashMap<>();
    for (List<Actor> list : found) {
      for (Actor a : list) {
        if (a.type().equals("person")) {
          List<String> tokens = List.of(a.key().substring(7).split(" "));
          if (tokens.size() >= 2) fullNames.put(a.key(), tokens);
        }
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (var e : fullNames.entrySet()) {
      String best = e.getKey();
      int bestSize = e.getValue().size();
      for (var other : fullNames.entrySet()) {
        List<String> shorter = other.getValue();
        if (shorter.size() < bestSize && e.getValue().subList(0, shorter.size()).equals(shorter)) {
          best = other.getKey();
          bestSize = shorter.size();
        }
      }
      canonical.put(e.getKey(), best);
    }
    List<List<Actor>> resolved = new ArrayList<>();
    for (List<Actor> list : found) {
      List<Actor> out = new ArrayList<>(list.size());
      for (Actor a : list) {
        if (canonical.containsKey(a.key())) {
          out.add(new Actor(a.start(), a.end(), a.text(), canonical.get(a.key()), "person"));
        } else if (a.type().equals("name")
            || a.type().equals("person")
            || a.type().equals("place")) {
          String word = a.key().substring(a.key().indexOf(':') + 1);
          Set<String> owners = new HashSet<>();
          for (var e : fullNames.entrySet()) {
            List<String> tokens = e.getValue();
            if (tokens.subList(1, tokens.size()).contains(word))
              owners.add(canonical.get(e.getKey()));
          }
          out.add(
              owners.size() == 1 && !word.contains(" ")
                  ? new Actor(a.start(), a.end(), a.text(), owners.iterator().next(), "person")
                  : a);
        } else {
          out.add(a);
        }
      }
      resolved.add(out);
    }
    return resolved;
  }

  /** The words of a span with the context flags the name rules need. */
  static List<Word> words(String text, int start, int end) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(start, end);
    int previousEnd = start;
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      String surface = m.group();
      boolean possessive = false;
      int n = surface.length();
      char apostrophe = n > 2 ? surface.charAt(n - 2) : ' ';
      char letter = surface.charAt(n - 1);
      if ((apostrophe == '\'' || apostrophe == '’') && (letter == 's' || letter == 'S')) {
        e -= 2;
        surface = surface.substring(0, surface.length() - 2);
        possessive = true;
      }
      String gap = text.substring(previousEnd, s);
      boolean glued = !out.isEmpty() && (gap.equals("-") || gap.equals("–") || gap.equals("‐"));
      boolean boundary = !glued && !gap.isBlank();
      boolean initial = out.isEmpty() || OPENING.matcher(gap).find();
      String norm = Folding.fold(surface).replace('’', '\'');
      if (surface.indexOf('.') >= 0) norm = norm.replace(".", "");
      out.add(new Word(s, e, surface, norm, glued, possessive, boundary, initial));
      previousEnd = m.end();
    }
    return out;
  }

  private static List<Actor> find(String text, List<Word> w) {
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
    return !(word.initial() && FUNCTION_WORDS.contains(word.norm()));
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
            || (w.get(first).initial() && FUNCTION_WORDS.contains(w.get(first).norm())))
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
    if (first == last && w.get(first).initial() && FUNCTION_WORDS.contains(w.get(first).norm())) {
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

  private static Set<String> words(String list) {
    return Set.copyOf(List.of(list.trim().split("\\s+")));
  }
}
