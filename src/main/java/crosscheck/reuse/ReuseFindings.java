package crosscheck.reuse;

import crosscheck.model.Edit;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import crosscheck.reuse.quotes.QuoteAttributor;
import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns passage pairs into findings on the driver (findings only, never the corpus): drops
 * rewordings already explained by a copy, orders each pair so that {@code a} is the earlier source
 * where publication dates tell, adds the speaker each side attributes the passage to, groups copies
 * of one another into families, and gives each finding an id derived from documents, offsets and
 * kind, so ids are stable across runs.
 */
public final class ReuseFindings {
  private ReuseFindings() {}

  public static List<ReuseFinding> build(
      List<PassagePair> pairs,
      Map<String, String> published,
      Map<String, List<Attribution>> attributions) {
    // Compared only within one pair of documents, so this stays linear in the findings.
    Map<String, List<PassagePair>> byDocuments = new HashMap<>();
    for (PassagePair p : pairs)
      byDocuments.computeIfAbsent(documents(p), k -> new ArrayList<>()).add(p);
    List<PassagePair> kept = new ArrayList<>();
    for (PassagePair p : pairs) {
      if (!isCopy(p.kind()) && redundant(p, byDocuments.get(documents(p)))) continue;
      kept.add(orient(p, published));
    }
    kept.sort(ORDER);
    Map<String, String> families = Families.of(kept);
    List<ReuseFinding> out = new ArrayList<>();
    for (PassagePair p : kept) {
      PassageSide a =
          new PassageSide(
              p.aDoc(),
              p.aStart(),
              p.aEnd(),
              p.aText(),
              QuoteAttributor.speakerOf(
                  attributions.getOrDefault(p.aDoc(), List.of()), p.aStart(), p.aEnd()));
      PassageSide b =
          new PassageSide(
              p.bDoc(),
              p.bStart(),
              p.bEnd(),
              p.bText(),
              QuoteAttributor.speakerOf(
                  attributions.getOrDefault(p.bDoc(), List.of()), p.bStart(), p.bEnd()));
      out.add(
          new ReuseFinding(
              id(p), p.kind(), p.score(), a, b, families.get(Families.key(p)), p.edits()));
    }
    return out;
  }

  static final Comparator<PassagePair> ORDER =
      Comparator.comparing(PassagePair::aDoc)
          .thenComparingInt(PassagePair::aStart)
          .thenComparing(PassagePair::bDoc)
          .thenComparingInt(PassagePair::bStart)
          .thenComparing(PassagePair::kind);

  static boolean isCopy(String kind) {
    return kind.equals("verbatim") || kind.equals("near_verbatim");
  }

  /**
   * A rewording already said by a copied passage between the same documents, or a sentence pair
   * inside a paragraph pair of the same kind (one finding, the paragraph's).
   */
  private static boolean redundant(PassagePair p, List<PassagePair> sameDocuments) {
    for (PassagePair q : sameDocuments) {
      if (q == p) continue;
      if (isCopy(q.kind()) && explains(q, p)) return true;
      if (q.kind().equals(p.kind()) && longer(q, p) && explains(q, p)) return true;
    }
    return false;
  }

  private static String documents(PassagePair p) {
    return p.aDoc().compareTo(p.bDoc()) <= 0
        ? p.aDoc() + '\u0000' + p.bDoc()
        : p.bDoc() + '\u0000' + p.aDoc();
  }

  private static boolean longer(PassagePair q, PassagePair p) {
    return (q.aEnd() - q.aStart()) + (q.bEnd() - q.bStart())
        > (p.aEnd() - p.aStart()) + (p.bEnd() - p.bStart());
  }

  /** A sentence pair lying inside a copied passage between the same two documents. */
  static boolean explains(PassagePair copy, PassagePair p) {
    return (inside(copy.aDoc(), copy.aStart(), copy.aEnd(), p.aDoc(), p.aStart(), p.aEnd())
            && inside(copy.bDoc(), copy.bStart(), copy.bEnd(), p.bDoc(), p.bStart(), p.bEnd()))
        || (inside(copy.aDoc(), copy.aStart(), copy.aEnd(), p.bDoc(), p.bStart(), p.bEnd())
            && inside(copy.bDoc(), copy.bStart(), copy.bEnd(), p.aDoc(), p.aStart(), p.aEnd()));
  }

  private static boolean inside(String doc, int start, int end, String d, int s, int e) {
    int overlap = Math.min(end, e) - Math.max(start, s);
    return doc.equals(d) && overlap > 0.5 * (e - s);
  }

