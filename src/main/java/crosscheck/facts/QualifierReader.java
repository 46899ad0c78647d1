package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.EN_QUALIFIERS;
import static crosscheck.facts.QuantityLexicon.ES_QUALIFIERS;
import static crosscheck.facts.QuantityLexicon.TRAILING_QUALIFIERS;

import crosscheck.facts.QuantityLexer.Tok;
import crosscheck.facts.QuantityLexicon.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the words that say how a number bounds the true amount ({@link QuantityQualifier}): before
 * it ("at least", "some", "más de"; the longest phrase wins) and after it ("300 or more", "300 or
 * so", "300-odd", "300+", "o más"). {@link AmountExclusions} asks too: "some 2000 people" is a
 * count, not a year.
 */
final class QualifierReader {
  /** A qualifier phrase found before a number and its first token. */
  record Found(String qualifier, int start) {}

  private final QuantityTokens t;
  private final int n;
  private final List<Phrase> qualifiers = new ArrayList<>();

  QualifierReader(QuantityTokens tokens) {
    this.t = tokens;
    this.n = tokens.n;
    if (tokens.english) qualifiers.addAll(EN_QUALIFIERS);
    if (tokens.spanishScales) qualifiers.addAll(ES_QUALIFIERS);
  }

  /** The longest qualifier phrase ending at token {@code end} and not before {@code floor}. */
  Found before(int end, int floor) {
    Phrase best = null;
    for (Phrase p : qualifiers) {
      int len = p.tokens().size();
      int s = end - len + 1;
      if (s < floor || s < 0) continue;
      if (t.phraseAt(s, p.tokens()) && (best == null || len > best.tokens().size())) best = p;
    }
    if (best == null) return null;
    return new Found(best.meaning(), end - best.tokens().size() + 1);
  }

  /** Qualifier words before the quantity: a range keeps its bounds, but takes in the words. */
  void readBefore(QuantityDraft d) {
    Found q = before(d.first - 1, d.floor);
    if (q != null) {
      if (!d.qualifier.equals("RANGE")) d.qualifier = q.qualifier();
      d.first = q.start();
    }
  }

  /** A qualifier after the quantity: "300+" (glued), or two tokens such as "or more", "-odd". */
  void readAfter(QuantityDraft d) {
    int k = d.last + 1;
    if (k >= n) return;
    Tok a = t.get(k);
    String b = k + 1 < n ? t.get(k + 1).lower() : "";
    if (a.is("+") && a.start() == t.get(d.last).end()) {
      d.qualifier = "AT_LEAST";
      d.last = k;
      return;
    }
    String q = TRAILING_QUALIFIERS.get(a.lower() + " " + b);
    if (q != null) {
      d.qualifier = q;
      d.last = k + 1;
    }
  }
}
