package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner of a value set against an earlier value of its unit, named after it: "won 57% of the
 * vote against 43% for the centre-right Luis Gil", "el 57% frente al 43% logrado por la candidata
 * Ana Ruiz". Results of a race are written this way in both languages, and the nearest name before
 * such a value is the winner's, never its owner. A name that completes a title ("the former
 * minister of Luis Gil", "la exministra de Luis Gil") is not the owner.
 */
final class ContrastOwners {
  private static final List<String[]> MARKERS =
      WordLists.list("facts/measurement-contrast-markers.txt").stream()
          .map(p -> p.split(" "))
          .toList();
  private static final Set<String> LINKS = WordLists.set("facts/measurement-owner-links.txt");
  private static final Set<String> PARTICIPLES =
      WordLists.set("facts/measurement-owner-participles.txt");
  private static final Set<String> BREAKS = WordLists.set("facts/measurement-clause-breaks.txt");
  private static final Set<String> OF = WordLists.set("facts/measurement-title-links.txt");
  private static final Set<String> OWNER_TYPES = Set.of("person", "org", "name");
  private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}]+|[,;:()\\[\\].—–]");

  /** The most words read after the value for its owner. */
  static final int MAX_WORDS = 12;

  private ContrastOwners() {}

  /** A word or mark of the text, folded, with its offsets. */
  private record Piece(int start, int end, String word) {}

  /**
   * The index of the earlier value of its unit the value at {@code i} is set against, or -1.
   *
   * @param quantities the sentence's values in text order, as found
   * @param valued the same values with their units read
   */
  static int compared(
      String text, List<QuantityValue> quantities, List<QuantityValue> valued, int i) {
    String unit = valued.get(i).unit();
    if (unit == null) return -1;
    for (int j = i - 1; j >= 0; j--) {
      if (!unit.equals(valued.get(j).unit())) continue;
      return contrasted(text, quantities.get(j).end(), quantities.get(i).start()) ? j : -1;
    }
    return -1;
  }

  /**
   * Whether the value at [start, ...) is set against an earlier value of its unit ending at {@code
   * earlierEnd} (or -1 when there is none) by a contrast word right before it.
   */
  static boolean contrasted(String text, int earlierEnd, int start) {
    if (earlierEnd < 0 || earlierEnd > start) return false;
    List<Piece> between = pieces(text, earlierEnd, start);
    for (String[] marker : MARKERS) {
      int n = marker.length;
      if (between.size() < n) continue;
      boolean all = true;
      for (int k = 0; k < n && all; k++)
        all = between.get(between.size() - n + k).word().equals(marker[k]);
      if (all) return true;
    }
    return false;
  }

  /**
   * The key of the owner named after a contrasted value ending at {@code end}, before {@code limit}
   * (the sentence's end or the next value), or null when none is named.
   */
  static String after(String text, int end, int limit, List<Actor> actors) {
    List<Piece> after = pieces(text, end, limit);
    if (after.isEmpty()) return null;
    int first = 0;
    if (PARTICIPLES.contains(after.get(0).word())) {
      if (after.size() > 1 && LINKS.contains(after.get(1).word())) first = 1;
    } else if (!LINKS.contains(after.get(0).word())) return null;
    int stop = limit;
    int words = 0;
    for (int i = first + 1; i < after.size(); i++) {
      String w = after.get(i).word();
      boolean mark = !Character.isLetterOrDigit(w.charAt(0));
      if ((mark && !w.equals(",")) || (!mark && BREAKS.contains(w)) || ++words > MAX_WORDS) {
        stop = after.get(i).start();
        break;
      }
    }
    for (Actor a : actors) {
      if (a.start() < end || a.start() >= stop || !OWNER_TYPES.contains(a.type())) continue;
      if (completesTitle(after, first, a.start())) continue;
      return a.key();
    }
    return null;
  }

  /** Whether the word before the name (past a determiner) is an "of" other than the first link. */
  private static boolean completesTitle(List<Piece> after, int firstLink, int nameStart) {
    int i = -1;
    for (int k = 0; k < after.size() && after.get(k).end() <= nameStart; k++) i = k;
    while (i > firstLink && TriggerLexicon.DETERMINERS.contains(after.get(i).word())) i--;
    return i > firstLink && OF.contains(after.get(i).word());
  }

  private static List<Piece> pieces(String text, int from, int to) {
    List<Piece> out = new ArrayList<>();
    Matcher m = PIECE.matcher(text).region(from, to);
    while (m.find())
      out.add(new Piece(m.start(), m.end(), Folding.fold(m.group()).toLowerCase(Locale.ROOT)));
    return out;
  }
}
