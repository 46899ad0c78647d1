package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.ingest.TextDecoder.Decoded;
import crosscheck.ingest.TextDecoder.NulPolicy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void validUtf8DecodesUnchangedWithCrlfKept() {
    Decoded decoded = TextDecoder.decode(utf8("Línea uno\r\nLínea dos €\r\n"));
    assertEquals("Línea uno\r\nLínea dos €\r\n", decoded.text());
    assertTrue(decoded.valid());
    assertEquals(-1, decoded.firstInvalidByte());
  }

  @Test
  void leadingBomIsDroppedOnlyOnce() {
    byte[] bytes = {
      (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'
    };
    assertEquals("\uFEFFa", TextDecoder.decode(bytes).text());
  }

  @Test
  void eachMalformedSequenceBecomesOneReplacementAtItsIndex() {
    byte[] bytes = {'a', (byte) 0xFF, 'b', (byte) 0xC3, 'c'};
    Decoded decoded = TextDecoder.decode(bytes);
    assertEquals("a\uFFFDb\uFFFDc", decoded.text());
    assertArrayEquals(new int[] {1, 3}, decoded.replacedAt());
    assertEquals(1, decoded.firstInvalidByte());
    assertEquals(1, decoded.replacementsIn(0, 2));
    assertEquals(0, decoded.replacementsIn(4, 5));
  }

  @Test
  void literalReplacementCharacterIsNotCountedAsDamage() {
    assertTrue(TextDecoder.decode(utf8("already \uFFFD here")).valid());
  }

  @Test
  void nulMeansBinaryForWholeFilesButNotForRecordFormats() {
    byte[] oneNul = utf8("{\"id\":1,\"text\":\"a\0b\"}\n");
    assertTrue(TextDecoder.looksBinary(oneNul, NulPolicy.NUL_MEANS_BINARY));
    assertFalse(TextDecoder.looksBinary(oneNul, NulPolicy.NUL_COUNTS_AS_CONTROL));
  }

  @Test
  void manyControlBytesMeanBinaryButTabsFormFeedsAndLineBreaksDoNot() {
    assertTrue(TextDecoder.looksBinary(new byte[] {1, 2, 3, 'a', 'b'}, NulPolicy.NUL_MEANS_BINARY));
    assertFalse(TextDecoder.looksBinary(utf8("a\tb\r\nc\fd\n\n\n"), NulPolicy.NUL_MEANS_BINARY));
  }

  @Test
  void utf16ByteOrderMarksAreRecognised() {
    assertTrue(TextDecoder.startsWithUtf16Bom(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}));
    assertTrue(TextDecoder.startsWithUtf16Bom(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}));
    assertFalse(TextDecoder.startsWithUtf16Bom(utf8("ab")));
  }

  @Test
  void blankIncludesNoBreakAndZeroWidthSpaces() {
    assertTrue(TextDecoder.isBlank(" \t\r\n\u00A0\u200B\u3000"));
    assertFalse(TextDecoder.isBlank(" x "));
  }

  @Test
  void nulReplacementKeepsLength() {
    TextDecoder.NulFree nulFree = TextDecoder.replaceNul("a\0b\0");
    assertEquals("a\uFFFDb\uFFFD", nulFree.text());
    assertEquals(2, nulFree.replaced());
  }
}
