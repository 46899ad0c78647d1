package crosscheck.ingest;

import static crosscheck.ingest.DocumentParserTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import crosscheck.model.InputFile;
import crosscheck.model.SourceDocument;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated inputs through every format and both UTF-8 policies: nothing throws (except
 * the documented CSV column error), every input is accounted for, every rejection has a reason.
 */
class DocumentParserFuzzTest {

  private static final int CASES = 2_000;
  private static final long LIMIT = 400;

  private static final String[] TEMPLATES = {
    "{\"id\":\"a1\",\"text\":\"Council backs plan.\",\"outlet\":\"Gazette\"}\n"
        + "{\"id\":2,\"text\":\"Rain.\"}\n",
    "id,text,title\r\nr1,\"Quoted, with comma\r\nand break\",T\r\nr2,Plain,U\r\n",
    "The mayor said the budget grew 4% in 2023.\r\n\r\nSecond paragraph here.\n",
  };

  /** Bytes that stress decoders and parsers: quotes, braces, NUL, controls, broken UTF-8. */
  private static final byte[] SPICE = {
    '"',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '\\',
    '\n',
    '\r',
    0,
    1,
    0x1B,
    0x7F,
    (byte) 0xC3,
    (byte) 0xE2,
    (byte) 0xF0,
    (byte) 0x80,
    (byte) 0xBF,
    (byte) 0xFF,
    (byte) 0xEF,
    (byte) 0xBB
  };

  @Test
  void randomAndMutatedInputsAreAlwaysAccountedFor() {
    Random random = new Random(20240501L);
    for (int n = 0; n < CASES; n++) {
      byte[] bytes = n % 2 == 0 ? randomBytes(random) : mutated(random);
      // Alternating the UTF-8 policy by case covers both at half the cost.
      boolean rejectInvalid = (n / 2) % 2 == 0;
      for (String extension : List.of("txt", "md", "jsonl", "csv")) {
        check(n, extension, bytes, rejectInvalid);
      }
    }
  }

  private static void check(int n, String extension, byte[] bytes, boolean rejectInvalid) {
    String relative = "fuzz/case-" + n + "." + extension;
    InputFile file = new InputFile("file:/fuzz/" + relative, relative, extension, bytes.length);
    List<SourceDocument> docs;
    try {
      docs = DocumentParser.parse(file, bytes, LIMIT, rejectInvalid);
    } catch (MissingColumnException e) {
      // The one documented escape: a CSV whose header lacks id or text stops the run.
      assertEquals("csv", extension);
      assertTrue(e.getMessage().contains(file.path()));
      return;
    } catch (RuntimeException e) {
      fail("case " + n + " (" + extension + ") threw " + e, e);
      return;
    }
    assertFalse(docs.isEmpty(), "case " + n + " (" + extension + ") produced no document");
    if (bytes.length == 0) {
      assertEquals(1, docs.size());
      assertEquals("empty document", docs.get(0).reason());
    }
    for (SourceDocument doc : docs) {
      String where = "case " + n + " (" + extension + ")";
      assertEquals(file.path(), doc.path(), where);
      assertEquals(extension, doc.format(), where);
      assertNotNull(doc.doc(), where);
      assertFalse(doc.doc().isBlank(), where);
      assertNotNull(doc.warnings(), where);
      assertTrue(doc.sha256().matches("[0-9a-f]{64}"), where);
      assertTrue(doc.bytes() >= 0, where);
      if (doc.accepted()) {
        assertNull(doc.reason(), where);
        assertNotNull(doc.text(), where);
        assertFalse(TextDecoder.isBlank(doc.text()), where);
        assertTrue(doc.text().length() <= LIMIT, where);
        assertEquals(-1, doc.text().indexOf('\0'), where);
        if (rejectInvalid) {
          assertTrue(doc.warnings().stream().noneMatch(w -> w.startsWith("invalid UTF-8")), where);
        }
      } else {
        assertEquals(SourceDocument.REJECTED, doc.status(), where);
        assertNotNull(doc.reason(), where);
        assertFalse(doc.reason().isBlank(), where);
        assertNull(doc.text(), where);
      }
    }
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(160)];
    random.nextBytes(bytes);
    if (random.nextBoolean()) {
      // Mostly-ASCII noise gets past binary detection and reaches the parsers.
      for (int i = 0; i < bytes.length; i++) {
        if (random.nextInt(10) > 0) {
          bytes[i] = (byte) (' ' + random.nextInt(95));
        }
      }
    }
    return bytes;
  }

  private static byte[] mutated(Random random) {
    byte[] template = utf8(TEMPLATES[random.nextInt(TEMPLATES.length)]);
    byte[] bytes = template.clone();
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && bytes.length > 0; e++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(3)) {
        case 0 -> bytes[at] = SPICE[random.nextInt(SPICE.length)];
        case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
        default -> {
          bytes = DocumentParserFuzzTest.inserted(bytes, at, SPICE[random.nextInt(SPICE.length)]);
        }
      }
    }
    return bytes;
  }

  /** {@code bytes} with {@code b} inserted at {@code at}. */
  static byte[] inserted(byte[] bytes, int at, byte b) {
    byte[] longer = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, longer, 0, at);
    longer[at] = b;
    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
    return longer;
  }
}
