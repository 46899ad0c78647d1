package crosscheck.conflicts;

import crosscheck.facts.Actor;
import crosscheck.facts.Actors;
import crosscheck.facts.CompoundDurations;
import crosscheck.facts.DurationCues;
import crosscheck.facts.MeasurementAges;
import crosscheck.facts.MoneyNouns;
import crosscheck.facts.ProgressShares;
import crosscheck.facts.Quantities;
import crosscheck.facts.QuantityValue;
import crosscheck.facts.TimeExpressions;
import crosscheck.facts.TimeValue;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Edit;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import crosscheck.model.Span;
import crosscheck.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values changed inside one reused passage (plain Java). A copied or translated passage states one
 * fact once, so an amount or date that differs between its two sides is a conflict at once, with no
 * need to find the event through claims: the alignment says which number stands for which.
 *
 * <ul>
 *   <li>Copies (verbatim, near-verbatim): a value on side a pairs with the value on side b in the
 *       same slot, the words next to it the same on both sides, in reading order; the aligner must
 *       have recorded an edit there.
 *   <li>Paraphrases and translations: only when the pairing is unambiguous: as many values of the
 *       kind on both sides, in the same order, each pair of one kind (same counted noun or unit
 *       dimension; across languages, the same unit dimension and both counting something or not).
 * </ul>
 *
 * A pair is a conflict only when the two amounts cannot be the same true amount ({@link
 * Quantities#compatible}: rounding, "about", a Spanish 1.250, two currencies are allowed) or the
 * two dates cannot be the same day ({@link ValueCompatibility#datesCompatible}).
 */
public final class ReusedValueConflicts {

  /** A value changed in a copy: the words around it vouch that it states the same fact. */
  static final double COPY_CONFIDENCE = 0.9;

  /** A value changed in a paraphrase or translation, paired by order only. */
  static final double REWORDED_CONFIDENCE = 0.7;

  /** Words each side of a value compared to find its slot in the other copy. */
  private static final int SLOT_WORDS = 2;

  /** Of the {@code 2 * SLOT_WORDS} neighbouring words, how many must be equal for one slot. */
  private static final int SLOT_MATCHES = 2;

  /** Words before and after a value that name the topic of its conflict. */
  private static final int TOPIC_WORDS = 4;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern DIGITS = Pattern.compile("\\D+");
  private static final Pattern RAW_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,/_:-])\\p{N}++(?:[.,]\\p{N}++)*+(?![\\p{L}\\p{N}/_-]|[.,:]\\p{N})");

  /** The attribute of a changed figure that is neither an amount nor a date. */
  static final String NUMBER = "number";

  private ReusedValueConflicts() {}

  /**
   * The text around one side of a reused passage.
   *
   * @param finding the reuse finding's id
   * @param side "a" or "b"
   * @param offset where {@code text} starts in the document
   * @param text the document's text over the sentences the passage touches
   * @param language the passage's language ("en", "es" or "und")
   * @param sentences those sentences, offsets into the document
   */
  public record SideText(
      String finding,
      String side,
      String doc,
      int offset,
      String text,
      String language,
      List<Span> sentences,
      boolean pointDecimal) {}

  /** An amount or date on one side, offsets into the document. */
  private record Value(
      String kind, int start, int end, String text, String value, QuantityValue q, TimeValue t) {}

  /** The conflicts one reuse finding shows: one per pair of values that differ. */
  public static List<ConflictFinding> find(ReuseFinding f, SideText a, SideText b) {
    List<ConflictFinding> out = new ArrayList<>();
    if (f.kind().equals("verbatim")) return out;
    boolean copy = f.kind().equals("near_verbatim");
    boolean sameLanguage = !f.kind().equals("translation");
    List<String> kinds =
        copy
            ? List.of(AttributeNames.QUANTITY, AttributeNames.DATE, NUMBER)
            : List.of(AttributeNames.QUANTITY, AttributeNames.DATE);
    if (!copy && periodsDiffer(f, a, b, sameLanguage)) return out;
    for (String kind : kinds) {
      List<Value> va = values(f.a(), a, kind);
      List<Value> vb = values(f.b(), b, kind);
      if (va.isEmpty() || vb.isEmpty()) continue;
      List<int[]> pairs =
          copy ? bySlot(va, a, vb, b, f.edits()) : byOrder(va, a, vb, b, sameLanguage);
      for (int[] p : pairs) {
        Value x = va.get(p[0]);
        Value y = vb.get(p[1]);
        if (!differ(x, y, copy)) continue;
        out.add(conflict(f, copy, x, a, y, b));
      }
    }
    // people's names are read only where a value differs: most passages change none
    return out.isEmpty() || !otherPeople(a, b) ? out : List.of();
  }

  /**
   * Whether the sentences of the two sides of a reused passage name people and none of them the
   * same ("Ana Ruiz got seven years", "Luis Gil got ten years"): two people's like fates, not one
   * fact told twice.
   */
  static boolean otherPeople(SideText a, SideText b) {
    List<String> pa = people(a.text());
    List<String> pb = people(b.text());
    if (pa.isEmpty() || pb.isEmpty()) return false;
    for (String x : pa) for (String y : pb) if (MeasurementSubjects.same(x, y)) return false;
    return true;
  }

  private static List<String> people(String text) {
    if (text == null) return List.of();
    List<String> out = new ArrayList<>();
    for (Actor actor : Actors.find(text, 0, text.length()))
      if ("person".equals(actor.type())) out.add(actor.key());
    return out;
  }

  /**
   * Whether a reworded passage dates its two sides differently: then it tells of two periods (a
   * monthly figure and the next month's), and its amounts are no one fact.
   */
  private static boolean periodsDiffer(
      ReuseFinding f, SideText a, SideText b, boolean sameLanguage) {
    List<Value> da = values(f.a(), a, AttributeNames.DATE);
    List<Value> db = values(f.b(), b, AttributeNames.DATE);
    for (int[] p : byOrder(da, a, db, b, sameLanguage)) {
      if (differ(da.get(p[0]), db.get(p[1]), false)) return true;
    }
    return false;
  }

  /** The values of one kind whose first character lies in the passage, in reading order. */
  private static List<Value> values(PassageSide p, SideText s, String kind) {
    List<Value> out = new ArrayList<>();
    int from = p.start() - s.offset();
    int to = p.end() - s.offset();
    if (kind.equals(AttributeNames.QUANTITY)) {
      // "1 hour, 14 minutes" is one span, "over 70 minutes" another in its own unit: they compare
      // in time, as the measurements do
      for (QuantityValue found :
          CompoundDurations.join(
              s.text(),
              Quantities.find(s.text(), 0, s.text().length(), s.language(), s.pointDecimal()))) {
        QuantityValue q = CompoundDurations.withUnit(found);
        // "with 71% counted" on one side, "95% counted" on the other: two hours, not two facts;
        // "two years after the vote" is a distance between two moments and "una joven de 31
        // años" an age, no figure of the fact the passage tells
        if (q.start() >= from && q.start() < to && !noFigureOfTheFact(s, found)) {
          out.add(
              new Value(
                  kind,
                  q.start() + s.offset(),
                  q.end() + s.offset(),
                  q.text(),
                  ValueText.quantity(q),
                  q,
                  null));
        }
      }
    } else if (kind.equals(NUMBER)) {
      // Numbers neither an amount nor a date ("number 20", a title, a score): the same slot of a
      // copy still states one figure.
      List<int[]> taken = new ArrayList<>();
      Quantities.find(s.text(), 0, s.text().length(), s.language(), s.pointDecimal())
          .forEach(q -> taken.add(new int[] {q.start(), q.end()}));
      TimeExpressions.find(s.text(), s.language(), null)
          .forEach(t -> taken.add(new int[] {t.start(), t.end()}));
      Matcher m =
          RAW_NUMBER.matcher(s.text()).region(Math.max(0, from), Math.min(to, s.text().length()));
      while (m.find()) {
        boolean free = true;
        for (int[] t : taken) free &= m.end() <= t[0] || t[1] <= m.start();
        if (free) {
          out.add(
              new Value(
                  kind,
                  m.start() + s.offset(),
                  m.end() + s.offset(),
                  m.group(),
                  m.group(),
                  null,
                  null));
        }
      }
    } else {
      for (TimeValue t : TimeExpressions.find(s.text(), s.language(), null)) {
        // Without an anchor a relative date has no value; a year-less "4 January" keeps XXXX.
        if (!"DATE".equals(t.type()) || t.value() == null) continue;
        if (t.start() >= from && t.start() < to) {
          out.add(
              new Value(
                  kind,
                  t.start() + s.offset(),
                  t.end() + s.offset(),
                  t.text(),
                  ValueText.date(t.value(), t.mod()),
                  null,
                  t));
        }
      }
    }
    return out;
  }

  /** Whether a share of the side's text says how far a count had gone. */
  private static boolean noFigureOfTheFact(SideText s, QuantityValue q) {
    int start = 0;
    int end = s.text().length();
    for (Span sentence : s.sentences()) {
      int from = Math.max(0, sentence.start() - s.offset());
      int to = Math.min(s.text().length(), sentence.end() - s.offset());
      if (from <= q.start() && q.start() < to) {
        start = from;
        end = to;
        break;
      }
    }
    return ProgressShares.isProgress(s.text(), q, start, end, s.language())
        || DurationCues.isTimeOffset(s.text(), start, q, end)
        || MeasurementAges.isAge(s.text(), start, q, end);
  }

  /**
   * Pairs of a copy: in reading order, each value of a with the first best value of b after the
   * last pair whose neighbouring words agree, where the aligner recorded an edit between them.
   */
  private static List<int[]> bySlot(
      List<Value> va, SideText a, List<Value> vb, SideText b, List<Edit> edits) {
    List<int[]> pairs = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < va.size(); i++) {
      String[] ca = neighbours(a, va.get(i));
      int best = -1;
      int bestScore = SLOT_MATCHES - 1;
      for (int j = next; j < vb.size(); j++) {
        String[] cb = neighbours(b, vb.get(j));
        int score = 0;
        for (int k = 0; k < ca.length; k++) score += ca[k] != null && ca[k].equals(cb[k]) ? 1 : 0;
        if (score > bestScore) {
          best = j;
          bestScore = score;
        }
      }
      if (best < 0) continue;
      next = best + 1;
      if (!differ(va.get(i), vb.get(best), true) || edited(edits, va.get(i), vb.get(best))) {
        pairs.add(new int[] {i, best});
      }
    }
    return pairs;
  }

  /** Whether some word or number edit of the aligner changes x into y. */
  private static boolean edited(List<Edit> edits, Value x, Value y) {
    String dx = digits(x.text());
    String dy = digits(y.text());
    for (Edit e : edits) {
      if (e.op().equals("insert") || e.op().equals("delete")) continue;
      if (overlaps(digits(e.a()), dx) && overlaps(digits(e.b()), dy)) return true;
    }
    return false;
  }

  private static boolean overlaps(String edit, String value) {
    return !edit.isEmpty() && !value.isEmpty() && (edit.contains(value) || value.contains(edit));
  }

  private static String digits(String s) {
    return s == null ? "" : DIGITS.matcher(s).replaceAll("");
  }

  /**
   * Pairs of a paraphrase or translation: values that agree are paired first, in any order
   * ("reduced to 14 months from three years", "de tres años a 14 meses"), then the rest by order,
   * the i-th left with the i-th, only when both sides have as many and every such pair is of one
   * kind; otherwise none. Pairs that agree are left out: they change nothing.
   */
  private static List<int[]> byOrder(
      List<Value> va, SideText a, List<Value> vb, SideText b, boolean sameLanguage) {
    if (va.size() != vb.size()) return List.of();
    boolean[] usedA = new boolean[va.size()];
    boolean[] usedB = new boolean[vb.size()];
    for (int i = 0; i < va.size(); i++)
      for (int j = 0; j < vb.size(); j++)
        if (!usedB[j]
            && sameKind(va.get(i), vb.get(j), sameLanguage)
            && !differ(va.get(i), vb.get(j), false)) {
          usedA[i] = true;
          usedB[j] = true;
          break;
        }
    List<Integer> restA = new ArrayList<>();
    List<Integer> restB = new ArrayList<>();
    for (int i = 0; i < va.size(); i++) if (!usedA[i]) restA.add(i);
    for (int j = 0; j < vb.size(); j++) if (!usedB[j]) restB.add(j);
    // "tres de libertad" on one side, "tres años de libertad" on the other: one figure read as
    // two sorts, so the rest of the order is not to be trusted
    for (int i : restA)
      for (int j : restB)
        if (va.get(i).q() != null
            && vb.get(j).q() != null
            && va.get(i).q().value() == vb.get(j).q().value()) return List.of();
    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k < restA.size(); k++) {
      Value x = va.get(restA.get(k));
      Value y = vb.get(restB.get(k));
      if (!sameKind(x, y, sameLanguage)) return List.of();
      if (otherSums(x, a, y, b, sameLanguage)) return List.of();
      pairs.add(new int[] {restA.get(k), restB.get(k)});
    }
    return pairs;
  }

  /**
   * Two sums named by different words ("a $3,500 signing bonus", "an average annual pay of
   * $64,200"): a rewrite that states two amounts, not one amount changed.
   */
  private static boolean otherSums(Value x, SideText a, Value y, SideText b, boolean sameLanguage) {
    if (x.q() == null || y.q() == null) return false;
    if (!ValueCompatibility.isMoney(x.q().unit()) || !ValueCompatibility.isMoney(y.q().unit()))
      return false;
    String nx = MoneyNouns.of(a.text(), 0, x.q(), a.text().length());
    String ny = MoneyNouns.of(b.text(), 0, y.q(), b.text().length());
    // "una multa de 3.400 euros" and "a pagar 9.000 euros al demandante": a fine and damages,
    // one named and one not, in a rewording that kept the sentence's frame (in any language)
    if ((nx == null) != (ny == null)) return true;
    // two words of one language that differ ("fine", "damages") name two sums; across languages
    // the words differ anyway ("fine", "multa")
    return sameLanguage && nx != null && !nx.equals(ny);
  }

  private static boolean sameKind(Value x, Value y, boolean sameLanguage) {
    if (x.q() == null) return true;
    if (sameLanguage) return ValueCompatibility.comparable(x.q(), y.q());
    // Counted nouns are in two languages: compare what can be compared without a dictionary.
    return ValueCompatibility.sameDimension(x.q().unit(), y.q().unit())
        && (x.q().counted() == null) == (y.q().counted() == null);
  }

  /**
   * Whether two paired values cannot be the same amount or day. In a copy, an amount under the same
   * qualifier and unit ("more than 50" against "more than 40", "roughly 55%" against "roughly 45%")
   * differs when its stated figure changed beyond rounding, although both bounds could hold at
   * once: the copier changed the figure.
   */
  private static boolean differ(Value x, Value y, boolean copy) {
    if (x.q() != null) {
      QuantityValue p = x.q();
      QuantityValue q = y.q();
      if (!ValueCompatibility.sameDimension(p.unit(), q.unit())) return false;
      if (copy && p.qualifier().equals(q.qualifier()) && Objects.equals(p.unit(), q.unit())) {
        double rounding = Math.max(p.precision(), q.precision());
        return Math.abs(p.value() - q.value()) > rounding
            || Math.abs(upper(p) - upper(q)) > rounding;
      }
      return !ValueCompatibility.quantitiesCompatible(p, q);
    }
    if (x.t() != null) {
      // A weekday or other value without a calendar range cannot be compared.
      return !x.t().value().equals(y.t().value())
          && ValueCompatibility.dateRange(x.t().value(), x.t().mod()) != null
          && ValueCompatibility.dateRange(y.t().value(), y.t().mod()) != null
          && !ValueCompatibility.datesCompatible(x.t(), y.t());
    }
    return !x.value().equals(y.value());
  }

  private static double upper(QuantityValue q) {
    return q.upper() == null ? q.value() : q.upper();
  }

  private static ConflictFinding conflict(
      ReuseFinding f, boolean copy, Value x, SideText a, Value y, SideText b) {
    List<ConflictValue> values =
        List.of(
            new ConflictValue(x.value(), a.doc(), x.start(), x.end(), x.text(), sentence(a, x)),
            new ConflictValue(y.value(), b.doc(), y.start(), y.end(), y.text(), sentence(b, y)));
    String measure = null;
    if (x.q() != null) {
      measure =
          ConflictFinding.splitAttribute(AttributeNames.quantity(x.q(), new ArrayList<>()))[1];
    }
    String explanation =
        String.format(
            "a %s passage (%s) states %s in %s and %s in %s",
            f.kind().replace('_', '-'), f.id(), x.value(), a.doc(), y.value(), b.doc());
    return new ConflictFinding(
        "c-" + FindingIds.hashOf(values),
        topic(a, x),
        x.kind(),
        values,
        copy ? COPY_CONFIDENCE : REWORDED_CONFIDENCE,
        explanation,
        measure);
  }

  /** The words before and after the value in its sentence, the value itself left out: "… ". */
  private static String topic(SideText s, Value v) {
    Span sentence = sentenceOf(s, v);
    int from = Math.max(sentence.start(), s.offset()) - s.offset();
    int to = Math.min(sentence.end(), s.offset() + s.text().length()) - s.offset();
    List<String> before = words(s.text(), from, v.start() - s.offset());
    List<String> after = words(s.text(), v.end() - s.offset(), to);
    before = before.subList(Math.max(0, before.size() - TOPIC_WORDS), before.size());
    after = after.subList(0, Math.min(TOPIC_WORDS, after.size()));
    return (String.join(" ", before) + " … " + String.join(" ", after)).strip();
  }

  /** The folded words next to a value: {@code SLOT_WORDS} before (nearest first), then after. */
  private static String[] neighbours(SideText s, Value v) {
    String[] out = new String[2 * SLOT_WORDS];
    List<String> before = words(s.text(), 0, v.start() - s.offset());
    List<String> after = words(s.text(), v.end() - s.offset(), s.text().length());
    for (int k = 0; k < SLOT_WORDS; k++) {
      if (k < before.size()) out[k] = Folding.fold(before.get(before.size() - 1 - k));
      if (k < after.size()) out[SLOT_WORDS + k] = Folding.fold(after.get(k));
    }
    return out;
  }

  private static List<String> words(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    if (from >= to) return out;
    Matcher m = WORD.matcher(text).region(Math.max(0, from), Math.min(text.length(), to));
    while (m.find()) out.add(m.group());
    return out;
  }

  private static String sentence(SideText s, Value v) {
    Span sentence = sentenceOf(s, v);
    int from = Math.max(sentence.start(), s.offset()) - s.offset();
    int to = Math.min(sentence.end(), s.offset() + s.text().length()) - s.offset();
    return s.text().substring(from, to).strip();
  }

  /** The sentence holding a value; the whole text when the side has no sentences. */
  private static Span sentenceOf(SideText s, Value v) {
    for (Span sentence : s.sentences()) {
      if (sentence.start() <= v.start() && v.start() < sentence.end()) return sentence;
    }
    return new Span(s.offset(), s.offset() + s.text().length());
  }

  /**
   * The sides of reuse findings that lie in one document, each over the sentences it touches.
   *
   * @param spans the sides of findings in this document; null for none
   */
  public static List<SideText> sideTexts(SegmentedDocument d, List<ReuseSpan> spans) {
    List<SideText> out = new ArrayList<>();
    if (spans == null) return out;
    boolean pointDecimal = Quantities.pointDecimal(d.text());
    for (ReuseSpan span : spans) {
      List<Span> sentences = new ArrayList<>();
      String language = "und";
      int from = span.start();
      int to = span.end();
      for (Sentence s : d.sentences()) {
        if (s.start() < span.end() && span.start() < s.end()) {
          if (sentences.isEmpty()) language = s.language();
          sentences.add(new Span(s.start(), s.end()));
          from = Math.min(from, s.start());
          to = Math.max(to, s.end());
        }
      }
      to = Math.min(to, d.text().length());
      out.add(
          new SideText(
              span.finding(),
              span.side(),
              d.doc(),
              from,
              d.text().substring(from, to),
              language,
              sentences,
              pointDecimal));
    }
    return out;
  }
}
