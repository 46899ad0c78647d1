package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Edit;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {

  @TempDir Path dir;

  static ReuseFinding reuse(String id, String aText, String bText) {
    return new ReuseFinding(
        id,
        "near_verbatim",
        0.97,
        new PassageSide("000_alpha", 655, 790, aText, null),
        new PassageSide("001_beta", 2266, 2407, bText, "Dana Whitlock"),
        "f-0001",
        List.of(new Edit("insert", "", "its"), new Edit("number", "12", "40")));
  }

  @Test
  void reuseFindingUsesContractFieldNamesInRecordOrderWithNulls() {
    String line = Json.line(reuse("r-000001", "Harbor board voted", "Harbor board voted its"));
    assertEquals(
        json(
            "{'id':'r-000001','kind':'near_verbatim','score':0.97,"
                + "'a':{'doc':'000_alpha','start':655,'end':790,'text':'Harbor board voted',"
                + "'speaker':null},"
                + "'b':{'doc':'001_beta','start':2266,'end':2407,'text':'Harbor board voted its',"
                + "'speaker':'Dana Whitlock'},"
                + "'family':'f-0001',"
                + "'edits':[{'op':'insert','a':'','b':'its'},{'op':'number','a':'12','b':'40'}]}"),
        line);
  }

  @Test
  void conflictFindingUsesContractFieldNames() {
    ConflictFinding conflict =
        new ConflictFinding(
            "c-0001",
            "opening of the bridge",
            "date",
            List.of(
                new ConflictValue("2021-05-03", "a", 1, 5, "May 3", "It opened May 3."),
                new ConflictValue("2021-05-04", "b", 2, 6, "May 4", "It opened May 4.")),
            0.9,
            null);
    assertEquals(
        json(
            "{'id':'c-0001','topic':'opening of the bridge','attribute':'date','values':["
                + "{'value':'2021-05-03','doc':'a','start':1,'end':5,'text':'May 3',"
                + "'sentence':'It opened May 3.'},"
                + "{'value':'2021-05-04','doc':'b','start':2,'end':6,'text':'May 4',"
                + "'sentence':'It opened May 4.'}],"
                + "'confidence':0.9,'explanation':null,'measure':null,'label':null}"),
        Json.line(conflict));
  }

  /** JSON written with single quotes for readability (the fixtures contain none). */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void mapEntriesAreSortedByKey() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("reuse", 2);
    counts.put("conflicts", 1);
    counts.put("documents", 5);
    assertEquals("{\"conflicts\":1,\"documents\":5,\"reuse\":2}", Json.line(counts));
  }

  @Test
  void unicodeLineSeparatorsAreEscapedSoEachRecordStaysOnOneLine() throws Exception {
    ReuseFinding finding =
        reuse("r-1", "first\u2028second\u2029third\u0085fourth\nfifth\u000Csixth", "Zoë – «ñ»");
    Path file = dir.resolve("reuse.jsonl");
    Json.writeJsonLines(file, List.of(finding, finding));

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(2, text.lines().count());
    for (char separator : new char[] {'\u2028', '\u2029', '\u0085', '\u000C', '\r'}) {
      assertFalse(text.indexOf(separator) >= 0, "raw separator U+" + (int) separator);
    }
    assertTrue(text.contains("Zoë – «ñ»"), "other non-ASCII text stays readable");
    assertEquals(List.of(finding, finding), Json.readJsonLines(file, ReuseFinding.class));
  }

  @Test
  void emptyListWritesAnEmptyFile() throws Exception {
    Path file = dir.resolve("conflicts.jsonl");
    Json.writeJsonLines(file, List.of());
    assertEquals(0, Files.size(file));
  }

  @Test
  void prettyOutputIsIndentedAndEndsWithNewline() throws Exception {
    Path file = dir.resolve("x.json");
    Json.writePretty(file, Map.of("b", List.of(1, 2), "a", "x"));
    assertEquals(
        "{\n  \"a\" : \"x\",\n  \"b\" : [\n    1,\n    2\n  ]\n}\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }
}
