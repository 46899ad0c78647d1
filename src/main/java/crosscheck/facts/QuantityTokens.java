package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.EN_MONTHS;
import static crosscheck.facts.QuantityLexicon.EN_MULT;
import static crosscheck.facts.QuantityLexicon.EN_SCALE;
import static crosscheck.facts.QuantityLexicon.EN_SMALL;
import static crosscheck.facts.QuantityLexicon.ES_MONTHS;
import static crosscheck.facts.QuantityLexicon.ES_SCALE;
import static crosscheck.facts.QuantityLexicon.ES_SMALL;

import crosscheck.facts.QuantityLexer.Tok;
import crosscheck.text.StopWords;
import java.util.List;

/**
 * A stretch of text as the tokens of {@link QuantityLexer}, with the languages whose rules apply,
 * and the questions about tokens that several quantity steps ask (is it a month, a number word, a
 * phrase of a list, at a line start?). One per call of {@link Quantities#find}, so the steps share
 * one reading of the text and one language decision.
 */
final class QuantityTokens {
  final String text;
  private final List<Tok> tokens;

  /** The number of tokens. */
  final int n;

  /** English rules: every text not known to be Spanish. */
  final boolean english;

  /**
   * Spanish number words, decimal marks, ranges ("20 a 30") and dates: only when the text is known
   * to be Spanish, since "once", "a" and "4.200" mean other things in English.
   */
  final boolean spanish;

  /** Spanish scale words and phrases ("millones", "más de"): also in texts of unknown language. */
  final boolean spanishScales;

  /** A Spanish text that writes decimals with a point ({@link DecimalMarks#pointDecimal}). */
  final boolean pointDecimal;

  QuantityTokens(
      String text, int start, int end, boolean english, boolean spanish, boolean spanishScales) {
    this(text, start, end, english, spanish, spanishScales, false);
  }

  QuantityTokens(
      String text,
      int start,
      int end,
      boolean english,
      boolean spanish,
      boolean spanishScales,
      boolean pointDecimal) {
    this.pointDecimal = pointDecimal;
    this.text = text;
    this.tokens = QuantityLexer.lex(text, start, end);
    this.n = tokens.size();
    this.english = english;
    this.spanish = spanish;
    this.spanishScales = spanishScales;
  }

  Tok get(int i) {
    return tokens.get(i);
  }

  /** Whether the phrase {@code words} (lower-cased tokens) starts at token {@code k}. */
  boolean phraseAt(int k, List<String> words) {
    if (k + words.size() > n) return false;
    for (int i = 0; i < words.size(); i++) {
      Tok x = get(k + i);
      if (!x.is(words.get(i))) return false;
      if (i > 0 && !x.isWord() || i > 0 && !get(k + i - 1).isWord()) {
        if (x.start() != get(k + i - 1).end()) return false; // "km²", "km/h" are glued
      }
    }
    Tok lastTok = get(k + words.size() - 1);
    // a word unit must end at a word boundary already (lexer); a one-letter unit must not be an
    // article or pronoun: only glued or followed by punctuation
    return !(words.size() == 1
        && words.get(0).length() == 1
        && Character.isLetter(words.get(0).charAt(0))
        && lastTok.start() != get(k - 1).end());
  }

  /** Whether only white space, and some, separates {@code a} from {@code b}. */
  boolean spaceOnlyBetween(Tok a, Tok b) {
    for (int i = a.end(); i < b.start(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
        return false;
      }
    }
    return b.start() > a.end();
  }

  /** A capitalised word that is not the first of its sentence: part of a name ("Halo 2"). */
  boolean isTitleWord(Tok x) {
    int i = x.start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
    return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
  }

  /** An English month must be capitalised ("May 5", not "may"); a Spanish one need not. */
  boolean isMonthToken(Tok x) {
    if (!x.isWord()) return false;
    if (english && x.capitalised() && EN_MONTHS.contains(x.lower())) return true;
    return spanish && ES_MONTHS.contains(x.lower());
  }

  /** Whether only white space stands between the start of its line and {@code offset}. */
  boolean atLineStart(int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '\r') return true;
      if (!Character.isWhitespace(ch)) return false;
    }
    return true;
  }

  boolean isNumberWord(String w) {
    return EN_SMALL.containsKey(w)
        || EN_MULT.containsKey(w)
        || EN_SCALE.containsKey(w)
        || (spanish && (ES_SMALL.containsKey(w) || ES_SCALE.containsKey(w)));
  }

  static boolean isStopAnyLang(String w) {
    return StopWords.english(w) || StopWords.spanish(w);
  }
}
