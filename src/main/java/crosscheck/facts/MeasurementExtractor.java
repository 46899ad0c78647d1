package crosscheck.facts;

import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import crosscheck.text.Folding;
import crosscheck.text.WireDateline;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every number, amount, share, size, duration and date of a document's kept sentences as a {@link
 * Measurement}: the value as {@link Quantities} and {@link TimeExpressions} read it, what it
 * measures, whose it is ({@link MeasurementOwners}), and whether the text vouches for it.
 */
public final class MeasurementExtractor {
  private static final List<String> FORMER = WordLists.list("facts/measurement-former-cues.txt");
  private static final Set<String> DISTAL = WordLists.set("facts/measurement-distal-openers.txt");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\]—–]");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-[1-7]");

  private MeasurementExtractor() {}

  /** The measurements of a document's kept sentences, read against its anchor date (or null). */
  public static List<Measurement> extract(SegmentedDocument d, String anchorDate) {
    List<Measurement> out = new ArrayList<>();
    List<List<Actor>> actors = Actors.inDocument(d.text(), d.sentences());
    boolean pointDecimal = Quantities.pointDecimal(d.text());
    Actor protagonist = Protagonists.of(actors);
    java.util.Set<String> roles = Protagonists.titles(d.text(), actors, protagonist);
    for (Sentence s : d.sentences()) {
      if (!s.kept()) continue;
      String lang = s.language() == null ? "und" : s.language();
      List<Actor> before = s.index() > 0 ? actors.get(s.index() - 1) : List.of();
      List<Actor> named = new ArrayList<>(actors.get(s.index()));
      named.addAll(Protagonists.roleMentions(d.text(), s.start(), s.end(), roles, protagonist));
      named.sort(java.util.Comparator.comparingInt(Actor::start));
      List<Actor> owners =
          MeasurementOwners.withPronouns(d.text(), s.start(), s.end(), named, before);
      // "Gil voted to acquit the former president on Wednesday": a role is as often the object
      // of the deed a date dates as its doer, so dates keep to names and pronouns
      List<Actor> dateOwners =
          MeasurementOwners.withPronouns(
              d.text(), s.start(), s.end(), actors.get(s.index()), before);
      out.addAll(
          inSentence(d.doc(), d.text(), s, lang, anchorDate, owners, dateOwners, pointDecimal));
    }
    return out;
  }

  /** The actors that may be people: full names and bare capitalised names. */
  private static List<Actor> people(List<Actor> actors) {
    return actors.stream()
        .filter(a -> a.type().equals("person") || a.type().equals("name"))
        .toList();
  }

  static List<Measurement> inSentence(
      String doc,
      String text,
      Sentence s,
      String lang,
      String anchor,
      List<Actor> actors,
      List<Actor> dateActors,
      boolean pointDecimal) {
    List<Measurement> out = new ArrayList<>();
    String sentence = text.substring(s.start(), s.end());
    // "that year's", "aquel año": another thing; "by halftime": a figure before the final one
    boolean earlierThing =
        opensWithDistalDemonstrative(sentence) || MeasurementCues.running(text, s.start(), s.end());
    List<TimeValue> times = new ArrayList<>();
    // "Lima, May 4 (ANI):" dates the filing, not what the story reports
    int body = s.start() + WireDateline.end(sentence);
    for (TimeValue t : TimeExpressions.find(text, body, s.end(), lang, anchor)) {
      // A weekday without a date to resolve it against ("on Wednesday", XXXX-WXX-3) still
      // disagrees with another outlet's "on Thursday" for the same vote.
      if ("DATE".equals(t.type())
          && t.value() != null
          && (DateValues.isCalendarDate(t.value()) || isWeekday(t.value()))) times.add(t);
    }
    boolean hedged = MeasurementCues.hedged(text, s.start(), s.end(), times);
    List<MatchMinutes.Minute> minutes = MatchMinutes.find(text, s.start(), s.end());
    List<QuantityValue> found = new ArrayList<>();
    for (QuantityValue q : Quantities.find(text, s.start(), s.end(), lang, pointDecimal))
      // else a year, a day, or "a los 85 minutos": a minute of a match, not a span
      if (!overlapsAny(q.start(), q.end(), times) && !inMinute(q, minutes)) found.add(q);
    List<QuantityValue> quantities = CompoundDurations.join(text, found);
    List<QuantityValue> valued =
        quantities.stream()
            .map(CompoundDurations::withUnit)
            .map(q -> PointMargins.inPoints(text, s.start(), s.end(), q))
            .toList();
    List<String> respective =
        MeasurementOwners.respectively(sentence, s.start(), quantities, actors);
    String[] measuredOf = new String[quantities.size()];
    String[] requesterOf = new String[quantities.size()];
    List<String> kinds = valued.stream().map(MeasurementExtractor::kind).toList();
    for (int i = 0; i < quantities.size(); i++) {
      QuantityValue q = quantities.get(i);
      QuantityValue v = valued.get(i);
      if (DurationCues.isTimeOffset(text, s.start(), q, s.end())) continue;
      String measured =
          q.counted() != null ? q.counted() : MeasuredNouns.shareOf(text, q, s.end(), lang);
      // "over 60 arrested", "12 people were injured": what befell them is what is counted
      if ("count".equals(kinds.get(i)))
        measured = OutcomeCounts.measured(text, q.end(), s.end(), measured);
      // "el 36,4% de Gil": a person's share, not a share of something
      if (measured != null && MeasuredNouns.namesPerson(text, measured, q.end(), actors))
        measured = null;
      // "two members of a seven-judge court", "dos integrantes de los siete magistrados"
      if (measured == null || MeasuredNouns.isGroupMember(measured)) {
        String partitive = MeasuredNouns.partitiveNoun(text, q.end(), s.end());
        if (partitive != null) measured = partitive;
      }
      // "tras el conteo del 71% de los votos": the progress noun marks the share
      String progressNoun =
          "percent".equals(q.unit()) ? ProgressShares.nounBefore(text, s.start(), q.start()) : null;
      if (progressNoun != null) measured = (measured == null ? "" : measured + " ") + progressNoun;
      // "turnout was estimated between 64% and 68%": the rate before a bare share
      if (measured == null && "percent".equals(q.unit()))
        measured = RateNouns.before(text, s.start(), q.start());
      if (measured == null && QuantityLexicon.isCurrency(v.unit()))
        measured = MoneyNouns.of(text, s.start(), q, s.end());
      // "a €1.8 billion fine ($1.9 billion)": a sum converted in brackets is the sum before it
      if (measured == null
          && i > 0
          && QuantityLexicon.isCurrency(v.unit())
          && QuantityLexicon.isCurrency(valued.get(i - 1).unit())
          && MoneyNouns.converts(text, quantities.get(i - 1), q)) measured = measuredOf[i - 1];
      // "won 212 seats, while the Coastal Party won 91": a bare count of a named owner counts
      // what the count before did ("41 in the capital and 23 in the north" are parts)
      if (measured == null
          && q.counted() == null
          && "count".equals(kinds.get(i))
          && MeasurementOwners.isActor(
              MeasurementOwners.owner(
                  text, q.start(), q.end(), actors, spansOfKind(valued, "count"))))
        measured = CountedNouns.elided(kinds, measuredOf, i);
      // "57% of the votes against 43% for Gil": both shares of one thing, the second Gil's
      int compared = ContrastOwners.compared(text, quantities, valued, i);
      if (compared >= 0 && measuredOf[compared] != null) measured = measuredOf[compared];
      String contrastOwner =
          compared >= 0
              ? ContrastOwners.after(text, q.end(), nextStart(quantities, i, s.end()), actors)
              : null;
      measuredOf[i] = measured;
      if (MeasurementAges.isAge(text, s.start(), q, s.end())) measured = MeasurementAges.AGE;
      String agedPerson =
          MeasurementAges.AGE.equals(measured)
              ? MeasurementAges.personAfter(text, q, s.end(), people(actors))
              : null;
      // what a party of a trial asked for is that party's ("the defence asked for one year")
      String requester =
          MeasurementCues.requested(text, s.start(), q.start(), q.end(), s.end())
              ? RequestParties.before(text, s.start(), q.start())
              : RequestParties.joined(text, quantities, requesterOf, i);
      requesterOf[i] = requester;
      out.add(
          new Measurement(
              doc,
              lang,
              s.start(),
              s.end(),
              sentence,
              kind(v),
              v,
              null,
              measured,
              MeasuredNouns.whole(text, s.start(), q, s.end()),
              respective != null && respective.get(i) != null
                  ? respective.get(i)
                  : requester != null
                      ? requester
                      : contrastOwner != null
                          ? contrastOwner
                          : agedPerson != null
                              ? agedPerson
                              : MeasurementOwners.owner(
                                  text,
                                  q.start(),
                                  q.end(),
                                  // "del Senado, el abogado Luis Gil, de 41 años": an age is a
                                  // person's
                                  MeasurementAges.AGE.equals(measured) ? people(actors) : actors,
                                  spansOfKind(valued, kind(v))),
              nearestDate(text, s.start(), times, q.start(), q.end()),
              hedged,
              earlierThing
                  || former(text, s.start(), q.start())
                  || ChangedFigures.replaced(text, s.start(), valued, kinds, i)
                  || DurationCues.soFar(text, s.start(), q, s.end())
                  || MeasurementCues.earlierYear(
                      text, s.start(), q.start(), q.end(), s.end(), anchor),
              MeasurementCues.threshold(text, s.start(), q.start(), q.end(), s.end()),
              MeasurementCues.unreached(text, s.start(), q.start()),
              MeasurementCues.planned(text, s.start(), q.start(), q.end(), s.end())
                  || (MeasurementCues.possible(text, s.start(), q.start(), q.end(), s.end())
                      && !isMaximum(v))));
    }
    for (MatchMinutes.Minute minute : minutes) {
      QuantityValue q =
          new QuantityValue(
              minute.start(),
              minute.end(),
              minute.text(),
              minute.minute(),
              null,
              MatchMinutes.UNIT,
              "EXACT",
              null);
      out.add(
          new Measurement(
              doc,
              lang,
              s.start(),
              s.end(),
              sentence,
              kind(q),
              q,
              null,
              minute.event(),
              null,
              MeasurementOwners.owner(text, minute.start(), minute.end(), actors),
              nearestDate(text, s.start(), times, minute.start(), minute.end()),
              hedged,
              earlierThing,
              false,
              false,
              MeasurementCues.planned(text, s.start(), minute.start(), minute.end(), s.end())));
    }
    for (TimeValue t : times) {
      // A day without its year ("4 de mayo", in a document no date anchors) is a value of its
      // own too: the matcher compares it only with dates of the same deed (conflicts.DatedDeeds)
      // or with the same words beside it.
      out.add(
          new Measurement(
              doc,
              lang,
              s.start(),
              s.end(),
              sentence,
              "date",
              null,
              t,
              null,
              null,
              MeasurementOwners.dateOwner(text, s.start(), t.start(), t.end(), dateActors),
              nearestDate(text, s.start(), times, t.start(), t.end()),
              hedged,
              earlierThing || former(text, s.start(), t.start()),
              false,
              false,
              MeasurementCues.planned(text, s.start(), t.start(), t.end(), s.end())));
    }
    return out;
  }

  private static int nextStart(List<QuantityValue> quantities, int i, int sentenceEnd) {
    return i + 1 < quantities.size() ? quantities.get(i + 1).start() : sentenceEnd;
  }

  private static boolean isMaximum(QuantityValue q) {
    return q.qualifierKind() == QuantityQualifier.UP_TO
        || q.qualifierKind() == QuantityQualifier.AT_MOST;
  }

  private static List<int[]> spansOfKind(List<QuantityValue> quantities, String kind) {
    List<int[]> out = new ArrayList<>();
    for (QuantityValue q : quantities)
      if (kind(q).equals(kind)) out.add(new int[] {q.start(), q.end()});
    return out;
  }

  /** The sort of a quantity: count, percent, one currency, or its unit's dimension. */
  static String kind(QuantityValue q) {
    String unit = q.unit();
    if (unit == null) return "count";
    if (QuantityLexicon.isCurrency(unit)) return unit.equals("pesos") ? "pesos" : "money:" + unit;
    QuantityLexicon.Dimension d = QuantityLexicon.DIMENSIONS.get(unit);
    return d != null ? d.name() : "unit:" + unit;
  }

  /**
   * The date that scopes a value: one that opens the sentence ("In the first round of May 4, ...")
   * or stands in the value's own clause, no clause mark between them and a few words away; the
   * nearest such, or null. A date in another clause ("..., more than last year's total") tells of
   * something else.
   */
  static String nearestDate(
      String text, int sentenceStart, List<TimeValue> times, int start, int end) {
    TimeValue best = null;
    int bestGap = Integer.MAX_VALUE;
    for (TimeValue t : times) {
      if ((t.start() < end && start < t.end()) || isWeekday(t.value())) continue;
      String between =
          t.end() <= start ? text.substring(t.end(), start) : text.substring(end, t.start());
      boolean opening =
          t.end() <= start && words(text.substring(sentenceStart, t.start())).size() <= 6;
      boolean sameClause = !CLAUSE_MARK.matcher(between).find() && words(between).size() <= 8;
      if (!opening && !sameClause) continue;
      if (between.length() < bestGap) {
        bestGap = between.length();
        best = t;
      }
    }
    return best == null ? null : best.value();
  }

  /** A weekday that no anchor resolved: TimeML's XXXX-WXX-1 (Monday) to XXXX-WXX-7. */
  public static boolean isWeekday(String value) {
    return value != null && WEEKDAY.matcher(value).matches();
  }

  private static boolean inMinute(QuantityValue q, List<MatchMinutes.Minute> minutes) {
    for (MatchMinutes.Minute m : minutes)
      if (q.start() < m.end() && m.start() < q.end()) return true;
    return false;
  }

  private static boolean overlapsAny(int start, int end, List<TimeValue> times) {
    for (TimeValue t : times) if (start < t.end() && t.start() < end) return true;
    return false;
  }

  /**
   * Whether a sentence opens with a distal demonstrative and a noun ("That outbreak killed about
   * 200", "Aquel brote"): it tells of something named before, not of the story's own event.
   */
  static boolean opensWithDistalDemonstrative(String sentence) {
    List<String> first = words(Folding.fold(sentence));
    return first.size() > 2
        && DISTAL.contains(first.get(0).toLowerCase(java.util.Locale.ROOT))
        // "That gives her a lead of 18 points": a pronoun for what was just said
        && !PRONOUN_VERBS.contains(first.get(1).toLowerCase(java.util.Locale.ROOT));
  }

  private static final Set<String> PRONOUN_VERBS =
      WordLists.set("facts/measurement-distal-pronoun-verbs.txt");

  /** Whether the words just before a value give it as a former figure ("up from 12"). */
  static boolean former(String text, int sentenceStart, int valueStart) {
    List<String> before = words(Folding.fold(text.substring(sentenceStart, valueStart)));
    String tail =
        " " + String.join(" ", before.subList(Math.max(0, before.size() - 3), before.size()));
    for (String cue : FORMER) {
      // the cue ends right before the value, or one article/determiner before it
      if (tail.endsWith(" " + cue) || tail.matches(".* " + Pattern.quote(cue) + " \\p{L}{1,3}$"))
        return true;
    }
    return false;
  }

  /** The words (letters and digits) of a text, as written. */
  static List<String> words(String folded) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) out.add(m.group());
    return out;
  }
}
