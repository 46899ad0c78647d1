package crosscheck.facts;

/**
 * One measured value in a kept sentence: a count, an amount, a share, a size, a duration or a date,
 * with what it measures and whose it is, so that the same measured thing can be found in another
 * outlet's words.
 *
 * @param doc the document id
 * @param language the sentence's language code ("en", "es")
 * @param sentenceStart offset of the sentence in the document text
 * @param sentenceEnd offset after the sentence (exclusive)
 * @param sentence the sentence's text, the evidence an editor reads
 * @param kind what sort of value it is, so that only values of one sort are compared: "count",
 *     "percent", "money:EUR" (one currency: the same sum in two currencies is never compared),
 *     "pesos", a unit's dimension ("length", "mass", "duration": a span of time in any calendar
 *     unit), or "date"
 * @param quantity the number as read (value, unit, qualifier, counted noun, rounding), or null for
 *     a date
 * @param time the date as read (ISO value at its precision), or null for a quantity
 * @param measured what is counted or measured, as written: the counted noun ("deaths", "muertes"),
 *     the noun a share is of ("vote" in "56% of the vote"), or null when the text names none
 * @param whole the group the counted things belong to, as written: "court" in "the full court of 9
 *     judges", "panel" in "a panel of five justices" or "a five-justice panel"; null when none
 * @param subject the key of the entity the value belongs to ({@link Actor#key()}): the actor
 *     nearest to the value in its clause, or null
 * @param when the date the sentence gives for what it reports (ISO at its precision), the nearest
 *     one to the value other than the value itself; null when it gives none
 * @param hedged the sentence does not vouch for the value ("could", "expected to", "podría")
 * @param former the text gives the value as a former one ("up from 12", "frente a los 12 de")
 * @param threshold the value is what had to be reached ("288 votes needed", "bastaba con 288"),
 *     another measured thing than what was reached
 * @param unreached a negation gives the value as a mark the figure stayed short of ("failed to even
 *     get 40%", "ni el 35 %"), not as the figure
 * @param planned the words beside the value give it as a plan or forecast ("eight are expected to
 *     be freed"), not as what happened
 */
public record Measurement(
    String doc,
    String language,
    int sentenceStart,
    int sentenceEnd,
    String sentence,
    String kind,
    QuantityValue quantity,
    TimeValue time,
    String measured,
    String whole,
    String subject,
    String when,
    boolean hedged,
    boolean former,
    boolean threshold,
    boolean unreached,
    boolean planned) {

  public int start() {
    return quantity != null ? quantity.start() : time.start();
  }

  public int end() {
    return quantity != null ? quantity.end() : time.end();
  }

  public String text() {
    return quantity != null ? quantity.text() : time.text();
  }
}