  /**
   * Side a is the earlier publication when both dates are known and differ; else the smaller id.
   */
  static PassagePair orient(PassagePair p, Map<String, String> published) {
    String da = published.get(p.aDoc());
    String db = published.get(p.bDoc());
    boolean swap;
    if (da != null && db != null && !da.equals(db)) {
      swap = db.compareTo(da) < 0;
    } else if (!p.aDoc().equals(p.bDoc())) {
      swap = p.bDoc().compareTo(p.aDoc()) < 0;
    } else {
      swap = p.bStart() < p.aStart(); // inside one document the original comes first
    }
    if (!swap) return p;
    List<Edit> edits = new ArrayList<>();
    for (Edit e : p.edits()) {
      String op =
          switch (e.op()) {
            case "insert" -> "delete";
            case "delete" -> "insert";
            default -> e.op();
          };
      edits.add(new Edit(op, e.b(), e.a()));
    }
    return new PassagePair(
        p.bDoc(),
        p.bStart(),
        p.bEnd(),
        p.bText(),
        p.aDoc(),
        p.aStart(),
        p.aEnd(),
        p.aText(),
        p.kind(),
        p.score(),
        edits);
  }

  static String id(PassagePair p) {
    return "r-"
        + digest(
                p.aDoc()
                    + '\u0000'
                    + p.aStart()
                    + ':'
                    + p.aEnd()
                    + '\u0000'
                    + p.bDoc()
                    + '\u0000'
                    + p.bStart()
                    + ':'
                    + p.bEnd()
                    + '\u0000'
                    + p.kind())
            .substring(0, 12);
  }

  static String digest(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Families: connected groups of passages that are copies of one another. */
  static final class Families {
    private Families() {}

    static String key(PassagePair p) {
      return p.aDoc()
          + '\u0000'
          + p.aStart()
          + '\u0000'
          + p.bDoc()
          + '\u0000'
          + p.bStart()
          + '\u0000'
          + p.kind();
    }

    /**
     * Two pairs are in one family when a side of one and a side of the other overlap by more than
     * half of the shorter in the same document; the family id hashes its first member, so it is
     * stable.
     */
    static Map<String, String> of(List<PassagePair> pairs) {
      int n = pairs.size();
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) parent[i] = i;
      Map<String, List<Integer>> byDoc = new HashMap<>();
      for (int i = 0; i < n; i++) {
        byDoc.computeIfAbsent(pairs.get(i).aDoc(), k -> new ArrayList<>()).add(i);
        byDoc.computeIfAbsent(pairs.get(i).bDoc(), k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> members : byDoc.values()) {
        for (int x = 0; x < members.size(); x++) {
          for (int y = x + 1; y < members.size(); y++) {
            int i = members.get(x);
            int j = members.get(y);
            if (i != j && shareSpan(pairs.get(i), pairs.get(j))) union(parent, i, j);
          }
        }
      }
      Map<Integer, String> names = new HashMap<>();
      Map<String, String> out = new HashMap<>();
      for (int i = 0; i < n; i++) { // pairs are sorted, so a family's first member is stable
        String member = key(pairs.get(i));
        String name =
            names.computeIfAbsent(find(parent, i), r -> "f-" + digest(member).substring(0, 8));
        out.put(member, name);
      }
      return out;
    }

    private static boolean shareSpan(PassagePair p, PassagePair q) {
      return overlaps(p.aDoc(), p.aStart(), p.aEnd(), q.aDoc(), q.aStart(), q.aEnd())
          || overlaps(p.aDoc(), p.aStart(), p.aEnd(), q.bDoc(), q.bStart(), q.bEnd())
          || overlaps(p.bDoc(), p.bStart(), p.bEnd(), q.aDoc(), q.aStart(), q.aEnd())
          || overlaps(p.bDoc(), p.bStart(), p.bEnd(), q.bDoc(), q.bStart(), q.bEnd());
    }

    private static boolean overlaps(String d1, int s1, int e1, String d2, int s2, int e2) {
      int overlap = Math.min(e1, e2) - Math.max(s1, s2);
      return Objects.equals(d1, d2) && overlap > 0.5 * Math.min(e1 - s1, e2 - s2);
    }

    private static int find(int[] parent, int i) {
      while (parent[i] != i) i = parent[i] = parent[parent[i]];
      return i;
    }

    private static void union(int[] parent, int i, int j) {
      int a = find(parent, i);
      int b = find(parent, j);
      if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
}
