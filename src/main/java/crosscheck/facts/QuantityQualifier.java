package crosscheck.facts;

/** How a stated number bounds the true amount. */
public enum QuantityQualifier {
  /** "3,200": the amount as stated. */
  EXACT,
  /** "some 300", "about 30", "nearly 50", "unos 300": within a tolerance around the value. */
  APPROX,
  /** "at least six", "al menos seis": the value or more. */
  AT_LEAST,
  /** "at most 5", "no more than 5": the value or less. */
  AT_MOST,
  /** "up to 51", "as many as 51", "hasta 51": the value or less. */
  UP_TO,
  /** "more than 40", "over 40", "más de 40". */
  MORE_THAN,
  /** "fewer than 40", "under 40", "menos de 40". */
  LESS_THAN,
  /** "between 20 and 30", "20-30", "hundreds of": value to upper. */
  RANGE
}
