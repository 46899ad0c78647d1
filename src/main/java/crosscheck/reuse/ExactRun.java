package crosscheck.reuse;

/** Tokens {@code a[aStart, aStart + length)} equal to {@code b[bStart, bStart + length)}. */
record ExactRun(int aStart, int bStart, int length) {

  int aEnd() {
    return aStart + length;
  }

  int bEnd() {
    return bStart + length;
  }
}
