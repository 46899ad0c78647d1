package crosscheck.layout;

import crosscheck.text.Folding;
import crosscheck.text.StopWords;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where related-article teasers appended after an article begin.
 *
 * <p>A teaser block has structure (a short headline, often printed twice; a category label; a
 * caption with a credit; one or two summary paragraphs; a "keep reading" line) and a topic of its
 * own. A zone starts at the first structural anchor after the article body (a repeated headline or
 * a read-more line), extended back over the block's headline and label, and is accepted only when
 * its running text shares few words with the article's first half, or when the structure alone is
 * unmistakable (several repeated headlines and read-more lines, short summaries between them). An
 * article that merely ends on a heading or a quote has no anchor, so it loses nothing.
 */
final class TeaserZone {

  /** Highest share of a teaser's words also found in the article's first half. */
  static final double FOREIGN_OVERLAP = 0.25;

  /** Off-topic bar when the article has too few paragraphs to measure its own drift. */
  static final double FOREIGN_OVERLAP_ALONE = 0.15;

  /** And overlap must be below this fraction of the article's own later paragraphs' overlap. */
  static final double FOREIGN_RELATIVE = 0.5;

  private static final int REPEAT_WINDOW = 4;
  private static final int MAX_SUMMARY_PARAGRAPHS = 3;
  private static final int STEM = 5;
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private TeaserZone() {}

  /**
   * Index of the first paragraph of the teaser zone, or -1 when there is none.
   *
   * @param roles rule roles given so far; null marks a paragraph no rule has claimed yet
   */
  static int start(List<String> texts, RoleAssignment[] roles) {
    int firstBody = firstBody(texts, roles);
    if (firstBody < 0) {
      return -1;
    }
    for (int anchor = firstBody + 1; anchor < texts.size(); anchor++) {
      int start = -1;
      if (isRepeatedHeadline(texts, roles, anchor)) {
        start = leadInStart(texts, roles, anchor, firstBody);
      } else if (BoilerplateRules.isReadMore(texts.get(anchor))) {
        start = readMoreBlockStart(texts, roles, anchor, firstBody);
      }
      if (start > firstBody && isAppended(texts, roles, firstBody, start)) {
        return start;
      }
    }
    return -1;
  }

