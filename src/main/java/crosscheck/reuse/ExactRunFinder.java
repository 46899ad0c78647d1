package crosscheck.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximal exact matches between two token-id sequences that contain a seed: an n-gram found in
 * both, at most {@code maxOccurrences} times in each (common phrases such as "one of the" repeat
 * and would otherwise pair every occurrence with every other).
 *
 * <p>The n-grams of b go into an open-addressing table of 64-bit hashes (no boxing: this runs on
 * every candidate pair); a hit is checked token by token, so a hash collision costs time, never a
 * wrong match. Each seed is extended both ways while tokens stay equal, so a match runs through
 * n-grams that were too common to seed it; a per-diagonal high-water mark keeps every match once.
 */
final class ExactRunFinder {

  private ExactRunFinder() {}

  static List<ExactRun> find(int[] a, int[] b, int seedLength, int maxOccurrences) {
    int gramsA = a.length - seedLength + 1;
    int gramsB = b.length - seedLength + 1;
    if (gramsA <= 0 || gramsB <= 0) {
      return List.of();
    }
    int capacity = Integer.highestOneBit(Math.max(2, gramsB) * 2 - 1) << 1;
    int mask = capacity - 1;
    long[] keys = new long[capacity];
    int[] countB = new int[capacity];
    int[] countA = new int[capacity];
    int[] headB = new int[capacity];
    int[] nextB = new int[gramsB];
    for (int j = 0; j < gramsB; j++) {
      long key = gramKey(b, j, seedLength);
      int slot = (int) key & mask;
      while (countB[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (countB[slot] == 0) {
        keys[slot] = key;
        headB[slot] = -1;
      }
      countB[slot]++;
      nextB[j] = headB[slot];
      headB[slot] = j;
    }
    int[] slotOfA = new int[gramsA];
    boolean anyShared = false;
    for (int i = 0; i < gramsA; i++) {
      long key = gramKey(a, i, seedLength);
      int slot = (int) key & mask;
      while (countB[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (countB[slot] == 0) {
        slotOfA[i] = -1;
      } else {
        slotOfA[i] = slot;
        countA[slot]++;
        anyShared = true;
      }
    }
    if (!anyShared) {
      return List.of();
    }
    List<ExactRun> runs = new ArrayList<>();
    // Diagonal j - i shifted by a.length; holds the a-end of the last run found on it.
    int[] coveredEnd = new int[a.length + b.length];
    for (int i = 0; i < gramsA; i++) {
      int slot = slotOfA[i];
      if (slot < 0 || countA[slot] > maxOccurrences || countB[slot] > maxOccurrences) {
        continue;
      }
      for (int j = headB[slot]; j >= 0; j = nextB[j]) {
        int diagonal = j - i + a.length;
        if (i < coveredEnd[diagonal]
            || !Arrays.equals(a, i, i + seedLength, b, j, j + seedLength)) {
          continue;
        }
        int start = i;
        int shift = j - i;
        while (start > coveredEnd[diagonal]
            && start + shift > 0
            && a[start - 1] == b[start - 1 + shift]) {
          start--;
        }
        int end = i + seedLength;
        while (end < a.length && end + shift < b.length && a[end] == b[end + shift]) {
          end++;
        }
        runs.add(new ExactRun(start, start + shift, end - start));
        coveredEnd[diagonal] = end;
      }
    }
    return runs;
  }

  private static long gramKey(int[] ids, int from, int length) {
    long h = 0x9E3779B97F4A7C15L;
    for (int k = from; k < from + length; k++) {
      h = (h ^ ids[k]) * 0xFF51AFD7ED558CCDL;
      h ^= h >>> 32;
    }
    // Finalise so the low bits used for the slot depend on every token.
    h ^= h >>> 29;
    h *= 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 32);
  }
}
