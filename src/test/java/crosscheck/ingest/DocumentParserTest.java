package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.InputFile;
import crosscheck.model.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-file formats (txt, md), decoding problems, and names. */
class DocumentParserTest {

  private static final long LIMIT = 10_000;

  static InputFile file(String relative, byte[] bytes) {
    return new InputFile(
        "file:/data/in/" + relative, relative, DocumentParser.formatOf(relative), bytes.length);
  }

  static SourceDocument parseOne(String relative, byte[] bytes, boolean rejectInvalid) {
    List<SourceDocument> documents =
        DocumentParser.parse(file(relative, bytes), bytes, LIMIT, rejectInvalid);
    assertEquals(1, documents.size());
    return documents.get(0);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheTextSoOffsetsCountFromTheCharacterAfterIt() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String english = "Harbor board approves new ferry route.\n";
    String spanish = "La junta del puerto aprueba una nueva ruta de ferri.\n";
    for (String body : List.of(english, spanish)) {
      byte[] bytes = concat(bom, utf8(body));
      SourceDocument doc = parseOne("bom.txt", bytes, true);
      assertEquals(body, doc.text(), "the text is the file after its BOM");
      int start = body.indexOf("ferr");
      assertEquals(
          new String(utf8(body), StandardCharsets.UTF_8).substring(start, start + 4),
          doc.text().substring(start, start + 4),
          "offset 0 is the first character after the BOM");
      assertEquals(bytes.length, doc.bytes(), "bytes counts the file, BOM included");
      assertEquals(DocumentParser.sha256(utf8(body)), doc.sha256(), "the hash is of the text");
      assertEquals(
          parseOne("plain.txt", utf8(body), true).sha256(),
          doc.sha256(),
          "with or without a BOM, one text: one content hash");
    }
  }

  @Test
  void textFileBecomesOneAcceptedDocumentNamedByItsPath() {
    byte[] bytes = utf8("Harbor board approves new ferry route.\n");
    SourceDocument doc = parseOne("sub/000_abc.txt", bytes, true);
    assertTrue(doc.accepted());
    assertEquals("sub/000_abc", doc.doc());
    assertEquals("file:/data/in/sub/000_abc.txt", doc.path());
    assertEquals("txt", doc.format());
    assertEquals(0, doc.line());
    assertEquals("Harbor board approves new ferry route.\n", doc.text());
    assertEquals(bytes.length, doc.bytes());
    assertEquals(DocumentParser.sha256(bytes), doc.sha256());
    assertNull(doc.reason());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void markdownIsReadLikeText() {
    SourceDocument doc = parseOne("notes/brief.md", utf8("# Ferry\n\nThe council met."), true);
    assertTrue(doc.accepted());
    assertEquals("md", doc.format());
    assertEquals("notes/brief", doc.doc());
  }

  @Test
  void byteOrderMarkIsStrippedSoOffsetsStartAtTheFirstLetter() {
    byte[] bytes =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Mayor Quill spoke."));
    SourceDocument doc = parseOne("a.txt", bytes, true);
    assertEquals("Mayor Quill spoke.", doc.text());
    assertEquals(bytes.length, doc.bytes());
    assertEquals(DocumentParser.sha256(utf8("Mayor Quill spoke.")), doc.sha256());
  }

  @Test
  void windowsLineEndingsAreKeptExactly() {
    String text = "First paragraph.\r\n\r\nSecond paragraph.\r\n";
    SourceDocument doc = parseOne("crlf.txt", utf8(text), true);
    assertEquals(text, doc.text());
    assertEquals(text.indexOf("Second"), doc.text().indexOf("Second"));
  }

  @Test
  void invalidUtf8IsReplacedAndWarnedWhenTolerated() {
    byte[] bytes =
        concat(
            utf8("Price: "), new byte[] {(byte) 0xA3}, utf8("5 and caf"), new byte[] {(byte) 0xE9});
    SourceDocument doc = parseOne("latin1.txt", bytes, false);
    assertTrue(doc.accepted());
    assertEquals("Price: \uFFFD5 and caf\uFFFD", doc.text());
    assertEquals(List.of("invalid UTF-8 replaced at 2 places"), doc.warnings());
  }

  @Test
  void invalidUtf8IsRejectedWhenStrict() {
    byte[] bytes = concat(utf8("Price: "), new byte[] {(byte) 0xA3}, utf8("5"));
    SourceDocument doc = parseOne("latin1.txt", bytes, true);
    assertEquals(SourceDocument.REJECTED, doc.status());
    assertTrue(doc.reason().startsWith("not valid UTF-8"), doc.reason());
    assertTrue(doc.reason().contains("first at byte 7"), doc.reason());
    assertNull(doc.text());
    assertEquals(DocumentParser.sha256(bytes), doc.sha256());
  }

  @Test
  void utf16IsRejectedAsNotUtf8RatherThanBinary() {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Hi".getBytes(StandardCharsets.UTF_16LE));
    SourceDocument doc = parseOne("wide.txt", bytes, false);
    assertEquals(SourceDocument.REJECTED, doc.status());
    assertTrue(doc.reason().startsWith("not valid UTF-8"), doc.reason());
  }

  @Test
  void binaryFilesAreRejected() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    SourceDocument doc = parseOne("image.txt", png, false);
    assertEquals("binary file", doc.reason());
    assertEquals(png.length, doc.bytes());
    assertEquals(DocumentParser.sha256(png), doc.sha256());
  }

