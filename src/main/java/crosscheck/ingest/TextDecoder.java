package crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns raw input bytes into text exactly as UTF-8 decodes them, and screens out files that are not
 * text at all. Stateless and thread-safe.
 */
public final class TextDecoder {

  /** Bytes examined for binary detection, as git and most sniffers do. */
  static final int SNIFF_BYTES = 8 * 1024;

  /** Share of control bytes above which a file is taken for binary data; text has almost none. */
  static final double MAX_CONTROL_SHARE = 0.10;

  static final char REPLACEMENT = '\uFFFD';

  /** What a NUL byte in the sniffed prefix means. */
  public enum NulPolicy {
    /** Any NUL marks binary data (whole-file text formats, as git does). */
    NUL_MEANS_BINARY,
    /**
     * NUL counts as one more control byte: record formats keep otherwise-text files and replace the
     * stray NULs per value.
     */
    NUL_COUNTS_AS_CONTROL
  }

  /**
   * Decoded text with every malformed UTF-8 sequence replaced by U+FFFD.
   *
   * @param replacedAt ascending indices into {@code text} of the replacement characters introduced
   *     by decoding (literal U+FFFD in the input is not listed)
   * @param firstInvalidByte byte offset in the input of the first malformed sequence, -1 if none
   */
  public record Decoded(String text, int[] replacedAt, long firstInvalidByte) {

    public boolean valid() {
      return replacedAt.length == 0;
    }

    /** Replacements made inside {@code text[from, to)}. */
    public int replacementsIn(int from, int to) {
      int lo = lowerBound(replacedAt, from);
      int hi = lowerBound(replacedAt, to);
      return hi - lo;
    }
  }

  private TextDecoder() {}

  /** True for a UTF-16 or UTF-32 byte order mark: such files are text, but not UTF-8. */
  public static boolean startsWithUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
  }

  /** Looks at the first 8 KB: NUL bytes (per policy) or a high share of control bytes. */
  public static boolean looksBinary(byte[] bytes, NulPolicy nulPolicy) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    if (n == 0) {
      return false;
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0 && nulPolicy == NulPolicy.NUL_MEANS_BINARY) {
        return true;
      }
      if (isBinaryControl(b)) {
        controls++;
      }
    }
    return controls > n * MAX_CONTROL_SHARE;
  }

  private static boolean isBinaryControl(int b) {
    // \t \n \f \r are ordinary in text; the rest of C0 and DEL are not.
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
  }

  /** Decodes UTF-8, dropping one leading BOM, replacing each malformed sequence by one U+FFFD. */
  public static Decoded decode(byte[] bytes) {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    int length = bytes.length - start;
    // Fast path for the usual valid file: String's intrinsic decoder; no U+FFFD means nothing was
    // replaced. Otherwise decode again, slowly, to learn where the replacements are.
    String fast = new String(bytes, start, length, StandardCharsets.UTF_8);
    if (fast.indexOf(REPLACEMENT) < 0) {
      return new Decoded(fast, new int[0], -1);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length);
    // UTF-8 never yields more chars than bytes, and each malformed sequence (>= 1 byte) yields one.
    CharBuffer out = CharBuffer.allocate(Math.max(length, 1));
    int[] replaced = new int[0];
    int replacedCount = 0;
    long firstInvalid = -1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        if (firstInvalid < 0) {
          firstInvalid = in.position();
        }
        if (replacedCount == replaced.length) {
          replaced = Arrays.copyOf(replaced, Math.max(8, replacedCount * 2));
        }
        replaced[replacedCount++] = out.position();
        out = ensureRoom(out);
        out.put(REPLACEMENT);
        in.position(in.position() + result.length());
      } else if (result.isOverflow()) {
        out = ensureRoom(out);
      } else {
        decoder.flush(out);
        break;
      }
    }
    out.flip();
    return new Decoded(out.toString(), Arrays.copyOf(replaced, replacedCount), firstInvalid);
  }

  private static CharBuffer ensureRoom(CharBuffer out) {
    if (out.hasRemaining()) {
      return out;
    }
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  /** Text with NUL characters replaced by U+FFFD (same length, so offsets stay valid). */
  public record NulFree(String text, int replaced) {}

  public static NulFree replaceNul(String text) {
    if (text == null || text.indexOf('\0') < 0) {
      return new NulFree(text, 0);
    }
    char[] chars = text.toCharArray();
    int replaced = 0;
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '\0') {
        chars[i] = REPLACEMENT;
        replaced++;
      }
    }
    return new NulFree(new String(chars), replaced);
  }

  /** True when the text holds nothing but white space, including no-break and zero-width spaces. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space =
          Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || c == '\u200B'
              || c == '\u200C'
              || c == '\u200D'
              || c == '\u2060'
              || c == '\uFEFF';
      if (!space) {
        return false;
      }
    }
    return true;
  }

  private static int lowerBound(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
