package crosscheck.ingest;

import static crosscheck.ingest.DocumentParserTest.concat;
import static crosscheck.ingest.DocumentParserTest.file;
import static crosscheck.ingest.DocumentParserTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {

  private static List<SourceDocument> parse(String relative, byte[] bytes, boolean rejectInvalid) {
    return DocumentParser.parse(file(relative, bytes), bytes, 10_000, rejectInvalid);
  }

  private static List<SourceDocument> parse(String jsonl) {
    return parse("feeds/wire.jsonl", utf8(jsonl), true);
  }

  @Test
  void eachLineIsOneDocumentWithItsMetadata() {
    List<SourceDocument> docs =
        parse(
            "{\"id\":\"ab-1\",\"text\":\"Ferry fares rise.\",\"outlet\":\"Harbor Daily\","
                + "\"url\":\"https://harbor.example/1\",\"published\":\"2024-03-02\","
                + "\"title\":\"Fares\",\"author\":\"ignored\"}\n"
                + "{\"id\":\"ab-2\",\"text\":\"Bridge closes.\"}\n");
    assertEquals(2, docs.size());
    SourceDocument first = docs.get(0);
    assertTrue(first.accepted());
    assertEquals("ab-1", first.doc());
    assertEquals(1, first.line());
    assertEquals("Ferry fares rise.", first.text());
    assertEquals("Harbor Daily", first.outlet());
    assertEquals("https://harbor.example/1", first.url());
    assertEquals("2024-03-02", first.published());
    assertEquals("Fares", first.title());
    assertEquals("jsonl", first.format());
    assertEquals(utf8("Ferry fares rise.").length, first.bytes());
    assertEquals(DocumentParser.sha256(utf8("Ferry fares rise.")), first.sha256());
    assertNull(docs.get(1).outlet());
    assertEquals(2, docs.get(1).line());
  }

  @Test
  void malformedLineInTheMiddleIsRejectedAloneWithItsLineNumber() {
    List<SourceDocument> docs =
        parse(
            "{\"id\":\"a\",\"text\":\"One.\"}\n"
                + "\n"
                + "{\"id\":\"b\",\"text\":\"Two.\"\n"
                + "{\"id\":\"c\",\"text\":\"Three.\"}\n");
    assertEquals(3, docs.size());
    assertTrue(docs.get(0).accepted());
    SourceDocument bad = docs.get(1);
    assertEquals(SourceDocument.REJECTED, bad.status());
    assertEquals(3, bad.line());
    assertEquals("feeds/wire#L3", bad.doc());
    assertTrue(bad.reason().startsWith("line 3: not valid JSON ("), bad.reason());
    assertTrue(docs.get(2).accepted());
    assertEquals("c", docs.get(2).doc());
    assertEquals(4, docs.get(2).line());
  }

  @Test
  void numericIdsKeepTheirDigits() {
    List<SourceDocument> docs =
        parse(
            "{\"id\":42,\"text\":\"A.\"}\n{\"id\":1.50,\"text\":\"B.\"}\n"
                + "{\"id\":123456789012345678901234567890,\"text\":\"C.\"}");
    assertEquals("42", docs.get(0).doc());
    assertEquals("1.50", docs.get(1).doc());
    assertEquals("123456789012345678901234567890", docs.get(2).doc());
    assertTrue(docs.stream().allMatch(SourceDocument::accepted));
  }

  @Test
  void missingOrWrongFieldsAreNamed() {
    List<SourceDocument> docs =
        parse(
            "{\"id\":\"x1\",\"body\":\"no text field\"}\n"
                + "{\"text\":\"no id\"}\n"
                + "{\"id\":\"x3\",\"text\":17}\n"
                + "{\"id\":true,\"text\":\"bad id\"}\n"
                + "{\"id\":\"x5\",\"text\":\"  \"}\n"
                + "[1,2]\n"
                + "{\"id\":\"x7\",\"text\":\"ok\"} trailing\n");
    assertEquals("line 1: missing field text", docs.get(0).reason());
    assertEquals("x1", docs.get(0).doc());
    assertEquals("line 2: missing field id", docs.get(1).reason());
    assertEquals("feeds/wire#L2", docs.get(1).doc());
    assertEquals("line 3: field text is not a string", docs.get(2).reason());
    assertEquals("line 4: field id is not a string or number", docs.get(3).reason());
    assertEquals("line 5: empty text", docs.get(4).reason());
    assertEquals("line 6: not a JSON object", docs.get(5).reason());
    assertTrue(docs.get(6).reason().startsWith("line 7: not valid JSON"), docs.get(6).reason());
    assertTrue(docs.stream().noneMatch(SourceDocument::accepted));
  }

  @Test
  void textKeepsEscapedLineBreaksAndTheFileMayUseCrlf() {
    List<SourceDocument> docs =
        parse("{\"id\":\"a\",\"text\":\"One.\\r\\nTwo.\"}\r\n{\"id\":\"b\",\"text\":\"B\"}\r\n");
    assertEquals("One.\r\nTwo.", docs.get(0).text());
    assertEquals(2, docs.size());
  }

  @Test
  void nulInsideStringValuesIsReplacedAndWarned() {
    List<SourceDocument> docs =
        parse("{\"id\":\"n\",\"text\":\"raw\0nul and escaped\\u0000nul\",\"title\":\"T\0\"}\n");
    SourceDocument doc = docs.get(0);
    assertTrue(doc.accepted(), doc.reason());
    assertEquals("raw\uFFFDnul and escaped\uFFFDnul", doc.text());
    assertEquals("T\uFFFD", doc.title());
    assertEquals(List.of("NUL characters replaced at 3 places"), doc.warnings());
  }

  @Test
  void invalidUtf8IsChargedToTheLineThatHoldsIt() {
    byte[] bytes =
        concat(
            utf8("{\"id\":\"a\",\"text\":\"clean\"}\n{\"id\":\"b\",\"text\":\"caf"),
            new byte[] {(byte) 0xE9},
            utf8("\"}\n"));
    List<SourceDocument> tolerant = parse("w.jsonl", bytes, false);
    assertEquals(List.of(), tolerant.get(0).warnings());
    assertEquals("caf\uFFFD", tolerant.get(1).text());
    assertEquals(List.of("invalid UTF-8 replaced at 1 places"), tolerant.get(1).warnings());

    List<SourceDocument> strict = parse("w.jsonl", bytes, true);
    assertTrue(strict.get(0).accepted());
    assertEquals("b", strict.get(1).doc());
    assertEquals("line 2: not valid UTF-8 (1 invalid sequences)", strict.get(1).reason());
  }

  @Test
  void oversizedRecordIsRejectedWithItsLine() {
    String big = "z".repeat(10_001);
    List<SourceDocument> docs = parse("{\"id\":\"big\",\"text\":\"" + big + "\"}\n");
    assertEquals("line 1: document too large (10001 chars > 10000)", docs.get(0).reason());
    assertEquals(10_001, docs.get(0).bytes());
  }

  @Test
  void blankOrEmptyFileIsOneRejectedEntry() {
    List<SourceDocument> docs = parse("\n  \r\n\n");
    assertEquals(1, docs.size());
    assertEquals("empty document", docs.get(0).reason());
    assertEquals("feeds/wire", docs.get(0).doc());
  }

  @Test
  void byteOrderMarkAtFileStartAndAfterConcatenationIsIgnored() {
    List<SourceDocument> docs =
        parse("\uFEFF{\"id\":\"a\",\"text\":\"A\"}\n\uFEFF{\"id\":\"b\",\"text\":\"B\"}\n");
    assertTrue(docs.stream().allMatch(SourceDocument::accepted));
    assertEquals(2, docs.size());
  }
}
