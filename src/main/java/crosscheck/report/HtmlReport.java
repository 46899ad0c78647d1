package crosscheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.DocumentMeta;
import crosscheck.model.DroppedSpan;
import crosscheck.model.Edit;
import crosscheck.model.ManifestEntry;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import crosscheck.model.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * report.html: one self-contained page for editors, opened straight from disk (inline CSS and JS,
 * nothing fetched from the network).
 *
 * <p>Everything that comes from the input (text, titles, outlets, ids, reasons) is data, never
 * markup: it is HTML-escaped wherever it appears, and data for the script travels in a {@code
 * <script type="application/json">} block with {@code <}, {@code >} and {@code &} written as {@code
 * \\u003c}-style escapes, so "</script>" in a text cannot end the block. The script only sets
 * {@code textContent} and {@code hidden}, never {@code innerHTML}. As a second line of defence a
 * Content-Security-Policy allows no network access and runs only the page's own script (by hash),
 * so an escaping mistake could not run injected script or inline event handlers.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {

  /** Characters of a dropped span shown in the documents table. */
  static final int PREVIEW_CHARS = 100;

  private static final String DATA_ID = "crosscheck-data";

  private static final String STYLE =
      """
:root{--fg:#1d2430;--muted:#5f6b7a;--line:#d8dee6;--bg:#f6f8fa;--accent:#0b5cad;\
--bad:#a4262c;--ins:#dff5e1;--del:#fbe3e4;--mark:#fff3b0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg)}
header,section,footer{padding:1rem 2rem}
header{background:var(--bg);border-bottom:1px solid var(--line)}
h1{margin:0 0 .3rem;font-size:1.5rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
nav a{margin-right:1rem}
a{color:var(--accent)}
.muted,.none{color:var(--muted)}
.cards{display:flex;flex-wrap:wrap;gap:.8rem}
.card{border:1px solid var(--line);border-radius:6px;padding:.6rem .9rem;min-width:11rem;background:#fff}
.card b{display:block;font-size:1.4rem}
.card ul{margin:.3rem 0 0;padding-left:1.1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:var(--bg);position:sticky;top:0}
td.num{text-align:right;white-space:nowrap}
tr.rejected td{background:#fdf3f3}
.status-rejected{color:var(--bad);font-weight:600}
.passage{white-space:pre-wrap;max-width:40rem}
.side{font-size:.85rem;color:var(--muted);margin-bottom:.25rem}
.badge{display:inline-block;border-radius:3px;padding:0 .35rem;background:var(--bg);\
border:1px solid var(--line);font-size:.8rem}
del{background:var(--del);text-decoration:line-through}
ins{background:var(--ins);text-decoration:none}
mark{background:var(--mark)}
.conflict{border:1px solid var(--line);border-radius:6px;margin:.8rem 0;padding:.4rem .8rem}
.conflict h3{margin:.3rem 0;font-size:1rem}
input[type=search]{padding:.3rem .5rem;min-width:18rem;font:inherit}
details summary{cursor:pointer}
pre{white-space:pre-wrap;background:var(--bg);padding:.5rem;border-radius:4px}
.dropped li{margin:.15rem 0}
""";

  /** Filters items as the reader types; reads data only through textContent / JSON.parse. */
  private static final String SCRIPT =
      """
      (function () {
        'use strict';
        var data = JSON.parse(document.getElementById('crosscheck-data').textContent);
        document.querySelectorAll('input[data-filter]').forEach(function (input) {
          var container = document.getElementById(input.getAttribute('data-filter'));
          var shown = document.getElementById(input.getAttribute('data-filter') + '-shown');
          var items = container.querySelectorAll('.item');
          input.addEventListener('input', function () {
            var query = input.value.trim().toLowerCase();
            var visible = 0;
            items.forEach(function (item) {
              var match = query === '' || item.textContent.toLowerCase().indexOf(query) >= 0;
              item.hidden = !match;
              if (match) { visible++; }
            });
            shown.textContent = query === '' ? '' : visible + ' of ' + items.length + ' shown';
          });
        });
        var footer = document.getElementById('run-footer');
        footer.textContent = 'crosscheck ' + (data.schema || '') + ' · job ' + (data.job || '?')
            + ' · run ' + (data.runId || '?');
      })();
      """;

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
          + "form-action 'none'; script-src '"
          + sha256Base64(SCRIPT)
          + "'";

  private HtmlReport() {}

  /** The report page for one run. */
  public static String render(
      Manifest manifest, List<ReuseFinding> reuse, List<ConflictFinding> conflicts) {
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
    page.header();
    page.summary(reuse, conflicts);
    page.documents();
    page.conflicts(conflicts);
    page.reuse(reuse);
    html.append("<footer class=\"muted\" id=\"run-footer\"></footer>\n");
    page.data();
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

  private static String sha256Base64(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** One page being written, with the lookups its sections share. */
  private static final class Page {
    final StringBuilder html = new StringBuilder(64 * 1024);
    final Manifest manifest;
    final Map<String, ManifestEntry> byDoc = new HashMap<>();
    final Map<String, String> anchors = new HashMap<>();

    Page(Manifest manifest) {
      this.manifest = manifest;
      int index = 0;
      for (ManifestEntry entry : manifest.documents()) {
        byDoc.putIfAbsent(entry.doc(), entry);
        anchors.putIfAbsent(entry.doc(), "doc-" + index++);
      }
    }

    void header() {
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
      html.append("<nav><a href=\"#summary\">Summary</a><a href=\"#documents\">Documents</a>")
          .append("<a href=\"#conflicts\">Conflicts</a><a href=\"#reuse\">Reused passages</a>")
          .append("</nav>\n</header>\n");
    }

    void summary(List<ReuseFinding> reuse, List<ConflictFinding> conflicts) {
      Map<String, Integer> outlets = new TreeMap<>();
      for (ManifestEntry entry : manifest.documents()) {
        if (SourceDocument.ACCEPTED.equals(entry.status())) {
          String outlet = meta(entry).outlet();
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
      if (!manifest.counts().isEmpty()) {
        card("Run counts", null, manifest.counts());
      }
      html.append("</div>\n</section>\n");
    }

    void documents() {
      html.append("<section id=\"documents\">\n<h2>Documents</h2>\n");
      filter("documents-table", "Filter documents");
      html.append("<table id=\"documents-table\">\n<thead><tr><th>Document</th><th>Outlet</th>")
          .append("<th>Title</th><th>Languages</th><th>Status</th><th>Kept sentences</th>")
          .append("<th>Dropped</th></tr></thead>\n<tbody>\n");
      for (ManifestEntry entry : manifest.documents()) {
        boolean rejected = !SourceDocument.ACCEPTED.equals(entry.status());
        DocumentMeta meta = meta(entry);
        html.append("<tr class=\"item")
            .append(rejected ? " rejected" : "")
            .append("\" id=\"")
            .append(anchors.get(entry.doc()))
            .append("\">");
        html.append("<td>").append(escape(entry.doc()));
        if (entry.path() != null) {
          html.append("<div class=\"side\">").append(escape(entry.path()));
          if (entry.line() > 0) {
            html.append(" line ").append(entry.line());
          }
          html.append("</div>");
        }
        html.append("</td><td>").append(orNone(meta.outlet()));
        if (meta.published() != null) {
          html.append("<div class=\"side\">").append(escape(meta.published())).append("</div>");
        }
        html.append("</td><td>").append(orNone(meta.title()));
        if (meta.url() != null) {
          // Shown as text, not a link: a URL from the input is data and may be any scheme.
          html.append("<div class=\"side\">").append(escape(meta.url())).append("</div>");
        }
        html.append("</td><td>").append(orNone(String.join(", ", entry.languages())));
        html.append("</td><td><span class=\"status-")
            .append(rejected ? "rejected" : "accepted")
            .append("\">")
            .append(escape(entry.status()))
            .append("</span>");
        if (entry.reason() != null) {
          html.append("<div class=\"side\">").append(escape(entry.reason())).append("</div>");
        }
        for (String warning : entry.warnings()) {
          html.append("<div class=\"side\">⚠ ").append(escape(warning)).append("</div>");
        }
        html.append("</td><td class=\"num\">");
        if (!rejected) {
          html.append(entry.keptSentences()).append(" / ").append(entry.sentences());
        }
        html.append("</td><td>");
        dropped(entry.dropped());
        html.append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n</section>\n");
    }

    void dropped(List<DroppedSpan> spans) {
      if (spans.isEmpty()) {
        return;
      }
      html.append("<details><summary>")
          .append(spans.size())
          .append(" dropped</summary>")
          .append("<ul class=\"dropped\">");
      for (DroppedSpan span : spans) {
        html.append("<li><span class=\"badge\">").append(escape(span.role())).append("</span> ");
        if (span.reason() != null) {
          html.append("<span class=\"muted\">").append(escape(span.reason())).append("</span> ");
        }
        html.append("<span class=\"muted\">[")
            .append(span.start())
            .append('–')
            .append(span.end())
            .append(")</span> ")
            .append(escape(preview(span.text(), PREVIEW_CHARS)))
            .append("</li>");
      }
      html.append("</ul></details>");
    }

    void conflicts(List<ConflictFinding> conflicts) {
      html.append("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
      if (conflicts.isEmpty()) {
        html.append("<p class=\"none\">No conflicting facts found.</p>\n</section>\n");
        return;
      }
      filter("conflicts-list", "Filter conflicts");
      html.append("<div id=\"conflicts-list\">\n");
      for (ConflictFinding conflict : conflicts) {
        html.append("<div class=\"conflict item\"><h3>")
            .append(orNone(conflict.topic()))
            .append(" <span class=\"badge\">")
            .append(escape(conflict.attribute()
                + (conflict.measure() == null ? "" : ": " + conflict.measure())))
            .append("</span></h3><div class=\"side\">")
            .append(escape(conflict.id()))
            .append(" · confidence ")
            .append(decimal(conflict.confidence()))
            .append("</div>");
        if (conflict.explanation() != null) {
          html.append("<p>").append(escape(conflict.explanation())).append("</p>");
        }
        html.append("<table><thead><tr><th>Value</th><th>Source</th><th>Evidence</th></tr>")
            .append("</thead><tbody>");
        List<ConflictValue> values = conflict.values() == null ? List.of() : conflict.values();
        for (ConflictValue value : values) {
          html.append("<tr><td><b>").append(escape(value.value())).append("</b></td><td>");
          source(value.doc(), null);
          html.append("<div class=\"side\">[")
              .append(value.start())
              .append('–')
              .append(value.end())
              .append(")</div></td><td class=\"passage\">");
          highlighted(value.sentence(), value.text());
          html.append("</td></tr>");
        }
        html.append("</tbody></table></div>\n");
      }
      html.append("</div>\n</section>\n");
    }

    void reuse(List<ReuseFinding> reuse) {
      html.append("<section id=\"reuse\">\n<h2>Reused passages</h2>\n");
      if (reuse.isEmpty()) {
        html.append("<p class=\"none\">No reused passages found.</p>\n</section>\n");
        return;
      }
      filter("reuse-table", "Filter reused passages");
      html.append("<table id=\"reuse-table\">\n<thead><tr><th>Finding</th><th>Earlier (a)</th>")
          .append("<th>Later (b)</th><th>Differences</th></tr></thead>\n<tbody>\n");
      for (ReuseFinding finding : reuse) {
        html.append("<tr class=\"item\"><td>")
            .append(escape(finding.id()))
            .append("<div><span class=\"badge\">")
            .append(escape(finding.kind()))
            .append("</span></div><div class=\"side\">score ")
            .append(decimal(finding.score()));
        if (finding.family() != null) {
          html.append("<br>family ").append(escape(finding.family()));
        }
        html.append("</div></td>");
        side(finding.a());
        side(finding.b());
        html.append("<td>");
        edits(finding.edits());
        html.append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n</section>\n");
    }

    void side(PassageSide side) {
      html.append("<td class=\"passage\">");
      if (side != null) {
        source(side.doc(), side.speaker());
        html.append("<div class=\"side\">[")
            .append(side.start())
            .append('–')
            .append(side.end())
            .append(")</div>")
            .append(escape(side.text()));
      }
      html.append("</td>");
    }

    void edits(List<Edit> edits) {
      if (edits == null || edits.isEmpty()) {
        html.append("<span class=\"none\">identical</span>");
        return;
      }
      html.append("<ul class=\"dropped\">");
      for (Edit edit : edits) {
        html.append("<li><span class=\"badge\">").append(escape(edit.op())).append("</span> ");
        if (edit.a() != null && !edit.a().isEmpty()) {
          html.append("<del>").append(escape(edit.a())).append("</del> ");
        }
        if (edit.b() != null && !edit.b().isEmpty()) {
          html.append("<ins>").append(escape(edit.b())).append("</ins>");
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }

    /** Document id linked to its row, with outlet, date and (when given) the speaker. */
    void source(String doc, String speaker) {
      String anchor = anchors.get(doc);
      if (anchor != null) {
        html.append("<a href=\"#").append(anchor).append("\">").append(escape(doc)).append("</a>");
      } else {
        html.append(escape(doc));
      }
      ManifestEntry entry = byDoc.get(doc);
      DocumentMeta meta = entry == null ? DocumentMeta.EMPTY : meta(entry);
      String about = joinNonNull(meta.outlet(), meta.published());
      if (!about.isEmpty()) {
        html.append("<div class=\"side\">").append(escape(about)).append("</div>");
      }
      if (speaker != null) {
        html.append("<div class=\"side\">attributed to ").append(escape(speaker)).append("</div>");
      }
    }

    /** The sentence with the first occurrence of {@code text} marked (all parts escaped). */
    void highlighted(String sentence, String text) {
      if (sentence == null || sentence.isEmpty()) {
        html.append(escape(text));
        return;
      }
      int at = text == null || text.isEmpty() ? -1 : sentence.indexOf(text);
      if (at < 0) {
        html.append(escape(sentence));
        if (text != null && !text.isEmpty()) {
          html.append("<div class=\"side\">cited: <mark>")
              .append(escape(text))
              .append("</mark></div>");
        }
        return;
      }
      html.append(escape(sentence.substring(0, at)))
          .append("<mark>")
          .append(escape(text))
          .append("</mark>")
          .append(escape(sentence.substring(at + text.length())));
    }

    void data() {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("schema", manifest.schema());
      data.put("job", manifest.job());
      data.put("runId", manifest.runId());
      data.put("counts", manifest.counts());
      html.append("<script type=\"application/json\" id=\"")
          .append(DATA_ID)
          .append("\">")
          .append(scriptJson(data))
          .append("</script>\n");
    }

    void filter(String target, String label) {
      html.append("<p><input type=\"search\" data-filter=\"")
          .append(target)
          .append("\" placeholder=\"")
          .append(label)
          .append("…\" aria-label=\"")
          .append(label)
          .append("\"> <span class=\"muted\" id=\"")
          .append(target)
          .append("-shown\"></span></p>\n");
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

    String orNone(String value) {
      return value == null || value.isBlank() ? "<span class=\"none\">—</span>" : escape(value);
    }

    String prettySettings() {
      try {
        return Json.mapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(manifest.settings());
      } catch (JsonProcessingException e) {
        return String.valueOf(manifest.settings());
      }
    }

    static DocumentMeta meta(ManifestEntry entry) {
      return entry.meta() == null ? DocumentMeta.EMPTY : entry.meta();
    }
  }

  private static String decimal(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "—";
  }

  private static String joinNonNull(String first, String second) {
    if (first == null || first.isBlank()) {
      return second == null ? "" : second;
    }
    return second == null || second.isBlank() ? first : first + " · " + second;
  }
}
