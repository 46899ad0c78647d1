package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.CLOCK_WORDS;
import static crosscheck.facts.QuantityLexicon.CURRENCY_CODES;
import static crosscheck.facts.QuantityLexicon.EN_ONE_DETERMINERS;
import static crosscheck.facts.QuantityLexicon.EN_ONE_IDIOMS;
import static crosscheck.facts.QuantityLexicon.ID_NOUNS;
import static crosscheck.facts.QuantityLexicon.YEAR_CONTEXT;

import crosscheck.facts.QuantityLexer.Tok;

/**
 * Drops numbers that are not amounts, once their context is read: years ("in 2021", "the 1990s"),
 * days of a date ("July 16"), clock times ("5 p.m.", "17:30"), ordinals ("7th", "7.º"), numbers
 * glued to letters or naming things ("A320", "COVID-19", "Article 51", "Cadena 3"), phone numbers
 * and codes, list markers at a line start ("1. Apprehensions"), bare dashed pairs ("2023-24"), and
 * "one" as a pronoun ("no one", "one of them").
 */
final class AmountExclusions {
  private final QuantityTokens t;
  private final int n;
  private final QualifierReader qualifiers;

  /**
   * A written number being judged.
   *
   * @param numIdx the index of its digit token {@code num}
   * @param pt the token before the digits, or null
   * @param afterNum the token right after the digits, or null
   * @param nt the token after the number and its scale word, or null
   * @param countedPlural a plural counted noun follows, not through a hyphen
   * @param first the first token of the quantity (a currency or "between" included)
   * @param money a currency or a unit goes with the number
   * @param span the counted noun is a span of time ("para Ruiz 7 años": a term, no name's number)
   */
  private record Digits(
      NumberCore c,
      int numIdx,
      Tok num,
      Tok pt,
      Tok afterNum,
      Tok nt,
      boolean hasUnit,
      boolean countedPlural,
      int first,
      int floor,
      boolean money,
      boolean span) {}

  AmountExclusions(QuantityTokens tokens, QualifierReader qualifiers) {
    this.t = tokens;
    this.n = tokens.n;
    this.qualifiers = qualifiers;
  }

  /** Where to go on when the draft is no amount, else null. */
  Quantities.Match check(QuantityDraft d) {
    NumberCore c = d.core;
    int next = d.last + 1;
    int numIdx = c.first();
    Tok pt = numIdx - 1 >= 0 ? t.get(numIdx - 1) : null;
    boolean hasUnit = d.unit != null;
    if (c.digits()) {
      Digits a =
          new Digits(
              c,
              numIdx,
              t.get(numIdx),
              pt,
              numIdx + 1 < n ? t.get(numIdx + 1) : null,
              c.last() + 1 < n ? t.get(c.last() + 1) : null,
              hasUnit,
              d.counted != null && d.countedPlural && !d.hyphenModifier,
              d.first,
              d.floor,
              d.currencyBefore || hasUnit,
              CompoundDurations.isDurationNoun(d.counted));
      String reason = digitExclusion(a);
      if (reason != null) {
        int skip = next;
        if (reason.equals("id")
            && skip + 1 < n
            && t.get(c.last() + 1).is("of")
            && t.get(c.last() + 2).isNumber()) {
          skip = c.last() + 3; // "page 3 of 10"
        }
        return Quantities.Match.skipTo(Math.max(skip, c.last() + 1));
      }
    } else if (wordExclusion(c, pt, hasUnit, d.counted)) {
      return Quantities.Match.skipTo(c.last() + 1);
    }
    if (d.hyphenRange && !hasUnit && d.counted == null) {
      return Quantities.Match.skipTo(next); // "2023-24", "4-3": no amount in sight
    }
    return null;
  }

  /** Why a written number is not an amount (date, time, id...), or null when it is one. */
  private String digitExclusion(Digits a) {
    String reason = glued(a);
    if (reason == null) reason = codeOrPhone(a);
    if (reason == null) reason = clockTime(a);
    if (reason == null) reason = dayOfMonth(a);
    if (reason == null) reason = year(a);
    if (reason == null) reason = listMarker(a);
    if (reason == null) reason = nameOrIndex(a);
    return reason;
  }

