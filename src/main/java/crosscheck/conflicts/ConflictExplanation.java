package crosscheck.conflicts;

import java.util.List;

/**
 * The line an editor reads first about a conflict: who says what, e.g. "3 sources date the signing
 * differently: 2023-07-16 (news-a), 2023-07-20 (news-b), 2023-07-26 (news-c)". Each side is named
 * by its finest value, with its documents; a document of the side that says it more coarsely says
 * so.
 */
final class ConflictExplanation {
  private ConflictExplanation() {}

  static String of(String attribute, List<List<Stated>> sides, int documents, Event e) {
    String noun = EventTopic.eventNoun(e.members().get(0).claim().trigger());
    String what;
    if (attribute.equals(AttributeNames.DATE)) what = "date the " + noun + " differently";
    else if (attribute.equals(AttributeNames.CATEGORY))
      what = "name the instrument of the " + noun + " differently";
    else what = "give different figures for " + quantityName(attribute) + " in the " + noun;
    StringBuilder b = new StringBuilder();
    b.append(documents).append(" sources ").append(what).append(": ");
    for (int i = 0; i < sides.size(); i++) {
      List<Stated> side = Sides.perDocument(sides.get(i));
      if (i > 0) b.append(", ");
      b.append(side.get(0).value()).append(" (");
      for (int k = 0; k < side.size(); k++) {
        if (k > 0) b.append(", ");
        b.append(side.get(k).doc());
        if (k > 0 && !side.get(k).value().equals(side.get(0).value())) {
          b.append(" says ").append(side.get(k).value());
        }
      }
      b.append(')');
    }
    return b.toString();
  }

  /** "the number", "the passenger", "the number (identified)" from a quantity attribute. */
  private static String quantityName(String attribute) {
    if (attribute.equals(AttributeNames.QUANTITY)) return "the number";
    String rest = attribute.substring(AttributeNames.QUANTITY.length() + 1);
    return rest.startsWith("(") ? "the number " + rest : "the " + rest;
  }
}
