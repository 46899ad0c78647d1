package crosscheck.config;

import java.util.List;

/**
 * Segmentation settings.
 *
 * @param languages the languages told apart per paragraph (ISO 639-1); others come out as "und"
 * @param dropBoilerplate mark share lines, credits, navigation and metadata lines as not content
 * @param dropTeasers mark related-article teasers appended after the article as not content
 */
public record SegmentConfig(List<String> languages, Boolean dropBoilerplate, Boolean dropTeasers)
    implements java.io.Serializable {

  public static final SegmentConfig DEFAULTS = new SegmentConfig(List.of("en", "es"), true, true);

  static final List<String> SUPPORTED_LANGUAGES = List.of("en", "es", "pt", "fr", "de", "it");

  void validate(Validation v) {
    v.require(
        languages != null && !languages.isEmpty(),
        "segment.languages",
        "must name at least one language");
    if (languages != null) {
      languages.forEach(
          l -> v.oneOf(l, "segment.languages", SUPPORTED_LANGUAGES.toArray(String[]::new)));
    }
    v.require(dropBoilerplate != null, "segment.drop_boilerplate", "must be true or false");
    v.require(dropTeasers != null, "segment.drop_teasers", "must be true or false");
  }
}
