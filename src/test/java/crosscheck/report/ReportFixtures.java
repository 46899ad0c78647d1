package crosscheck.report;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.DocumentMeta;
import crosscheck.model.DroppedSpan;
import crosscheck.model.Edit;
import crosscheck.model.ManifestEntry;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import java.util.List;
import java.util.Map;

/** Small invented runs for the report tests. */
final class ReportFixtures {

  private ReportFixtures() {}

  static ManifestEntry accepted(String doc, String outlet, String title, List<String> languages) {
    return ManifestEntry.of(
        doc,
        "file:/in/" + doc + ".txt",
        "txt",
        0,
        "accepted",
        null,
        1200,
        "ab12",
        languages,
        new DocumentMeta(outlet, "https://" + outlet + ".example/a", "2024-03-05", title, null),
        6,
        12,
        10,
        List.of(new DroppedSpan(900, 1000, "teaser", "related-links", "Read more: other story")),
        List.of());
  }

  static ManifestEntry rejected(String doc, String reason) {
    return ManifestEntry.of(
        doc,
        "file:/in/" + doc + ".bin",
        "unknown",
        0,
        "rejected",
        reason,
        10,
        "cd34",
        null,
        null,
        0,
        0,
        0,
        null,
        null);
  }

  static Manifest manifest(List<ManifestEntry> documents) {
    return new Manifest(
        Manifest.SCHEMA,
        "harbor-news",
        "run-20240305",
        "2024-03-05T10:00:00Z",
        "2024-03-05T10:02:00Z",
        "local[2]",
        "4.1.0",
        Map.of("minScore", 0.8),
        Map.of("reuse", 1, "conflicts", 1),
        documents,
        List.of());
  }

  static ReuseFinding reuse(String id) {
    return new ReuseFinding(
        id,
        "near_verbatim",
        0.93,
        new PassageSide("a-doc", 10, 52, "The harbor board approved 12 new cranes.", null),
        new PassageSide(
            "b-doc", 40, 82, "The harbor board approved 40 new cranes.", "Mira Solberg"),
        "f-0001",
        List.of(new Edit("number", "12", "40")));
  }

  static ConflictFinding conflict(String id) {
    return new ConflictFinding(
        id,
        "number of new cranes",
        "number",
        List.of(
            new ConflictValue(
                "12", "a-doc", 37, 39, "12", "The harbor board approved 12 new cranes."),
            new ConflictValue(
                "40", "b-doc", 67, 69, "40", "The harbor board approved 40 new cranes.")),
        0.9,
        "same event, different counts");
  }
}
