package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.facts.QuantityValue;
import crosscheck.facts.TimeValue;
import java.util.ArrayList;
import java.util.List;

/** Builds claims over sentences written for the tests, with offsets found in the sentence. */
final class ClaimFixture {
  private final String doc;
  private final String sentence;
  private int index;
  private int start;
  private String trigger = "sign";
  private String category;
  private List<String> actors = List.of();
  private TimeValue eventTime;
  private TimeValue reportTime;
  private final List<QuantityValue> quantities = new ArrayList<>();
  private boolean negated;
  private boolean hedged;
  private String outlet;

  private ClaimFixture(String doc, String sentence) {
    this.doc = doc;
    this.sentence = sentence;
    this.outlet = "Outlet " + doc;
  }

  static ClaimFixture claim(String doc, String sentence) {
    return new ClaimFixture(doc, sentence);
  }

  /** The sentence is the {@code index}-th of its document and starts at {@code start}. */
  ClaimFixture at(int index, int start) {
    this.index = index;
    this.start = start;
    return this;
  }

  ClaimFixture trigger(String lemma) {
    this.trigger = lemma;
    return this;
  }

  ClaimFixture category(String category) {
    this.category = category;
    return this;
  }

  ClaimFixture actors(String... keys) {
    this.actors = List.of(keys);
    return this;
  }

  ClaimFixture date(String words, String value) {
    return date(words, value, null);
  }

  ClaimFixture date(String words, String value, String mod) {
    this.eventTime = time(words, value, mod);
    return this;
  }

  ClaimFixture reported(String words, String value) {
    this.reportTime = time(words, value, null);
    return this;
  }

  ClaimFixture quantity(String words, double value, String qualifier, String counted) {
    return quantity(words, value, qualifier, counted, null, null);
  }

  ClaimFixture quantity(
      String words, double value, String qualifier, String counted, String modifier, String unit) {
    int at = offsetOf(words);
    quantities.add(
        new QuantityValue(
            at,
            at + words.length(),
            words,
            value,
            null,
            unit,
            qualifier,
            counted,
            modifier,
            null,
            0));
    return this;
  }

  ClaimFixture hedged() {
    this.hedged = true;
    return this;
  }

  ClaimFixture negated() {
    this.negated = true;
    return this;
  }

  ClaimFixture outlet(String outlet) {
    this.outlet = outlet;
    return this;
  }

  Claim toClaim() {
    return new Claim(
        doc,
        index,
        start,
        start + sentence.length(),
        trigger,
        category,
        actors,
        eventTime,
        reportTime,
        quantities,
        negated,
        hedged);
  }

  ClaimWithEvidence build() {
    return new ClaimWithEvidence(toClaim(), sentence, outlet);
  }

  private TimeValue time(String words, String value, String mod) {
    int at = offsetOf(words);
    return new TimeValue(at, at + words.length(), words, value, "DATE", mod, false, 0.9);
  }

  private int offsetOf(String words) {
    int local = sentence.indexOf(words);
    if (local < 0) throw new IllegalArgumentException(words + " not in: " + sentence);
    return start + local;
  }
}