  /** Glued to letters or id punctuation: "A320", "COVID-19", "+44", "#5", "17:30", "7º", "4G". */
  private String glued(Digits a) {
    Tok pt = a.pt();
    Tok num = a.num();
    Tok afterNum = a.afterNum();
    int numIdx = a.numIdx();
    if (pt != null && pt.end() == num.start()) {
      if (pt.isWord() && !CURRENCY_CODES.contains(pt.text())) return "id";
      if ("/_#@=:+.".contains(pt.text())) return "id";
      if (pt.is("-")
          && numIdx >= 2
          && t.get(numIdx - 2).end() == pt.start()
          && (t.get(numIdx - 2).isWord() || t.get(numIdx - 2).isNumber())) {
        return "id";
      }
    }
    if (afterNum != null && afterNum.start() == num.end()) {
      if (afterNum.is(":") || afterNum.is("/")) return "time-or-date";
      if ((afterNum.is("'") || afterNum.is("’")) && numIdx + 2 < n && t.get(numIdx + 2).is("s")) {
        return "decade";
      }
      if (afterNum.isWord() && a.c().last() == numIdx && !a.hasUnit()) return "glued-suffix";
      if (afterNum.is("-")
          && numIdx + 2 < n
          && t.get(numIdx + 2).isNumber()
          && t.get(numIdx + 2).start() == afterNum.end()
          && numIdx + 4 < n
          && t.get(numIdx + 3).is("-")
          && t.get(numIdx + 3).start() == t.get(numIdx + 2).end()) {
        return "date"; // 2023-07-16
      }
      if (afterNum.is("º") || afterNum.is("ª") || afterNum.is("°") && !a.hasUnit()) {
        return "ordinal";
      }
      if (afterNum.is(".")
          && numIdx + 2 < n
          && (t.get(numIdx + 2).is("º") || t.get(numIdx + 2).is("ª"))) {
        return "ordinal";
      }
    }
    if (afterNum != null
        && afterNum.isWord()
        && afterNum.start() == num.end()
        && !a.hasUnit()
        && a.c().last() == numIdx) {
      return "glued-suffix";
    }
    return null;
  }

  /** Codes and phone numbers: a leading zero ("020", "007"; "0.5" is a number), spaced groups. */
  private String codeOrPhone(Digits a) {
    String raw = a.num().text();
    if (raw.length() > 1 && raw.charAt(0) == '0' && QuantityLexer.isDigit(raw.charAt(1))) {
      return "id";
    }
    if (a.pt() != null && a.pt().isNumber() && t.spaceOnlyBetween(a.pt(), a.num())) return "id";
    if (a.nt() != null
        && a.nt().isNumber()
        && a.c().last() == a.numIdx()
        && t.spaceOnlyBetween(a.num(), a.nt())) {
      return "id";
    }
    return null;
  }

  /** Clock times: "5 p.m.", "5pm", "17 h", "a las 5". */
  private String clockTime(Digits a) {
    Tok afterNum = a.afterNum();
    Tok pt = a.pt();
    int numIdx = a.numIdx();
    if (afterNum != null && a.c().last() == numIdx) {
      if (CLOCK_WORDS.contains(afterNum.lower())) return "time";
      if ((afterNum.is("a") || afterNum.is("p"))
          && numIdx + 3 < n
          && t.get(numIdx + 2).is(".")
          && t.get(numIdx + 3).is("m")) {
        return "time";
      }
    }
    if (pt != null
        && (pt.is("las") || pt.is("la"))
        && numIdx >= 2
        && t.get(numIdx - 2).is("a")
        && t.spanish) {
      return "time";
    }
    return null;
  }

  /** Days of a date: "July 16", "16 July", "16 de julio", "Sept. 5". */
  private String dayOfMonth(Digits a) {
    NumberCore c = a.c();
    if (c.value() > 31 || c.scale() != 1 || a.hasUnit()) return null;
    Tok pt = a.pt();
    Tok afterNum = a.afterNum();
    int numIdx = a.numIdx();
    if (pt != null && t.isMonthToken(pt)) return "date";
    if (pt != null && pt.is(".") && numIdx >= 2 && t.isMonthToken(t.get(numIdx - 2))) {
      return "date";
    }
    if (afterNum != null && t.isMonthToken(afterNum)) return "date";
    if (afterNum != null
        && (afterNum.is("de") || afterNum.is("of"))
        && numIdx + 2 < n
        && t.isMonthToken(t.get(numIdx + 2))) {
      return "date";
    }
    return null;
  }

