package crosscheck.conflicts;

/**
 * Disjoint sets over 0..n-1 (with path halving), for claims joined into events and documents joined
 * into one source. The caller decides which root a union keeps, since event order follows it.
 */
final class UnionFind {
  private final int[] parent;

  UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
  }

  int root(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Puts the set whose root is {@code gone} into the set whose root is {@code keep}. */
  void attach(int gone, int keep) {
    parent[gone] = keep;
  }

  /** How many sets there are. */
  int count() {
    int roots = 0;
    for (int i = 0; i < parent.length; i++) if (root(i) == i) roots++;
    return roots;
  }
}
