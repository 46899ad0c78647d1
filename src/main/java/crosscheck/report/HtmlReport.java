package crosscheck.report;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.DocumentMeta;
import crosscheck.model.DroppedSpan;
import crosscheck.model.LimitNotice;
import crosscheck.model.ManifestEntry;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import crosscheck.model.SkippedInput;
import crosscheck.model.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * report.html: one self-contained page for editors, opened straight from disk (inline CSS and JS,
 * nothing fetched from the network).
 *
 * <p>The page is a small server-rendered frame (header, summary, changes since the previous run)
 * plus three JSON blocks the page's script renders from: the findings and documents ({@value
 * #DATA_ID}), and the cited document texts ({@value #TEXTS_ID}, parsed only when a document is
 * first opened). Conflicts, reused passages and documents are filtered, sorted and paged on that
 * data, so a run with tens of thousands of findings puts only one page of them in the DOM.
 *
 * <p>Everything that comes from the input (text, titles, outlets, ids, reasons) is data, never
 * markup: it is HTML-escaped in the frame, and in the JSON blocks {@code <}, {@code >} and {@code
 * &} are written as {@code \\u003c}-style escapes, so "</script>" in a text cannot end a block. The
 * script only creates DOM nodes and sets {@code textContent}, never {@code innerHTML}. As a second
 * line of defence a Content-Security-Policy allows no network access and runs only the page's own
 * script (by hash), so an escaping mistake could not run injected script or inline event handlers.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {

  /** Characters of a dropped span shown in the documents table. */
  static final int PREVIEW_CHARS = 100;

  static final String DATA_ID = "crosscheck-data";
  static final String TEXTS_ID = "crosscheck-texts";

  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
          + "form-action 'none'; script-src '"
          + sha256Base64(SCRIPT)
          + "'";

  private HtmlReport() {}

  /** The report page for one run, without changes or document texts. */
  public static String render(
      Manifest manifest, List<ReuseFinding> reuse, List<ConflictFinding> conflicts) {
    return render(manifest, reuse, conflicts, null, Map.of());
  }

  /**
   * @param changes against the previous run, or null
   * @param documentTexts texts of the documents the findings cite, by doc id
   */
  public static String render(
      Manifest manifest,
      List<ReuseFinding> reuse,
      List<ConflictFinding> conflicts,
      Changes changes,
      Map<String, String> documentTexts) {
    Page page = new Page(manifest);
    StringBuilder html = page.html;
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CONTENT_SECURITY_POLICY)
        .append("\">\n<title>crosscheck report");
    if (manifest.job() != null) {
      html.append(" – ").append(escape(manifest.job()));
    }
    html.append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    page.header(changes != null);
    page.limits();
    page.summary(reuse, conflicts, changes);
    if (changes != null) {
      page.changes(changes);
    }
    page.sections();
    page.skipped();
    html.append("<footer class=\"muted\" id=\"run-footer\"></footer>\n");
    page.dataBlock(DATA_ID, ReportData.of(manifest, reuse, conflicts, changes, documentTexts));
    page.dataBlock(TEXTS_ID, documentTexts == null ? Map.of() : new TreeMap<>(documentTexts));
    html.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  /** {@code text} safe as HTML element content and as a quoted attribute value. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      String replacement =
          switch (text.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(text.charAt(i));
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** JSON for a {@code <script type="application/json">} block: no character can close it. */
  static String scriptJson(Object value) {
    return Json.line(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /**
   * The first {@code max} characters of {@code text} with runs of whitespace as one space, and an
   * ellipsis when cut (never inside a surrogate pair).
   */
  static String preview(String text, int max) {
    if (text == null) {
      return "";
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = Character.isHighSurrogate(flat.charAt(max - 1)) ? max - 1 : max;
    return flat.substring(0, cut).stripTrailing() + "…";
  }

  /** The anchor the page's script understands for one finding (reuse or conflict id). */
  static String findingHref(String id) {
    return "#view=finding&id="
        + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String sha256Base64(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource crosscheck/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One page being written. */
  private static final class Page {
    final StringBuilder html = new StringBuilder(64 * 1024);
    final Manifest manifest;

    Page(Manifest manifest) {
      this.manifest = manifest;
    }

    void header(boolean withChanges) {
      html.append("<header>\n<h1>crosscheck report</h1>\n<p class=\"muted\">");
      field("Job", manifest.job());
      field("Run", manifest.runId());
      field("Started", manifest.startedAt());
      field("Finished", manifest.finishedAt());
      field("Spark", joinNonNull(manifest.sparkVersion(), manifest.sparkMaster()));
      html.append("</p>\n");
      if (manifest.settings() != null) {
        html.append("<details><summary>Settings in force</summary><pre>")
            .append(escape(prettySettings()))
            .append("</pre></details>\n");
      }
      html.append("<nav><a href=\"#summary\">Summary</a>");
      if (withChanges) {
        html.append("<a href=\"#changes\">Changes</a>");
      }
      html.append("<a href=\"#conflicts\">Conflicts</a><a href=\"#reuse\">Reused passages</a>")
          .append("<a href=\"#documents\">Documents</a></nav>\n</header>\n");
    }

    void summary(List<ReuseFinding> reuse, List<ConflictFinding> conflicts, Changes changes) {
      Map<String, Integer> outlets = new TreeMap<>();
      for (ManifestEntry entry : manifest.documents()) {
        if (SourceDocument.ACCEPTED.equals(entry.status())) {
          String outlet = entry.outlet();
          outlets.merge(outlet == null || outlet.isBlank() ? "(unknown)" : outlet, 1, Integer::sum);
        }
      }
      Map<String, Integer> reuseKinds = new TreeMap<>();
      reuse.forEach(f -> reuseKinds.merge(String.valueOf(f.kind()), 1, Integer::sum));
      Map<String, Integer> conflictAttributes = new TreeMap<>();
      conflicts.forEach(
          c -> conflictAttributes.merge(String.valueOf(c.attribute()), 1, Integer::sum));

      html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
      Map<String, Integer> statuses = new LinkedHashMap<>();
      statuses.put("accepted", (int) manifest.documentsWithStatus(SourceDocument.ACCEPTED));
      statuses.put("rejected", (int) manifest.documentsWithStatus(SourceDocument.REJECTED));
      card("Documents", manifest.documents().size(), statuses);
      card("Outlets", outlets.size(), outlets);
      card("Languages", manifest.languages().size(), manifest.languages());
      card("Conflicts", conflicts.size(), conflictAttributes);
      card("Reused passages", reuse.size(), reuseKinds);
      if (changes != null) {
        Map<String, Integer> parts = new LinkedHashMap<>();
        parts.put("new conflicts", changes.newConflicts().size());
        parts.put("resolved conflicts", changes.resolvedConflicts().size());
        parts.put("new reuse", changes.newReuse().size());
        parts.put("resolved reuse", changes.resolvedReuse().size());
        card("Changes", null, parts);
      }
      html.append("</div>\n</section>\n");
    }

    /**
     * What the job's limits left out: on the first screen, so nobody reads a partial report as
     * whole.
     */
    void limits() {
      if (manifest.limits().isEmpty()) return;
      html.append("<section id=\"limits\" class=\"limits\" role=\"alert\">\n<h2>Not everything")
          .append(" was checked</h2>\n<ul>\n");
      for (LimitNotice l : manifest.limits()) {
        html.append("<li>")
            .append(escape(l.message()))
            .append(" <span class=\"muted\">(")
            .append(escape(l.stage()))
            .append(", <code>")
            .append(escape(l.setting()))
            .append("</code>)</span></li>\n");
      }
      html.append("</ul>\n</section>\n");
    }

    /** Paths under the inputs that were not read (a report folder, a lock file...), with why. */
    void skipped() {
      if (manifest.skipped().isEmpty()) return;
      html.append("<section id=\"skipped\">\n<details><summary>Not read: ")
          .append(manifest.skipped().size())
          .append(manifest.skipped().size() == 1 ? " path" : " paths")
          .append(" under the inputs</summary>\n<ul>\n");
      for (SkippedInput s : manifest.skipped()) {
        html.append("<li><code>")
            .append(escape(s.path()))
            .append("</code> <span class=\"muted\">")
            .append(escape(s.reason()))
            .append("</span></li>\n");
      }
      html.append("</ul>\n</details>\n</section>\n");
    }

    void changes(Changes changes) {
      html.append(
          "<section id=\"changes\">\n<h2>Changes since the previous run</h2>\n<p class=\"muted\">");
      if (changes.previous() == null) {
        html.append("No previous run to compare with: every finding is new.");
      } else {
        html.append("Compared with ").append(escape(changes.previous())).append('.');
      }
      // Why this run, or why none: a run made from other inputs is never the baseline.
      if (changes.previousReason() != null) {
        html.append(" <span id=\"changes-reason\">")
            .append(escape(changes.previousReason()))
            .append("</span>");
      }
      html.append("</p>\n<div class=\"changes\">\n");
      changeList("New conflicts", changes.newConflicts(), true);
      changeList("Resolved conflicts", changes.resolvedConflicts(), false);
      changeList("New reused passages", changes.newReuse(), true);
      changeList("Resolved reused passages", changes.resolvedReuse(), false);
      html.append("</div>\n</section>\n");
    }

    /** New ids link to their finding; resolved ones are no longer in this run, so stay text. */
    void changeList(String title, List<String> ids, boolean link) {
      html.append("<div><h3>").append(title).append(" (").append(ids.size()).append(")</h3>");
      if (ids.isEmpty()) {
        html.append("<p class=\"none\">none</p></div>\n");
        return;
      }
      html.append("<ul class=\"ids\">");
      for (String id : ids) {
        html.append("<li>");
        if (link) {
          html.append("<a href=\"")
              .append(escape(findingHref(id)))
              .append("\">")
              .append(escape(id))
              .append("</a>");
        } else {
          html.append(escape(id));
        }
        html.append("</li>");
      }
      html.append("</ul></div>\n");
    }

    /** Empty sections with their controls; the script fills them from the data block. */
    void sections() {
      html.append(
          """
          <section id="conflicts">
          <h2>Conflicts <span class="count" id="conflicts-count"></span></h2>
          <p class="muted">Facts the sources disagree on. Each value is shown with the sentence it \
          comes from; follow a document link to read it in place.</p>
          <div class="controls" id="conflicts-controls"></div>
          <div id="conflicts-list" class="list"></div>
          <div class="pager" id="conflicts-pager"></div>
          </section>
          <section id="reuse">
          <h2>Reused passages <span class="count" id="reuse-count"></span></h2>
          <p class="muted">Side a is the earlier source where publication dates tell. Differences: \
          <del>deleted from a</del> <ins>inserted in b</ins> <del class="sub">substituted</del>\
          <ins class="sub">words</ins> <del class="num">changed</del><ins class="num">numbers</ins>. \
          Translations are not compared word by word.</p>
          <div class="controls" id="reuse-controls"></div>
          <table class="reuse-table"><thead><tr><th>Finding</th><th>Earlier (a)</th>\
          <th>Later (b)</th></tr></thead><tbody id="reuse-list"></tbody></table>
          <div class="pager" id="reuse-pager"></div>
          </section>
          <section id="documents">
          <h2>Documents <span class="count" id="documents-count"></span></h2>
          <div class="controls" id="documents-controls"></div>
          <table class="documents-table"><thead><tr><th>Document</th><th>Outlet</th><th>Title</th>\
          <th>Languages</th><th>Status</th><th>Kept sentences</th><th>Dropped</th></tr></thead>\
          <tbody id="documents-list"></tbody></table>
          <div class="pager" id="documents-pager"></div>
          </section>
          <aside id="document-view" hidden>
          <div class="docview-bar"><button type="button" id="document-close">Close</button> \
          <b id="document-title"></b> <span class="muted" id="document-meta"></span></div>
          <div id="document-text" class="doctext"></div>
          </aside>
          <noscript><p>This report needs JavaScript to list its findings.</p></noscript>
          """);
    }

    void dataBlock(String id, Object value) {
      html.append("<script type=\"application/json\" id=\"")
          .append(id)
          .append("\">")
          .append(scriptJson(value))
          .append("</script>\n");
    }

    void field(String name, String value) {
      if (value != null && !value.isEmpty()) {
        html.append(name).append(": <b>").append(escape(value)).append("</b> &nbsp; ");
      }
    }

    void card(String name, Integer total, Map<String, Integer> parts) {
      html.append("<div class=\"card\">").append(name);
      if (total != null) {
        html.append("<b>").append(total).append("</b>");
      }
      if (!parts.isEmpty()) {
        html.append("<ul>");
        parts.forEach(
            (key, count) ->
                html.append("<li>").append(escape(key)).append(": ").append(count).append("</li>"));
        html.append("</ul>");
      }
      html.append("</div>\n");
    }

    String prettySettings() {
      try {
        return Json.mapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(manifest.settings());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return String.valueOf(manifest.settings());
      }
    }
  }

  /** The data block: plain maps and lists with short keys, read by report.js. */
  static final class ReportData {
    private ReportData() {}

    static Map<String, Object> of(
        Manifest manifest,
        List<ReuseFinding> reuse,
        List<ConflictFinding> conflicts,
        Changes changes,
        Map<String, String> documentTexts) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("schema", manifest.schema());
      data.put("job", manifest.job());
      data.put("runId", manifest.runId());
      List<Object> docs = new ArrayList<>(manifest.documents().size());
      for (ManifestEntry entry : manifest.documents()) {
        docs.add(document(entry, documentTexts != null && documentTexts.containsKey(entry.doc())));
      }
      data.put("docs", docs);
      data.put("conflicts", conflicts.stream().map(ReportData::conflict).toList());
      data.put("reuse", reuse.stream().map(ReportData::reuse).toList());
      if (changes != null) {
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("newReuse", changes.newReuse());
        changed.put("newConflicts", changes.newConflicts());
        data.put("changes", changed);
      }
      return data;
    }

    static Map<String, Object> document(ManifestEntry entry, boolean hasText) {
      DocumentMeta meta = entry.meta();
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("id", entry.doc());
      doc.put("path", entry.path());
      doc.put("line", entry.line());
      doc.put("status", entry.status());
      doc.put("reason", entry.reason());
      doc.put("outlet", meta.outlet());
      doc.put("title", meta.title());
      doc.put("url", meta.url());
      doc.put("published", meta.published() != null ? meta.published() : entry.publishedInferred());
      doc.put("publishedInferred", meta.published() == null && entry.publishedInferred() != null);
      doc.put("languages", entry.languages());
      doc.put("sentences", entry.sentences());
      doc.put("kept", entry.keptSentences());
      doc.put("warnings", entry.warnings());
      List<Object> dropped = new ArrayList<>();
      for (DroppedSpan span : entry.dropped()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("role", span.role());
        d.put("reason", span.reason());
        d.put("start", span.start());
        d.put("end", span.end());
        d.put("preview", preview(span.text(), PREVIEW_CHARS));
        dropped.add(d);
      }
      doc.put("dropped", dropped);
      doc.put("hasText", hasText);
      return doc;
    }

    static Map<String, Object> conflict(ConflictFinding conflict) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", conflict.id());
      c.put("topic", conflict.topic());
      c.put("attribute", conflict.attribute());
      c.put("measure", conflict.measure());
      c.put("label", conflict.label());
      c.put("confidence", finite(conflict.confidence()));
      c.put("explanation", conflict.explanation());
      List<Object> values = new ArrayList<>();
      for (ConflictValue value :
          conflict.values() == null ? List.<ConflictValue>of() : conflict.values()) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value.value());
        v.put("doc", value.doc());
        v.put("start", value.start());
        v.put("end", value.end());
        v.put("text", value.text());
        v.put("sentence", value.sentence());
        values.add(v);
      }
      c.put("values", values);
      return c;
    }

    static Map<String, Object> reuse(ReuseFinding finding) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", finding.id());
      r.put("kind", finding.kind());
      r.put("score", finite(finding.score()));
      r.put("family", finding.family());
      r.put("a", side(finding.a()));
      r.put("b", side(finding.b()));
      String a = finding.a() == null ? null : finding.a().text();
      String b = finding.b() == null ? null : finding.b().text();
      if ("translation".equals(finding.kind())) {
        // Different languages share few words: a word diff would mark everything.
        r.put("textA", a);
        r.put("textB", b);
      } else {
        List<List<String>> diff = new ArrayList<>();
        for (WordDiff.Segment s : WordDiff.diff(a, b)) {
          // Unchanged runs usually read the same on both sides: store the text once.
          diff.add(
              s.op() == WordDiff.Op.SAME && s.a().equals(s.b())
                  ? List.of(s.op().code, s.a())
                  : List.of(s.op().code, s.a(), s.b()));
        }
        r.put("diff", diff);
      }
      return r;
    }

    static Map<String, Object> side(PassageSide side) {
      Map<String, Object> s = new LinkedHashMap<>();
      if (side != null) {
        s.put("doc", side.doc());
        s.put("start", side.start());
        s.put("end", side.end());
        s.put("speaker", side.speaker());
      }
      return s;
    }

    static Double finite(double value) {
      return Double.isFinite(value) ? value : null;
    }
  }

  private static String joinNonNull(String first, String second) {
    if (first == null || first.isBlank()) {
      return second == null ? "" : second;
    }
    return second == null || second.isBlank() ? first : first + " · " + second;
  }
}
