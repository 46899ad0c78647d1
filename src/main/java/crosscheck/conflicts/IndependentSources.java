package crosscheck.conflicts;

import crosscheck.text.Folding;
import java.util.List;

/**
 * How many independent sources state a value: one outlet counts once, and a sentence reused from
 * another document is the other document's word.
 */
final class IndependentSources {
  private IndependentSources() {}

  /** The independent sources among documents that each state the value once. */
  static int count(List<Stated> perDocument, ReuseLinks reuse) {
    int n = perDocument.size();
    UnionFind sources = new UnionFind(n);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Stated a = perDocument.get(i);
        Stated b = perDocument.get(j);
        // Outlets as text gives them: "Diálogo Américas" and "Dialogo Americas" are one outlet.
        String oa = Folding.fold(a.source().outlet());
        String ob = Folding.fold(b.source().outlet());
        boolean sameOutlet = oa != null && !oa.isBlank() && oa.equals(ob);
        boolean copied = reuse.linked(a.source().claim(), b.source().claim());
        if (sameOutlet || copied) sources.attach(sources.root(i), sources.root(j));
      }
    }
    return sources.count();
  }
}
