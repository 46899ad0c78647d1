package crosscheck.ingest;

import static crosscheck.ingest.DocumentParserTest.file;
import static crosscheck.ingest.DocumentParserTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsParserTest {

  private static List<SourceDocument> parse(String csv) {
    byte[] bytes = utf8(csv);
    return DocumentParser.parse(file("wire/export.csv", bytes), bytes, 10_000, true);
  }

  @Test
  void rowsBecomeDocumentsWithMetadataAndRowNumbers() {
    List<SourceDocument> docs =
        parse(
            "id,text,outlet,url,published,title,extra\r\n"
                + "w1,Dock workers strike.,Port"
                + " Gazette,https://port.example/w1,2024-05-01,Strike,x\r\n"
                + "w2,Talks resume.,,,,,\r\n");
    assertEquals(2, docs.size());
    SourceDocument first = docs.get(0);
    assertTrue(first.accepted());
    assertEquals("w1", first.doc());
    assertEquals(1, first.line());
    assertEquals("csv", first.format());
    assertEquals("Dock workers strike.", first.text());
    assertEquals("Port Gazette", first.outlet());
    assertEquals("https://port.example/w1", first.url());
    assertEquals("2024-05-01", first.published());
    assertEquals("Strike", first.title());
    assertNull(docs.get(1).outlet());
    assertEquals(2, docs.get(1).line());
  }

  @Test
  void quotedMultiLineTextIsKeptExactly() {
    List<SourceDocument> docs =
        parse(
            "id,text\n"
                + "m1,\"First line, with comma.\r\nSecond \"\"quoted\"\" line.\"\n"
                + "m2,After.\n");
    assertEquals(2, docs.size());
    assertEquals("First line, with comma.\r\nSecond \"quoted\" line.", docs.get(0).text());
    assertEquals("m2", docs.get(1).doc());
    assertEquals(2, docs.get(1).line());
  }

  @Test
  void missingTextColumnStopsTheRunNamingTheColumn() {
    MissingColumnException e =
        assertThrows(MissingColumnException.class, () -> parse("id,body\n1,hello\n"));
    assertEquals("text", e.column());
    assertEquals("CSV file file:/data/in/wire/export.csv has no 'text' column", e.getMessage());
    assertEquals(
        "id", assertThrows(MissingColumnException.class, () -> parse("text\nhello\n")).column());
  }

  @Test
  void headerMatchesInAnyCaseOrderWithSpacesAndBom() {
    List<SourceDocument> docs = parse("\uFEFF Title ,TEXT, Id \nHeadline,Body text.,k9\n");
    assertEquals(1, docs.size());
    assertEquals("k9", docs.get(0).doc());
    assertEquals("Body text.", docs.get(0).text());
    assertEquals("Headline", docs.get(0).title());
  }

  @Test
  void emptyIdOrTextRejectsTheRowOnly() {
    List<SourceDocument> docs = parse("id,text\n,orphan text\nr2,\nr3,   \nr4,Fine.\nr5\n");
    assertEquals("row 1: empty id", docs.get(0).reason());
    assertEquals("wire/export#L1", docs.get(0).doc());
    assertEquals("row 2: empty text", docs.get(1).reason());
    assertEquals("r2", docs.get(1).doc());
    assertEquals("row 3: empty text", docs.get(2).reason());
    assertTrue(docs.get(3).accepted());
    assertEquals("row 5: empty text", docs.get(4).reason());
  }

  @Test
  void blankLinesBetweenRowsAreNotRows() {
    List<SourceDocument> docs = parse("id,text\n\na,A.\n\n\nb,B.\n");
    assertEquals(List.of("a", "b"), docs.stream().map(SourceDocument::doc).toList());
    assertEquals(2, docs.get(1).line());
  }

  @Test
  void malformedCsvKeepsEarlierRowsAndAccountsForTheRest() {
    List<SourceDocument> docs = parse("id,text\na,Good.\nb,\"Unterminated quote\nc,Lost.\n");
    assertEquals(2, docs.size());
    assertTrue(docs.get(0).accepted());
    SourceDocument rest = docs.get(1);
    assertEquals(SourceDocument.REJECTED, rest.status());
    assertEquals(2, rest.line());
    assertTrue(rest.reason().startsWith("row 2: malformed CSV ("), rest.reason());
    assertEquals(utf8("b,\"Unterminated quote\nc,Lost.\n").length, rest.bytes());
  }

  @Test
  void headerOnlyFileIsOneRejectedEntry() {
    List<SourceDocument> docs = parse("id,text\r\n");
    assertEquals(1, docs.size());
    assertTrue(docs.get(0).reason().startsWith("empty document"), docs.get(0).reason());
    assertEquals("wire/export", docs.get(0).doc());
  }

  @Test
  void invalidUtf8InOneRowRejectsOnlyThatRowWhenStrict() {
    byte[] bytes =
        DocumentParserTest.concat(
            utf8("id,text\nr1,Fine.\nr2,caf"), new byte[] {(byte) 0xE9}, utf8("\nr3,Also fine.\n"));
    List<SourceDocument> strict = DocumentParser.parse(file("x.csv", bytes), bytes, 10_000, true);
    assertTrue(strict.get(0).accepted());
    assertEquals("row 2: not valid UTF-8 (1 invalid sequences)", strict.get(1).reason());
    assertTrue(strict.get(2).accepted());
    List<SourceDocument> tolerant =
        DocumentParser.parse(file("x.csv", bytes), bytes, 10_000, false);
    assertEquals(List.of(), tolerant.get(0).warnings());
    assertEquals(List.of("invalid UTF-8 replaced at 1 places"), tolerant.get(1).warnings());
    assertEquals(List.of(), tolerant.get(2).warnings());
  }
}
