package crosscheck.conflicts;

import crosscheck.facts.Measurement;
import crosscheck.facts.Quantities;
import java.util.Objects;
import java.util.Set;

/**
 * Whether two measurements of one document state one figure twice, as news does in the headline,
 * the lead and the body ("sentenced to 40 months", "three years and four months in prison"): the
 * same sort of value, the same amount in base units and the same qualifier, said of the same
 * measured thing and of owners that do not differ.
 */
final class RepeatedFigures {
  private RepeatedFigures() {}

  static boolean same(Measurement a, Measurement b) {
    if (!a.doc().equals(b.doc()) || !a.kind().equals(b.kind())) return false;
    if (a.quantity() == null || b.quantity() == null) return false;
    if (a.threshold() != b.threshold()
        || a.planned() != b.planned()
        || a.former() != b.former()
        || a.hedged() != b.hedged()) return false;
    if (a.quantity().qualifierKind() != b.quantity().qualifierKind()
        || !Objects.equals(a.quantity().upper() == null, b.quantity().upper() == null))
      return false;
    double x = Quantities.baseValue(a.quantity());
    double y = Quantities.baseValue(b.quantity());
    if (Math.abs(x - y) > 1e-6 * Math.max(1, Math.abs(x))) return false;
    if (a.subject() != null
        && b.subject() != null
        && !MeasurementSubjects.same(a.subject(), b.subject())) return false;
    if (MeasurementMatcher.wholes(a, b) == MeasurementMatcher.Wholes.DIFFERENT) return false;
    // "seven countries" and "seven aircraft" in one article are two counts
    Set<String> ma = MeasurementProfile.measuredOf(a);
    Set<String> mb = MeasurementProfile.measuredOf(b);
    if (ma.isEmpty() || mb.isEmpty())
      return ma.isEmpty() && mb.isEmpty() && !a.kind().equals("count");
    return ma.stream().anyMatch(mb::contains);
  }
}
