package crosscheck.report;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Edit;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * reuse.csv and conflicts.csv: the findings for spreadsheets.
 *
 * <p>Encoding: UTF-8 preceded by a byte order mark (EF BB BF). Excel reads a BOM-less CSV in the
 * system's legacy code page and garbles accents; with the BOM, Excel, LibreOffice and Numbers all
 * open it as UTF-8. Programs reading these files should strip a leading U+FEFF (Python: {@code
 * encoding="utf-8-sig"}). Format: RFC 4180 (comma, double quotes, CRLF records, one header row).
 *
 * <p>Formula neutralisation (OWASP "CSV Injection"): every text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading {@code '}, so a
 * spreadsheet shows news text instead of running it as a formula. Numbers we write ourselves
 * (offsets, scores) are never negative and are left alone.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvWriter {

  public static final List<String> REUSE_COLUMNS =
      List.of(
          "id",
          "kind",
          "score",
          "family",
          "a_doc",
          "a_start",
          "a_end",
          "a_speaker",
          "a_text",
          "b_doc",
          "b_start",
          "b_end",
          "b_speaker",
          "b_text",
          "edits");

  public static final List<String> CONFLICT_COLUMNS =
      List.of(
          "id",
          "topic",
          "attribute",
          "confidence",
          "value",
          "doc",
          "start",
          "end",
          "text",
          "sentence",
          "measure",
          "label",
          "explanation");

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvWriter() {}

  /** One row per reused passage pair. */
  public static void writeReuse(Path file, List<ReuseFinding> findings) throws IOException {
    List<List<String>> rows = new ArrayList<>(findings.size());
    for (ReuseFinding f : findings) {
      PassageSide a = f.a() == null ? new PassageSide(null, 0, 0, null, null) : f.a();
      PassageSide b = f.b() == null ? new PassageSide(null, 0, 0, null, null) : f.b();
      rows.add(
          Arrays.asList(
              f.id(),
              f.kind(),
              number(f.score()),
              f.family(),
              a.doc(),
              Integer.toString(a.start()),
              Integer.toString(a.end()),
              a.speaker(),
              a.text(),
              b.doc(),
              Integer.toString(b.start()),
              Integer.toString(b.end()),
              b.speaker(),
              b.text(),
              describeEdits(f.edits())));
    }
    write(file, REUSE_COLUMNS, rows);
  }

  /**
   * One row per value of each conflict, the conflict's fields repeated on each. A conflict without
   * values still gets one row (empty value columns), so nothing disappears from the spreadsheet.
   */
  public static void writeConflicts(Path file, List<ConflictFinding> findings) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (ConflictFinding c : findings) {
      List<ConflictValue> values = c.values() == null ? List.of() : c.values();
      if (values.isEmpty()) rows.add(conflictRow(c, null));
      for (ConflictValue v : values) rows.add(conflictRow(c, v));
    }
    write(file, CONFLICT_COLUMNS, rows);
  }

  /** The conflict's fields and one of its values (empty value columns when {@code v} is null). */
  private static List<String> conflictRow(ConflictFinding c, ConflictValue v) {
    return Arrays.asList(
        c.id(),
        c.topic(),
        c.attribute(),
        number(c.confidence()),
        v == null ? null : v.value(),
        v == null ? null : v.doc(),
        v == null ? null : Integer.toString(v.start()),
        v == null ? null : Integer.toString(v.end()),
        v == null ? null : v.text(),
        v == null ? null : v.sentence(),
        c.measure(),
        c.label(),
        c.explanation());
  }

  /**
   * The edits of a passage pair as compact text, e.g. {@code substitute: full → full its | number:
   * 12 → 40 | insert: +its | delete: -the}.
   */
  public static String describeEdits(List<Edit> edits) {
    if (edits == null || edits.isEmpty()) {
      return "";
    }
    return edits.stream().map(CsvWriter::describeEdit).collect(Collectors.joining(" | "));
  }

  private static String describeEdit(Edit edit) {
    String a = edit.a() == null ? "" : edit.a();
    String b = edit.b() == null ? "" : edit.b();
    if (a.isEmpty()) {
      return edit.op() + ": +" + b;
    }
    if (b.isEmpty()) {
      return edit.op() + ": -" + a;
    }
    return edit.op() + ": " + a + " → " + b;
  }

  /** {@code cell} with a leading {@code '} when a spreadsheet would read it as a formula. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** A score as a plain decimal (never {@code 1.0E-4}); NaN and infinities as empty cells. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static void write(Path file, List<String> header, List<List<String>> rows)
      throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(BYTE_ORDER_MARK);
      try (CSVPrinter printer = new CSVPrinter(out, format)) {
        for (List<String> row : rows) {
          List<String> cells = new ArrayList<>(row.size());
          for (String cell : row) {
            cells.add(neutralise(cell));
          }
          printer.printRecord(cells);
        }
      }
    }
  }
}
