package crosscheck.facts;

import crosscheck.model.Sentence;
import crosscheck.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the actors of a text.
 *
 * <ol>
 *   <li>Words, with the context the name rules need: glued by a hyphen, possessive, after
 *       punctuation, opening a sentence ({@link #words}).
 *   <li>Names: runs of capitalised words (joined by connectors such as "de", "of", "al", "bin" and
 *       by hyphens), split at titles ("Defense Minister") and at gazetteer names (countries,
 *       demonyms, capitals, regions: see {@link ActorGazetteer}), then classified as organisation
 *       or place (by head words such as "Ministry", "Waterway"), person (two or more unknown words,
 *       or one after a title) or unknown name ({@link NameRuns}).
 *   <li>In a whole document ({@link #inDocument}), short names resolved to the full names of the
 *       same document: "Novillo" = "Edmundo Novillo" ({@link PersonNames}).
 * </ol>
 *
 * <p>Stateless and thread-safe.
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

  private Actors() {}

  /** The actors named between {@code start} and {@code end} of {@code text}, in text order. */
  public static List<Actor> find(String text, int start, int end) {
    return NameRuns.find(text, words(text, start, end));
  }

  /**
   * The actors of every sentence of a document (one list per sentence, in order), with short person
   * names resolved to the document's full names ({@link PersonNames}).
   */
  public static List<List<Actor>> inDocument(String text, List<Sentence> sentences) {
    List<List<Actor>> found = new ArrayList<>();
    for (Sentence s : sentences) found.add(find(text, s.start(), s.end()));
    return PersonNames.resolve(found);
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
      // "Ana “Nena” Ruiz", "Luis 'Tito' Gil": a nickname in quotes inside a name is left
      // out, and the name reads on as one run, as outlets that drop the nickname write it
      if (!out.isEmpty()
          && out.get(out.size() - 1).capitalised()
          && nickname(text, gap, s, e, end)) {
        previousEnd = e + 1;
        continue;
      }
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

  private static final Pattern NICKNAME_OPENS = Pattern.compile("(?<!\\s)\\s++[\"“‘']");
  private static final Pattern NICKNAME_CLOSES = Pattern.compile("[\"”’']\\s++\\p{Lu}");

  /**
   * Whether the word at {@code [wordStart, wordEnd)}, after {@code gap}, is a capitalised nickname
   * in quotes between two words of a name.
   */
  private static boolean nickname(String text, String gap, int wordStart, int wordEnd, int end) {
    if (!NICKNAME_OPENS.matcher(gap).matches() || wordEnd >= end) return false;
    if (!Character.isUpperCase(text.codePointAt(wordStart))) return false;
    return NICKNAME_CLOSES.matcher(text).region(wordEnd, Math.min(end, wordEnd + 8)).lookingAt();
  }
}
