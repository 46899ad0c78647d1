package crosscheck.report;

import static crosscheck.report.ReportFixtures.accepted;
import static crosscheck.report.ReportFixtures.conflict;
import static crosscheck.report.ReportFixtures.manifest;
import static crosscheck.report.ReportFixtures.rejected;
import static crosscheck.report.ReportFixtures.reuse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final String SCRIPT_TITLE = "<script>alert(1)</script>";
  private static final String IMG_TITLE = "<img src=x onerror=alert(1)>";

  @Test
  void hostileMetadataAndTextAreEscaped() {
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
                rejected("c-doc'><script>alert(3)</script>", "bad <i>bytes</i>")));
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

    String html = HtmlReport.render(manifest, List.of(hostileReuse), List.of(hostileConflict));

    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "title shown as text");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("Tide &amp; Co"));
    assertTrue(html.contains("c-doc&#39;&gt;&lt;script&gt;"));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script>alert"));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<img"));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<svg"));
    assertFalse(html.contains("<a href=javascript"));
    assertFalse(html.contains("<b>Gull"));
    // Only the page's own two script elements, and every one of them closes where it should.
    assertEquals(2, count(html, "<script"));
    assertEquals(2, count(html, "</script>"));
    assertNoTagCarriesAnEventHandler(html);
  }

  @Test
  void scriptDataBlockCannotBeClosedByData() {
    Manifest manifest = manifest(List.of());
    Manifest hostile =
        new Manifest(
            null, "</script><b>x</b>", "<!--", null, null, null, null, null, null, List.of());

    String html = HtmlReport.render(hostile, List.of(), List.of());

    Matcher block =
        Pattern.compile("<script type=\"application/json\" id=\"crosscheck-data\">(.*?)</script>")
            .matcher(html);
    assertTrue(block.find());
    String json = block.group(1);
    assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
    assertTrue(json.contains("\\u003c/script\\u003e\\u003cb\\u003ex\\u003c/b\\u003e"));
    assertTrue(manifest.documents().isEmpty());
  }

  @Test
  void pageIsSelfContainedAndScriptNeverUsesInnerHtml() {
    String html =
        HtmlReport.render(
            manifest(List.of(accepted("a-doc", "tide", "Cranes", List.of("en")))),
            List.of(reuse("r-1")),
            List.of(conflict("c-1")));

    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no fetches");
    assertFalse(html.contains("innerHTML"));
    assertTrue(html.contains("Content-Security-Policy"));
    assertTrue(html.contains("default-src 'none'"));
  }

  @Test
  void summaryAndSectionsShowTheRun() {
    String html =
        HtmlReport.render(
            manifest(
                List.of(
                    accepted("a-doc", "Tide Daily", "Cranes approved", List.of("en")),
                    accepted("b-doc", "Gull Post", "Nuevas grúas", List.of("es", "en")),
                    rejected("c-doc", "empty file"))),
            List.of(reuse("r-1")),
            List.of(conflict("c-1")));

    assertTrue(html.contains("accepted: 2"));
    assertTrue(html.contains("rejected: 1"));
    assertTrue(html.contains("Gull Post: 1"));
    assertTrue(html.contains("es: 1"));
    assertTrue(html.contains("en: 2"));
    assertTrue(html.contains("near_verbatim: 1"));
    assertTrue(html.contains("number: 1"));
    assertTrue(html.contains("empty file"), "rejection reason shown");
    assertTrue(html.contains("10 / 12"), "kept sentences");
    assertTrue(html.contains("related-links") && html.contains("Read more: other story"));
    assertTrue(html.contains("approved <mark>12</mark> new cranes"), "conflict evidence marked");
    assertTrue(html.contains("<del>12</del> <ins>40</ins>"), "number edit shown");
    assertTrue(html.contains("attributed to Mira Solberg"));
    assertTrue(html.contains("Nuevas grúas"));
  }

  @Test
  void emptyRunStillRenders() {
    String html = HtmlReport.render(manifest(List.of()), List.of(), List.of());
    assertTrue(html.contains("No conflicting facts found."));
    assertTrue(html.contains("No reused passages found."));
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void previewCollapsesWhitespaceAndCutsLongText() {
    assertEquals("a b c", HtmlReport.preview("  a\n\n b\tc ", 10));
    assertEquals("abcde…", HtmlReport.preview("abcdefghij", 5));
    assertEquals("abcd…", HtmlReport.preview("abcd\uD83D\uDE00xyz", 5), "no half emoji");
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
