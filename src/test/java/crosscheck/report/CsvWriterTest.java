package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Edit;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

  @TempDir Path dir;

  private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/\",\"click\")";
  private static final String AWKWARD =
      "The mayor said, \"we will \"\"rebuild\"\"\",\nthen left;\r\nsecond line, with commas";

  @Test
  void reuseRowsReadBackEqualExceptTheNeutralisingQuote() throws Exception {
    ReuseFinding finding =
        new ReuseFinding(
            "r-000001",
            "near_verbatim",
            0.875,
            new PassageSide("000_alpha", 10, 60, HYPERLINK, null),
            new PassageSide("001_beta", 200, 251, AWKWARD, "+Corin Vale"),
            "f-0001",
            List.of(new Edit("substitute", "full", "full its"), new Edit("number", "12", "40")));
    Path file = dir.resolve("reuse.csv");

    CsvWriter.writeReuse(file, List.of(finding));

    Table table = read(file);
    assertEquals(CsvWriter.REUSE_COLUMNS, table.header());
    assertEquals(1, table.rows().size());
    CSVRecord row = table.rows().get(0);
    assertEquals("r-000001", row.get(0));
    assertEquals("0.875", row.get(2));
    assertEquals("'" + HYPERLINK, row.get(8), "formula in a_text neutralised");
    assertEquals("", row.get(7), "null speaker is an empty cell");
    assertEquals(AWKWARD, row.get(13), "quotes, commas and line breaks survive");
    assertEquals("'+Corin Vale", row.get(12));
    assertEquals("substitute: full → full its | number: 12 → 40", row.get(14));
    assertNoCellStartsWithFormula(table.rows());
  }

  @Test
  void conflictsHaveOneRowPerValue() throws Exception {
    ConflictFinding conflict =
        new ConflictFinding(
            "c-0001",
            "budget of the river project",
            "quantity",
            List.of(
                new ConflictValue("-3 million USD", "a", 5, 20, "-3 million", AWKWARD),
                new ConflictValue("@5 million USD", "b", 7, 22, "\tfive million", "Cost: =1+1")),
            0.8,
            "2 sources give different figures",
            "money",
            "update");
    ConflictFinding noValues =
        new ConflictFinding("c-0002", "@topic", "date", List.of(), 0.5, null);
    Path file = dir.resolve("conflicts.csv");

    CsvWriter.writeConflicts(file, List.of(conflict, noValues));

    Table table = read(file);
    List<CSVRecord> rows = table.rows();
    assertEquals(CsvWriter.CONFLICT_COLUMNS, table.header());
    assertEquals(3, rows.size());
    assertEquals(
        List.of(
            "c-0001",
            "budget of the river project",
            "quantity",
            "0.8",
            "'-3 million USD",
            "a",
            "5",
            "20",
            "'-3 million",
            AWKWARD,
            "money",
            "update",
            "2 sources give different figures"),
        rows.get(0).toList());
    assertEquals("'\tfive million", rows.get(1).get("text"));
    assertEquals("Cost: =1+1", rows.get(1).get("sentence"), "only a cell's first character counts");
    assertEquals(
        List.of("c-0002", "'@topic", "date", "0.5", "", "", "", "", "", "", "", "", ""),
        rows.get(2).toList());
    assertNoCellStartsWithFormula(rows);
  }

  @Test
  void fileIsUtf8WithByteOrderMarkAndCrlfRecords() throws Exception {
    Path file = dir.resolve("reuse.csv");
    CsvWriter.writeReuse(file, List.of());
    byte[] bytes = Files.readAllBytes(file);
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    assertTrue(new String(bytes, StandardCharsets.UTF_8).endsWith("edits\r\n"));
  }

  @Test
  void scoresAreWrittenAsPlainDecimals() {
    assertEquals("0.0001", CsvWriter.number(0.0001));
    assertEquals("1", CsvWriter.number(1.0));
    assertEquals("", CsvWriter.number(Double.NaN));
  }

  /** Header names and data rows, read with Commons CSV after stripping the byte order mark. */
  private record Table(List<String> header, List<CSVRecord> rows) {}

  private static Table read(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "byte order mark first");
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
      return new Table(parser.getHeaderNames(), parser.getRecords());
    }
  }

  private static void assertNoCellStartsWithFormula(List<CSVRecord> rows) {
    for (CSVRecord row : rows) {
      for (String cell : row) {
        assertFalse(
            !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
            "cell starts with a formula character: " + cell);
      }
    }
  }
}
