package crosscheck.conflicts;

import crosscheck.facts.NameMention;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One person's name written otherwise by one outlet (attribute {@code entity}): "Tom Ferris" where
 * the other outlets write "Tim Ferris", "Ana Gallon" for "Ana Gallo", "Marie-Ann" for "Mary-Anne".
 * The forms a story writes are first joined into people (a form holding another's words, "Judge Tim
 * Ferris" and "Tim Ferris", is one person's). A person one document names is taken for another
 * person miswritten, not for a second person, when all of these hold:
 *
 * <ul>
 *   <li>the two share their surname and differ in given names, neither being a shorter form of the
 *       other ("Ana Ruiz", "Ana María Ruiz" are one person), or share their given names and their
 *       surnames differ by one letter ({@link NameSpellings});
 *   <li>at least {@value #MIN_MAJORITY_DOCS} documents write one form and one document the other,
 *       and no document writes both (an outlet that names both names two people);
 *   <li>a document in the lone form's language writes the usual one (a name transliterated in each
 *       language's way, "Mohamed" and "Mohammed", is no error);
 *   <li>no word naming a relative stands beside either form in any document ({@link Kinship}): a
 *       son or a sister shares the surname;
 *   <li>the sentence of the lone form shares at least {@value #MIN_SHARED_WORDS} words, besides the
 *       name, with a sentence of the other form (in either language): it tells of the same deed,
 *       not of another person.
 * </ul>
 */
final class NameVariants {
  static final String ATTRIBUTE = "entity";
  static final int MIN_MAJORITY_DOCS = 2;
  static final int MIN_SHARED_WORDS = 2;

  /** How many documents writing the usual form a finding cites. */
  static final int MAX_CITED_USUAL = 3;

  private NameVariants() {}

  /** How a story's documents write one person's name. */
  private static final class Form {
    final List<String> words;
    final Set<String> docs = new TreeSet<>();
    final List<NameMention> mentions = new ArrayList<>();
    boolean besideRelative;

    Form(List<String> words) {
      this.words = words;
    }

    String surname() {
      return words.get(words.size() - 1);
    }
  }

  static List<ConflictFinding> find(List<NameMention> mentions) {
    Map<String, Form> forms = new TreeMap<>();
    for (NameMention m : mentions) {
      List<String> words = words(m.key());
      if (words.size() < 2 || words.stream().anyMatch(w -> w.length() < 2)) continue;
      Form f = forms.computeIfAbsent(String.join(" ", words), k -> new Form(words));
      f.docs.add(m.doc());
      f.mentions.add(m);
      String folded = Folding.foldKeepingLength(m.sentence()).toLowerCase(Locale.ROOT);
      int at = m.start() - m.sentenceStart();
      if (Kinship.besideRelative(folded, at, at + m.end() - m.start())) f.besideRelative = true;
    }
    List<Form> people = people(forms.values());
    List<ConflictFinding> out = new ArrayList<>();
    for (Form lone : people) {
      if (lone.docs.size() != 1 || lone.besideRelative) continue;
      Form usual = null;
      for (Form p : people) {
        if (p == lone || p.docs.size() < MIN_MAJORITY_DOCS || p.besideRelative) continue;
        if (!NameSpellings.otherForm(lone.words, p.words)) continue;
        if (p.docs.stream().anyMatch(lone.docs::contains)) continue;
        // "Mohamed" in a Spanish outlet where English ones write "Mohammed": a spelling of its
        // language, unless outlets of that language write the usual form too
        if (!sameLanguage(lone, p)) continue;
        if (usual == null || p.docs.size() > usual.docs.size()) usual = p;
      }
      ConflictFinding f = usual == null ? null : finding(lone, usual);
      if (f != null) out.add(f);
    }
    return out;
  }

  /** Whether a document of the lone form's language writes the usual form too. */
  private static boolean sameLanguage(Form lone, Form usual) {
    Set<String> languages = new TreeSet<>();
    for (NameMention m : usual.mentions) languages.add(m.language());
    return lone.mentions.stream().anyMatch(m -> languages.contains(m.language()));
  }

  /**
   * The story's people: forms joined when one holds every word of another ("Judge Tim Ferris", "Tim
   * Ferris"), each person under its form written by the most documents.
   */
  private static List<Form> people(java.util.Collection<Form> forms) {
    List<Form> all = new ArrayList<>(forms);
    UnionFind joined = new UnionFind(all.size());
    for (int i = 0; i < all.size(); i++)
      for (int j = 0; j < all.size(); j++) {
        Form a = all.get(i);
        Form b = all.get(j);
        if (i != j
            && a.surname().equals(b.surname())
            && a.words.containsAll(b.words)
            && joined.root(i) != joined.root(j)) joined.attach(joined.root(i), joined.root(j));
      }
    Map<Integer, List<Form>> groups = new TreeMap<>();
    for (int i = 0; i < all.size(); i++)
      groups.computeIfAbsent(joined.root(i), k -> new ArrayList<>()).add(all.get(i));
    List<Form> people = new ArrayList<>();
    for (List<Form> g : groups.values()) {
      Form core = g.get(0);
      for (Form f : g)
        if (f.docs.size() > core.docs.size()
            || (f.docs.size() == core.docs.size() && f.words.size() < core.words.size())) core = f;
      Form person = new Form(core.words);
      for (Form f : g) {
        person.docs.addAll(f.docs);
        person.mentions.addAll(f.mentions);
        person.besideRelative |= f.besideRelative;
      }
      people.add(person);
    }
    return people;
  }

  /** The finding of a lone form and the usual one, or null when no sentences tell of one deed. */
  private static ConflictFinding finding(Form lone, Form usual) {
    NameMention cited = null;
    Map<String, NameMention> best = new TreeMap<>();
    Map<String, Integer> bestShared = new TreeMap<>();
    List<List<Set<String>>> usualWords = new ArrayList<>();
    for (NameMention u : usual.mentions)
      usualWords.add(SentenceWords.of(u.sentence(), u.language(), usual.words));
    for (NameMention l : lone.mentions) {
      List<Set<String>> words = SentenceWords.of(l.sentence(), l.language(), lone.words);
      for (int k = 0; k < usual.mentions.size(); k++) {
        NameMention u = usual.mentions.get(k);
        int shared = SentenceWords.shared(words, usualWords.get(k));
        if (shared < MIN_SHARED_WORDS || shared <= bestShared.getOrDefault(u.doc(), 0)) continue;
        bestShared.put(u.doc(), shared);
        best.put(u.doc(), u);
        if (cited == null) cited = l;
      }
    }
    if (cited == null) return null;
    List<ConflictValue> values = new ArrayList<>();
    values.add(value(cited));
    // the usual form as the documents closest to the lone one write it: the evidence an editor
    // reads, not every mention of a person the story names throughout
    best.values().stream()
        .sorted(
            Comparator.comparing((NameMention u) -> -bestShared.get(u.doc()))
                .thenComparing(NameMention::doc))
        .limit(MAX_CITED_USUAL)
        .forEach(u -> values.add(value(u)));
    String usualName = best.values().iterator().next().text();
    return new ConflictFinding(
        "c-" + FindingIds.hashOf(values),
        "name of " + usualName,
        ATTRIBUTE,
        values,
        0.6,
        "one outlet writes "
            + cited.text()
            + " where "
            + best.size()
            + " others write "
            + usualName
            + " in sentences that tell of the same deed",
        null);
  }

  private static ConflictValue value(NameMention m) {
    return new ConflictValue(m.text(), m.doc(), m.start(), m.end(), m.text(), m.sentence());
  }

  /** The words of a person key ("person:mary-anne ferris"), hyphens read as spaces. */
  static List<String> words(String key) {
    String name = key.substring(key.indexOf(':') + 1);
    return List.of(Folding.fold(name).toLowerCase(Locale.ROOT).split("[\\s\\-‐–]+"));
  }
}
