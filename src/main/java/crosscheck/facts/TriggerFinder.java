package crosscheck.facts;

import crosscheck.facts.Actors.Word;
import crosscheck.facts.TriggerLexicon.Form;
import crosscheck.facts.TriggerLexicon.Kind;
import crosscheck.facts.TriggerLexicon.Trigger;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trigger words of a sentence ({@link TriggerLexicon}) and how each is used: as a verb or a
 * noun ("signed", "the signing of"), in the passive ("was signed"), as a participle after a
 * document noun ("the treaty, signed on"); and the document nouns around them ("memorandum").
 * Stateless.
 */
final class TriggerFinder {

  /** A trigger found at word {@code word}. */
  record Hit(int word, Trigger trigger, Form form, boolean passive, boolean afterNoun) {}

  private static final int CATEGORY_REACH = 12;

  // Adverbs that may stand between an auxiliary and its participle: "was reportedly signed".
  private static final Set<String> AUXILIARY_ADVERBS =
      WordLists.set("facts/adverbs-after-auxiliary.txt");

  private TriggerFinder() {}

  /** The triggers of a sentence, in order. */
  static List<Hit> triggers(List<Word> w) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      String norm = w.get(i).norm();
      String previous = i > 0 ? w.get(i - 1).norm() : "";
      Trigger t = TriggerLexicon.trigger(norm);
      if (norm.equals("according") && i + 1 < w.size() && w.get(i + 1).norm().equals("to")) {
        t = new Trigger("report", Kind.REPORT, Form.VERB);
      }
      if (t == null) continue;
      if (TriggerLexicon.NEEDS_VERB_CONTEXT.contains(norm)
          && !TriggerLexicon.VERB_CONTEXT.contains(previous)
          && !(i > 0 && w.get(i - 1).capitalised() && !w.get(i - 1).initial())) {
        continue;
      }
      Form form = t.form();
      // "the signing of", "an official visit": a determiner (and an adjective) makes a noun.
      if (form == Form.VERB
          && (norm.endsWith("ing") || TriggerLexicon.NOUN_LIKE_VERBS.contains(norm))
          && (TriggerLexicon.DETERMINERS.contains(previous)
              || (i > 1 && TriggerLexicon.DETERMINERS.contains(w.get(i - 2).norm())))) {
        form = Form.NOUN;
      }
      hits.add(new Hit(i, t, form, passive(w, i), afterNoun(w, i, norm)));
    }
    return hits;
  }

  /** Word index -> canonical category of the document nouns of a sentence. */
  static Map<Integer, String> categories(List<Word> w) {
    Map<Integer, String> out = new HashMap<>();
    for (int i = 0; i < w.size(); i++) {
      String c = TriggerLexicon.category(w.get(i).norm());
      if (c != null) out.put(i, c);
    }
    return out;
  }

  /**
   * The category noun nearest the trigger: the object after an active verb or a noun ("signed a
   * memorandum", "the signing of the treaty"), the subject before a passive or a participle ("the
   * deal signed by", "the treaty, signed on").
   */
  static String category(Hit h, Map<Integer, String> categories) {
    boolean preferLeft = h.passive() || h.afterNoun();
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (var e : categories.entrySet()) {
      int d = e.getKey() - h.word();
      if (d == 0 || Math.abs(d) > CATEGORY_REACH) continue;
      boolean left = d < 0;
      int score = Math.abs(d) + (left == preferLeft ? 0 : 2);
      if (score < bestScore || (score == bestScore && e.getKey() < h.word())) {
        best = e.getValue();
        bestScore = score;
      }
    }
    return best;
  }

  /** "was signed", "was reportedly signed": an auxiliary up to three words before the trigger. */
  private static boolean passive(List<Word> w, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      String before = w.get(k).norm();
      if (TriggerLexicon.PASSIVE_AUXILIARIES.contains(before)) return true;
      if (!AUXILIARY_ADVERBS.contains(before)) return false;
    }
    return false;
  }

  /** "the deal signed by": a participle with a document noun up to three words before it. */
  private static boolean afterNoun(List<Word> w, int i, String norm) {
    boolean participle = norm.endsWith("ed") || norm.matches(".*(?:ado|ada|ados|adas|ido|ida)");
    boolean afterNoun = false;
    for (int k = i - 1; k >= 0 && k >= i - 3 && participle; k--) {
      afterNoun |= TriggerLexicon.category(w.get(k).norm()) != null;
    }
    return afterNoun;
  }
}
