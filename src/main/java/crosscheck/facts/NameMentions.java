package crosscheck.facts;

import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The people a document names in full ("Ana Ruiz", "Luis Alberto Gil"), as written: what {@link
 * crosscheck.conflicts} compares across outlets to find a name one outlet spells otherwise. A name
 * written as one word ("Ruiz") is left out: it may stand for any of the story's people of that
 * surname.
 */
public final class NameMentions {
  private NameMentions() {}

  public static List<NameMention> extract(SegmentedDocument d) {
    List<NameMention> out = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      if (!s.kept()) continue;
      String lang = s.language() == null ? "und" : s.language();
      String sentence = d.text().substring(s.start(), s.end());
      for (Actor a : Actors.find(d.text(), s.start(), s.end())) {
        if (!"person".equals(a.type()) || a.text().trim().split("\\s+").length < 2) continue;
        out.add(
            new NameMention(
                d.doc(), lang, a.key(), a.start(), a.end(), a.text(), s.start(), s.end(),
                sentence));
      }
    }
    return out;
  }
}
