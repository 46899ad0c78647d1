package crosscheck.facts;

import crosscheck.config.SegmentConfig;
import crosscheck.model.SourceDocument;
import crosscheck.segment.DocumentSegmenter;
import java.util.List;

/** The name mentions of one invented document, for the name tests of both packages. */
public final class NameMentionsTestSupport {
  private NameMentionsTestSupport() {}

  public static List<NameMention> names(String id, String text) {
    String t = text + "\n";
    return NameMentions.extract(
        new DocumentSegmenter(SegmentConfig.DEFAULTS)
            .segment(
                new SourceDocument(
                    id,
                    id + ".txt",
                    "txt",
                    0,
                    "accepted",
                    null,
                    t.length(),
                    null,
                    t,
                    "outlet " + id,
                    null,
                    "2024-05-06",
                    null,
                    List.of())));
  }
}
