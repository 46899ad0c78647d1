package crosscheck.report;

import static crosscheck.report.ReportFixtures.accepted;
import static crosscheck.report.ReportFixtures.conflict;
import static crosscheck.report.ReportFixtures.manifest;
import static crosscheck.report.ReportFixtures.rejected;
import static crosscheck.report.ReportFixtures.reuse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.LimitNotice;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import crosscheck.model.SkippedInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT_TITLE = "<script>alert(1)</script>";
  private static final String IMG_TITLE = "<img src=x onerror=alert(1)>";

  @Test
  void aLimitThatLeftSomethingOutIsOnTheFirstScreen() {
    LimitNotice notice =
        new LimitNotice(
            "conflicts", "conflicts.max_block_claims", 4000, "4000 claims were not compared");
    Manifest manifest =
        new Manifest(
            null, "job", "run", null, null, null, null, null, null, List.of(), List.of(notice));
    String html = HtmlReport.render(manifest, List.of(), List.of());
    int limits = html.indexOf("<section id=\"limits\"");
    assertTrue(limits > 0, "no limits section");
    assertTrue(limits < html.indexOf("<section id=\"summary\""), "limits come before the summary");
    assertTrue(html.contains("4000 claims were not compared"));
    assertTrue(html.contains("<code>conflicts.max_block_claims</code>"));
    assertFalse(
        HtmlReport.render(
                new Manifest(
                    null, "job", "run", null, null, null, null, null, null, List.of(), List.of()),
                List.of(),
                List.of())
            .contains("id=\"limits\""));
  }

  @Test
  void pathsNotReadAreListedEscapedAfterTheDocuments() {
    Manifest manifest =
        new Manifest(null, "job", "run", null, null, null, null, null, null, List.of(), List.of())
            .withSkipped(
                List.of(new SkippedInput("file:/in/<b>reports</b>/r1", "report folder & co")));
    String html = HtmlReport.render(manifest, List.of(), List.of());
    int skipped = html.indexOf("<section id=\"skipped\">");
    assertTrue(skipped > html.indexOf("<section id=\"documents\">"), html);
    assertTrue(html.contains("Not read: 1 path under the inputs"));
    assertTrue(html.contains("file:/in/&lt;b&gt;reports&lt;/b&gt;/r1"));
    assertTrue(html.contains("report folder &amp; co"));
    assertFalse(
        HtmlReport.render(
                new Manifest(
                    null, "job", "run", null, null, null, null, null, null, List.of(), List.of()),
                List.of(),
                List.of())
            .contains("id=\"skipped\""));
  }

  @Test
  void hostileMetadataAndTextAreEscaped() throws Exception {
    Manifest manifest =
        new Manifest(
            null,
            "</script><script>alert('job')</script>",
            "run\"><svg onload=alert(2)>",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(
                accepted("a-doc", "Tide & Co", SCRIPT_TITLE, List.of("en")),
                accepted("b-doc", "<b>Gull</b>", IMG_TITLE, List.of("en")),
                rejected("c-doc'><script>alert(3)</script>", "bad <i>bytes</i>")),
            List.of());
    ReuseFinding hostileReuse =
        new ReuseFinding(
            "r-1",
            "verbatim",
            1.0,
            new PassageSide("a-doc", 0, 30, "</td></tr></table><script>alert(4)</script>", null),
            new PassageSide("b-doc", 0, 30, "x", "<img src=y onerror=alert(5)>"),
            null,
            List.of());
    ConflictFinding hostileConflict =
        new ConflictFinding(
            "c-1",
            "<script>alert(6)</script>",
            "claim",
            List.of(new ConflictValue("<u>v</u>", "a-doc", 0, 3, "<a", "x <a href=javascript:y>")),
            0.5,
            null);
    Changes changes =
        new Changes(
            null, List.of("r-1\"><script>alert(7)</script>"), List.of(), List.of(), List.of());
    Map<String, String> texts =
        Map.of("a-doc", "</script><script>alert(8)</script><img src=x onerror=alert(9)>");

    String html =
        HtmlReport.render(
            manifest, List.of(hostileReuse), List.of(hostileConflict), changes, texts);

    String lower = html.toLowerCase(Locale.ROOT);
    assertTrue(html.contains("Tide &amp; Co"), "outlet in the summary, escaped");
    assertTrue(html.contains("&lt;b&gt;Gull&lt;/b&gt;"));
    assertTrue(html.contains("r-1&quot;&gt;&lt;script&gt;alert(7)"), "changed id escaped");
    assertFalse(lower.contains("<script>alert"));
    assertFalse(lower.contains("<img"));
    assertFalse(lower.contains("<svg"));
    assertFalse(html.contains("<a href=javascript"));
    assertFalse(html.contains("<b>Gull"));
    // Only the page's own three script elements, and every one of them closes where it should.
    assertEquals(3, count(html, "<script"));
    assertEquals(3, count(html, "</script>"));
    assertNoTagCarriesAnEventHandler(html);
    // The hostile strings survive as data, intact.
    JsonNode data = dataBlock(html, HtmlReport.DATA_ID);
    assertEquals(SCRIPT_TITLE, data.at("/docs/0/title").asText());
    assertEquals("c-doc'><script>alert(3)</script>", data.at("/docs/2/id").asText());
    assertEquals("<script>alert(6)</script>", data.at("/conflicts/0/topic").asText());
    assertEquals(texts.get("a-doc"), dataBlock(html, HtmlReport.TEXTS_ID).get("a-doc").asText());
  }

  @Test
  void scriptDataBlocksCannotBeClosedByData() {
    Manifest hostile =
        new Manifest(
            null,
            "</script><b>x</b>",
            "<!--",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of());

    String html =
        HtmlReport.render(hostile, List.of(), List.of(), null, Map.of("d", "a</script>b<!--c"));

    for (String id : List.of(HtmlReport.DATA_ID, HtmlReport.TEXTS_ID)) {
      String json = rawBlock(html, id);
      assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
    }
    assertTrue(
        rawBlock(html, HtmlReport.DATA_ID).contains("\\u003c/script\\u003e\\u003cb\\u003ex"));
    assertTrue(rawBlock(html, HtmlReport.TEXTS_ID).contains("a\\u003c/script\\u003eb\\u003c!--c"));
  }

  @Test
  void pageIsSelfContainedAndItsScriptIsAllowedByHash() throws Exception {
    String html =
        HtmlReport.render(
            manifest(List.of(accepted("a-doc", "tide", "Cranes", List.of("en")))),
            List.of(reuse("r-1")),
            List.of(conflict("c-1")));

    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no fetches");
    assertFalse(html.contains("innerHTML"));
    assertFalse(html.contains("insertAdjacentHTML") || html.contains("document.write"));
    assertTrue(html.contains("default-src 'none'"));
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertTrue(script.find());
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
    assertTrue(html.contains("script-src 'sha256-" + hash + "'"), "CSP names the script's hash");
  }

  @Test
  void summaryAndDataShowTheRun() throws Exception {
    String html =
        HtmlReport.render(
            manifest(
                List.of(
                    accepted("a-doc", "Tide Daily", "Cranes approved", List.of("en")),
                    accepted("b-doc", "Gull Post", "Nuevas grúas", List.of("es", "en")),
                    rejected("c-doc", "empty file"))),
            List.of(reuse("r-1")),
            List.of(conflict("c-1")),
            null,
            Map.of("a-doc", "0123456789The harbor board approved 12 new cranes."));

    assertTrue(html.contains("accepted: 2"));
    assertTrue(html.contains("rejected: 1"));
    assertTrue(html.contains("Gull Post: 1"));
    assertTrue(html.contains("es: 1"));
    assertTrue(html.contains("en: 2"));
    assertTrue(html.contains("near_verbatim: 1"));
    assertTrue(html.contains("number: 1"));
    assertFalse(html.contains("id=\"changes\""), "no changes section without changes");
    assertTrue(
        html.indexOf("id=\"conflicts\"") < html.indexOf("id=\"reuse\""), "conflicts come first");

    JsonNode data = dataBlock(html, HtmlReport.DATA_ID);
    JsonNode a = data.at("/docs/0");
    assertEquals("a-doc", a.get("id").asText());
    assertEquals("2024-03-05", a.get("published").asText());
    assertEquals(10, a.get("kept").asInt());
    assertEquals(12, a.get("sentences").asInt());
    assertEquals("related-links", a.at("/dropped/0/reason").asText());
    assertEquals("Read more: other story", a.at("/dropped/0/preview").asText());
    assertTrue(a.get("hasText").asBoolean());
    assertFalse(data.at("/docs/1/hasText").asBoolean());
    assertEquals("empty file", data.at("/docs/2/reason").asText());

    JsonNode c = data.at("/conflicts/0");
    assertEquals(0.9, c.get("confidence").asDouble());
    assertEquals("12", c.at("/values/0/text").asText());
    assertEquals("The harbor board approved 40 new cranes.", c.at("/values/1/sentence").asText());

    JsonNode r = data.at("/reuse/0");
    assertEquals("Mira Solberg", r.at("/b/speaker").asText());
    assertEquals(40, r.at("/b/start").asInt());
    assertEquals("f-0001", r.get("family").asText());
    assertEquals(
        JSON.readTree(
            "[[\"=\",\"The harbor board approved \"],[\"#\",\"12 \",\"40 \"],[\"=\",\"new cranes.\"]]"),
        r.get("diff"));
  }

  @Test
  void translationsKeepBothTextsWithoutAWordDiff() throws Exception {
    ReuseFinding translation =
        new ReuseFinding(
            "r-t",
            "translation",
            0.7,
            new PassageSide("a-doc", 0, 10, "The drones", null),
            new PassageSide("a-doc", 20, 30, "Los drones", null),
            "f-1",
            List.of());
    JsonNode r =
        dataBlock(
                HtmlReport.render(manifest(List.of()), List.of(translation), List.of()),
                HtmlReport.DATA_ID)
            .at("/reuse/0");
    assertFalse(r.has("diff"));
    assertEquals("The drones", r.get("textA").asText());
    assertEquals("Los drones", r.get("textB").asText());
  }

  @Test
  void changesSectionLinksNewFindingsAndListsResolvedOnes() throws Exception {
    Changes changes =
        new Changes(
            "reports/seeds/20240304T100000Z",
            List.of("r-1"),
            List.of("r-old"),
            List.of("c-1"),
            List.of());
    String html =
        HtmlReport.render(
            manifest(List.of()),
            List.of(reuse("r-1")),
            List.of(conflict("c-1")),
            changes,
            Map.of());

    assertTrue(html.contains("Changes since the previous run"));
    assertTrue(html.contains("Compared with reports/seeds/20240304T100000Z."));
    assertTrue(html.contains("<a href=\"#view=finding&amp;id=r-1\">r-1</a>"));
    assertTrue(html.contains("<a href=\"#view=finding&amp;id=c-1\">c-1</a>"));
    assertTrue(html.contains("<li>r-old</li>"), "resolved ids are not in this run: no link");
    assertTrue(html.contains("Resolved conflicts (0)"));
    assertTrue(html.contains("new reuse: 1"));
    JsonNode data = dataBlock(html, HtmlReport.DATA_ID);
    assertEquals("r-1", data.at("/changes/newReuse/0").asText());
    assertEquals("c-1", data.at("/changes/newConflicts/0").asText());
  }

  @Test
  void findingLinksEncodeTheirIds() {
    assertEquals("#view=finding&id=r-1", HtmlReport.findingHref("r-1"));
    assertEquals("#view=finding&id=a%20b%26c%3D", HtmlReport.findingHref("a b&c="));
  }

  @Test
  void emptyRunStillRenders() throws Exception {
    String html = HtmlReport.render(manifest(List.of()), List.of(), List.of());
    JsonNode data = dataBlock(html, HtmlReport.DATA_ID);
    assertEquals(0, data.get("reuse").size());
    assertEquals(0, data.get("conflicts").size());
    assertTrue(html.contains("Conflicts<b>0</b>"));
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void previewCollapsesWhitespaceAndCutsLongText() {
    assertEquals("a b c", HtmlReport.preview("  a\n\n b\tc ", 10));
    assertEquals("abcde…", HtmlReport.preview("abcdefghij", 5));
    assertEquals("abcd…", HtmlReport.preview("abcd\uD83D\uDE00xyz", 5), "no half emoji");
  }

  private static String rawBlock(String html, String id) {
    Matcher block =
        Pattern.compile(
                "<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>",
                Pattern.DOTALL)
            .matcher(html);
    assertTrue(block.find(), id);
    return block.group(1);
  }

  private static JsonNode dataBlock(String html, String id) throws Exception {
    return JSON.readTree(rawBlock(html, id));
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }

  private static void assertNoTagCarriesAnEventHandler(String html) {
    Matcher tag = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
    while (tag.find()) {
      assertFalse(
          Pattern.compile("\\son[a-z]+\\s*=").matcher(tag.group()).find(),
          "event handler in tag " + tag.group());
    }
  }
}