  @Test
  void controlCharacterNoiseWithoutNulIsBinary() {
    byte[] noise = {'a', 1, 2, 3, 4, 5, 'b', 6, 7, 8, 0x0E, 0x1B};
    assertEquals("binary file", parseOne("noise.md", noise, false).reason());
  }

  @Test
  void nulAfterTheSniffedPrefixIsReplacedAndWarned() {
    String head = "x".repeat(TextDecoder.SNIFF_BYTES);
    SourceDocument doc = parseOne("late-nul.txt", utf8(head + "tail\0end"), false);
    assertTrue(doc.accepted());
    assertEquals(head + "tail\uFFFDend", doc.text());
    assertEquals(List.of("NUL characters replaced at 1 places"), doc.warnings());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreRejected() {
    assertEquals("empty document", parseOne("empty.txt", new byte[0], true).reason());
    assertEquals("empty document", parseOne("blank.txt", utf8(" \r\n\t\u00A0\n"), true).reason());
    assertEquals(0, parseOne("empty.txt", new byte[0], true).bytes());
  }

  @Test
  void documentsOverTheLimitAreRejectedWithTheirSize() {
    byte[] bytes = utf8("y".repeat((int) LIMIT + 1));
    SourceDocument doc = parseOne("long.txt", bytes, true);
    assertEquals("document too large (10001 chars > 10000)", doc.reason());
    assertTrue(parseOne("fits.txt", utf8("y".repeat((int) LIMIT)), true).accepted());
  }

  @Test
  void unknownAndParquetFilesAreAccountedNotRead() {
    SourceDocument unknown = parseOne("photo.jpeg", utf8("whatever"), true);
    assertEquals(SourceDocument.REJECTED, unknown.status());
    assertEquals("unknown", unknown.format());
    assertEquals("photo", unknown.doc());
    SourceDocument parquet = parseOne("part-0.parquet", utf8("PAR1"), true);
    assertEquals(SourceDocument.REJECTED, parquet.status());
  }

  @Test
  void blankFormatFallsBackToTheFileName() {
    byte[] bytes = utf8("Text.");
    InputFile noFormat = new InputFile("file:/in/a.TXT", "a.TXT", "", bytes.length);
    SourceDocument doc = DocumentParser.parse(noFormat, bytes, LIMIT, true).get(0);
    assertTrue(doc.accepted());
    assertEquals("txt", doc.format());
  }

  @Test
  void formatOfKnowsTheUsualExtensionsInAnyCase() {
    assertEquals("txt", DocumentParser.formatOf("a.txt"));
    assertEquals("txt", DocumentParser.formatOf("A.TEXT"));
    assertEquals("md", DocumentParser.formatOf("dir/readme.Markdown"));
    assertEquals("md", DocumentParser.formatOf("x.MD"));
    assertEquals("jsonl", DocumentParser.formatOf("feed.jsonl"));
    assertEquals("jsonl", DocumentParser.formatOf("feed.NDJSON"));
    assertEquals("jsonl", DocumentParser.formatOf("feed.json-lines"));
    assertEquals("csv", DocumentParser.formatOf("s3a://bucket/wire.CSV"));
    assertEquals("parquet", DocumentParser.formatOf("part-00000.parquet"));
    assertEquals("unknown", DocumentParser.formatOf("archive.jsonl.gz"));
    assertEquals("unknown", DocumentParser.formatOf("feed.json"));
    assertEquals("unknown", DocumentParser.formatOf("README"));
    assertEquals("unknown", DocumentParser.formatOf("v1.2/README"));
    assertEquals("unknown", DocumentParser.formatOf(".txt"));
  }

  @Test
  void documentIdStripsOnlyTheLastExtensionAndKeepsFolders() {
    assertEquals("sub/000_abc", DocumentParser.documentId("sub/000_abc.txt"));
    assertEquals("2024/03/story.v2", DocumentParser.documentId("2024/03/story.v2.md"));
    assertEquals("v1.2/README", DocumentParser.documentId("v1.2/README"));
    assertEquals(".hidden", DocumentParser.documentId(".hidden"));
    assertEquals("dir/.hidden", DocumentParser.documentId("dir/.hidden"));
  }

  @Test
  void oddFileNamesGiveTheirNameAsId() {
    for (String relative :
        List.of(
            "with space/Story one.txt",
            "noticias/año nuevo – édition.txt",
            "-leading-dash.txt",
            "--.txt",
            "日本/記事.md",
            "quote'and\"double.txt")) {
      byte[] bytes = utf8("Body of the story.");
      SourceDocument doc = parseOne(relative, bytes, true);
      assertTrue(doc.accepted(), relative);
      assertEquals(relative.substring(0, relative.lastIndexOf('.')), doc.doc());
    }
  }
}