  private static int firstBody(List<String> texts, RoleAssignment[] roles) {
    for (int i = 0; i < texts.size(); i++) {
      if (isBody(texts, roles, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBody(List<String> texts, RoleAssignment[] roles, int i) {
    return roles[i] == null && ParagraphShape.isRunningText(texts.get(i));
  }

  private static boolean isShortLine(List<String> texts, RoleAssignment[] roles, int i) {
    return roles[i] == null
        && ParagraphShape.isHeadlineLike(texts.get(i), ParagraphShape.MAX_TITLE_WORDS);
  }

  private static boolean isCategoryLabel(RoleAssignment[] roles, int i) {
    return roles[i] != null && MetadataRules.isCategoryLabel(roles[i].reason());
  }

  /** What a teaser card prints besides headline and summary: label, byline, date. */
  private static boolean isCardMetadata(RoleAssignment[] roles, int i) {
    if (roles[i] == null) {
      return false;
    }
    String reason = roles[i].reason();
    return MetadataRules.CATEGORY_LABEL.equals(reason)
        || MetadataRules.BYLINE.equals(reason)
        || MetadataRules.DATELINE.equals(reason);
  }

  private static boolean isCredit(RoleAssignment[] roles, int i) {
    return roles[i] != null && BoilerplateRules.isCredit(roles[i].reason());
  }

  /** A headline printed again a few paragraphs later, as teaser cards do. */
  private static boolean isRepeatedHeadline(List<String> texts, RoleAssignment[] roles, int i) {
    if (!isShortLine(texts, roles, i)) {
      return false;
    }
    String key = ParagraphShape.repeatKey(texts.get(i));
    for (int j = i + 1; j < Math.min(texts.size(), i + 1 + REPEAT_WINDOW); j++) {
      if (roles[j] == null && key.equals(ParagraphShape.repeatKey(texts.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /** Back from a teaser headline over the labels and short lines that open its block. */
  private static int leadInStart(
      List<String> texts, RoleAssignment[] roles, int headline, int firstBody) {
    int start = headline;
    while (start - 1 > firstBody
        && (isCategoryLabel(roles, start - 1) || isShortLine(texts, roles, start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * Back from a read-more line over the block's off-topic summary to its headline, then over the
   * headline's caption and label; -1 when no headline opens the block (a lone "Read more" inside an
   * article).
   */
  private static int readMoreBlockStart(
      List<String> texts, RoleAssignment[] roles, int readMore, int firstBody) {
    Set<String> articleWords = firstHalfWords(texts, roles, firstBody, readMore);
    int headline = -1;
    int summaries = 0;
    for (int i = readMore - 1; i > firstBody; i--) {
      if (isShortLine(texts, roles, i)) {
        headline = i;
        continue;
      }
      boolean summary =
          headline < 0
              && isBody(texts, roles, i)
              && overlap(texts.get(i), articleWords) <= FOREIGN_OVERLAP;
      summaries += summary ? 1 : 0;
      if (!summary && !isCredit(roles, i) && !isCardMetadata(roles, i)) {
        break;
      }
    }
    // A heading directly above "Read more" is the article's, not a teaser card without summary.
    return headline < 0 || summaries == 0 ? -1 : leadInStart(texts, roles, headline, firstBody);
  }

  /** The zone from {@code start} to the end is off-topic, or unmistakably teaser cards. */
  private static boolean isAppended(
      List<String> texts, RoleAssignment[] roles, int firstBody, int start) {
    Set<String> articleWords = firstHalfWords(texts, roles, firstBody, start);
    double zone = meanOverlap(texts, roles, start, texts.size(), articleWords);
    if (Double.isNaN(zone)) {
      // Only short lines: a list of teaser links if a read-more line says so, else maybe the
      // article's own closing list (fixtures, results).
      return countReadMore(texts, start) > 0;
    }
    double article =
        meanOverlap(texts, roles, midBody(texts, roles, firstBody, start), start, articleWords);
    // An article drifts: its own late paragraphs share only 20-40 % of words with its first half,
    // so the zone must be well below the article's own level, not merely below a fixed bar.
    boolean offTopic =
        Double.isNaN(article)
            ? zone <= FOREIGN_OVERLAP_ALONE
            : zone <= FOREIGN_OVERLAP && zone < FOREIGN_RELATIVE * article;
    return offTopic || isCardSequence(texts, roles, start);
  }

  /**
   * Cards, not prose: repeated headlines and read-more lines recur, and no more than a card's
   * summary of running text stands between them (an article's remainder has long runs).
   */
  private static boolean isCardSequence(List<String> texts, RoleAssignment[] roles, int start) {
    int run = 0;
    for (int i = start; i < texts.size(); i++) {
      run = isBody(texts, roles, i) ? run + 1 : 0;
      if (run > MAX_SUMMARY_PARAGRAPHS) {
        return false;
      }
    }
    return structuralCues(texts, roles, start) >= 4;
  }

  private static int countReadMore(List<String> texts, int start) {
    int count = 0;
    for (int i = start; i < texts.size(); i++) {
      count += BoilerplateRules.isReadMore(texts.get(i)) ? 1 : 0;
    }
    return count;
  }

  private static int structuralCues(List<String> texts, RoleAssignment[] roles, int start) {
    int repeated = 0;
    int readMore = 0;
    for (int i = start; i < texts.size(); i++) {
      if (isRepeatedHeadline(texts, roles, i)) {
        repeated++;
      } else if (BoilerplateRules.isReadMore(texts.get(i))) {
        readMore++;
      }
    }
    return Math.min(repeated, 2) + Math.min(readMore, 2);
  }

  private static int midBody(List<String> texts, RoleAssignment[] roles, int from, int to) {
    int bodies = 0;
    for (int i = from; i < to; i++) {
      bodies += isBody(texts, roles, i) ? 1 : 0;
    }
    int seen = 0;
    for (int i = from; i < to; i++) {
      if (isBody(texts, roles, i) && ++seen > (bodies + 1) / 2) {
        return i;
      }
    }
    return to;
  }

  private static Set<String> firstHalfWords(
      List<String> texts, RoleAssignment[] roles, int firstBody, int end) {
    Set<String> words = new HashSet<>();
    int mid = midBody(texts, roles, firstBody, end);
    for (int i = 0; i < mid; i++) {
      if (roles[i] == null || roles[i].is(crosscheck.model.ParagraphRole.TITLE)) {
        words.addAll(stems(texts.get(i)));
      }
    }
    return words;
  }

  private static double meanOverlap(
      List<String> texts, RoleAssignment[] roles, int from, int to, Set<String> articleWords) {
    double sum = 0;
    int count = 0;
    for (int i = from; i < to; i++) {
      if (isBody(texts, roles, i)) {
        sum += overlap(texts.get(i), articleWords);
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /** Share of the paragraph's distinct content stems that the article's first half also uses. */
  static double overlap(String paragraph, Set<String> articleWords) {
    Set<String> own = stems(paragraph);
    if (own.isEmpty()) {
      return 1;
    }
    int shared = 0;
    for (String s : own) {
      shared += articleWords.contains(s) ? 1 : 0;
    }
    return (double) shared / own.size();
  }

  /** Content words, accent-folded and cut to a prefix: a cheap stem for English and Spanish. */
  static Set<String> stems(String text) {
    String folded = Folding.fold(text);
    Set<String> out = new HashSet<>();
    for (String w : NON_LETTERS.split(folded)) {
      if (w.length() >= 4 && !StopWords.any(w)) {
        out.add(w.length() > STEM ? w.substring(0, STEM) : w);
      }
    }
    return out;
  }
}