  /**
   * Years: "in 2021", "the 2010 memorandum", "July 2023". News writes counts with a separator
   * ("2,000"): a bare 1800-2100 is a year unless a qualifier says otherwise ("some 2000 people").
   */
  private String year(Digits a) {
    if (!a.c().yearLike() || a.money() || a.hasUnit()) return null;
    int numIdx = a.numIdx();
    String before = numIdx - 1 >= 0 ? t.get(numIdx - 1).lower() : "";
    boolean yearContext =
        YEAR_CONTEXT.contains(before)
            || (numIdx - 1 >= 0 && t.isMonthToken(t.get(numIdx - 1)))
            || before.equals(",");
    if (!a.countedPlural() || yearContext || qualifiers.before(numIdx - 1, a.floor()) == null) {
      return "year";
    }
    return null;
  }

  /** List markers at a line start: "1. Apprehensions", "2) Costs", and ranked lines. */
  private String listMarker(Digits a) {
    Tok num = a.num();
    Tok afterNum = a.afterNum();
    if (a.first() != a.numIdx() || !t.atLineStart(num.start())) return null;
    if (afterNum != null
        && (afterNum.is(".") || afterNum.is(")"))
        && afterNum.start() == num.end()) {
      return "list";
    }
    // ranked lists: "14 Sebastien Grosjean (France)" on its own line
    if (!a.hasUnit() && !a.countedPlural()) return "list";
    return null;
  }

  /** Names and indexes: "Article 51", "page 3", "No. 5", "Cadena 3", "Halo 2". */
  private String nameOrIndex(Digits a) {
    int numIdx = a.numIdx();
    if (a.first() != numIdx && a.first() != a.c().first()) return null;
    Tok pt = a.pt();
    Tok num = a.num();
    Tok afterNum = a.afterNum();
    if (pt != null && pt.isWord() && ID_NOUNS.contains(pt.lower())) return "id";
    if (pt != null && pt.is(".") && numIdx >= 2 && ID_NOUNS.contains(t.get(numIdx - 2).lower())) {
      return "id";
    }
    if (pt != null
        && pt.capitalised()
        && !a.money()
        && !a.span()
        && numIdx - 1 >= a.floor()
        && (!a.countedPlural()
            || pt.end() + 1 == num.start()
                && !t.atLineStart(pt.start())
                && afterNum != null
                && afterNum.capitalised() == false
                && t.isTitleWord(pt))
        && !QuantityTokens.isStopAnyLang(pt.lower())
        && !t.isMonthToken(pt)
        && !t.isNumberWord(pt.lower())
        && qualifiers.before(numIdx - 1, a.floor()) == null) {
      return "id";
    }
    return null;
  }

  /** Word numbers that are no count: "League Two", "Formula One", "one of", "the one", "no one". */
  private boolean wordExclusion(NumberCore c, Tok pt, boolean hasUnit, String counted) {
    if (pt != null && pt.isWord() && ID_NOUNS.contains(pt.lower()) && !hasUnit) return true;
    // "League Two", "Formula One", "Channel Four": a capitalised number inside a name
    if (pt != null
        && pt.capitalised()
        && t.get(c.first()).capitalised()
        && !QuantityTokens.isStopAnyLang(pt.lower())
        && !hasUnit
        && (counted == null || pt.end() + 1 == t.get(c.first()).start())
        && qualifiers.before(c.first() - 1, 0) == null) {
      return true;
    }
    if (c.first() != c.last() || hasUnit) return false;
    String w = t.get(c.first()).lower();
    if (!w.equals("one")) return false;
    Tok nt = c.last() + 1 < n ? t.get(c.last() + 1) : null;
    if (nt != null && EN_ONE_IDIOMS.contains(nt.lower())) return true;
    if (nt != null && nt.is("-")) return false;
    if (pt != null && EN_ONE_DETERMINERS.contains(pt.lower())) return true;
    return counted == null;
  }
}
