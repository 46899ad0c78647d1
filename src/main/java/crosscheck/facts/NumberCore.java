package crosscheck.facts;

/**
 * A number read at a token by {@link NumberReader}, before its context is read: its tokens, its
 * value, and what the later steps need to know about how it was written.
 *
 * @param first the first token of the number
 * @param last the last token (a scale word included: "1.2 million")
 * @param value the value, scale applied; the lower bound of a vague plural ("hundreds of")
 * @param upper the upper bound of a vague plural or "several hundred", else null
 * @param precision half the last stated digit when the text rounds ("1.2 million"), else 0
 * @param halfDigit half the last written digit, whether or not the text rounds ("46" gives 0.5)
 * @param scale the scale word's factor, 1 without one
 * @param digits written in digits, not words
 * @param yearLike four bare digits from 1800 to 2100: a year unless the context says otherwise
 * @param ambiguousScale a short scale glued to the digits that may be a unit ("5m")
 * @param approxWord a word that states an approximate amount ("un centenar")
 * @param ofFollows an "of"/"de" after the number leads to its unit or counted noun
 * @param impliedUnit a unit the scale word implies ("mdd": millions of dollars), else null
 */
record NumberCore(
    int first,
    int last,
    double value,
    Double upper,
    double precision,
    double halfDigit,
    double scale,
    boolean digits,
    boolean yearLike,
    boolean ambiguousScale,
    boolean approxWord,
    boolean ofFollows,
    String impliedUnit) {}
