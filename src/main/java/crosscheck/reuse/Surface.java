package crosscheck.reuse;

/** Surface text compared up to whitespace and quote styles, the differences copying introduces. */
final class Surface {

  private Surface() {}

  /**
   * {@code text[start, end)} with every run of whitespace as one space and every quote mark as a
   * straight one: ’ ‘ ʼ become ', “ ” „ « » become ". Hyphens, dashes and other marks stay.
   */
  static String normalize(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    boolean inSpace = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      out.append(quoteStyle(c));
    }
    return out.toString();
  }

  private static char quoteStyle(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
      default -> c;
    };
  }
}
