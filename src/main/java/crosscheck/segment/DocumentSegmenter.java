package crosscheck.segment;

import crosscheck.config.SegmentConfig;
import crosscheck.layout.MetadataExtractor;
import crosscheck.layout.ParagraphRoleClassifier;
import crosscheck.layout.RoleAssignment;
import crosscheck.model.DocumentMeta;
import crosscheck.model.DocumentSummary;
import crosscheck.model.DroppedSpan;
import crosscheck.model.Paragraph;
import crosscheck.model.ParagraphRole;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import crosscheck.model.SourceDocument;
import crosscheck.model.Span;
import crosscheck.model.StageNotes;
import crosscheck.model.Token;
import crosscheck.text.LanguageIdentifier;
import crosscheck.text.ParagraphSplitter;
import crosscheck.text.SentenceSplitter;
import crosscheck.text.Tokenizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The segmentation kernel: paragraphs, their roles (content, metadata, boilerplate, teaser) and
 * languages, the document's metadata, then sentences and tokens of every paragraph, all with
 * offsets into the original text. Serializable so a stage can ship it; its models load once per
 * JVM.
 */
public final class DocumentSegmenter implements Serializable {
  /** The stage name in notices (the segment stage's). */
  static final String NAME = "segment";

  private static final org.apache.logging.log4j.Logger LOG =
      org.apache.logging.log4j.LogManager.getLogger(DocumentSegmenter.class);

  private final List<String> languages;
  private final boolean dropBoilerplate;
  private final boolean dropTeasers;
  private final int maxSentenceTokens;
  private final int maxSentenceChars;
  private transient LanguageIdentifier languageIdentifier;
  private transient SentenceSplitter sentenceSplitter;
  private transient Tokenizer tokenizer;

  public DocumentSegmenter(SegmentConfig config) {
    this.languages = List.copyOf(config.languages());
    this.dropBoilerplate = config.dropBoilerplate();
    this.dropTeasers = config.dropTeasers();
    this.maxSentenceTokens = config.maxSentenceTokens();
    this.maxSentenceChars = config.maxSentenceChars();
  }

  /**
   * The document segmented; when the kernel fails on it (an exception, or the stack or heap
   * exhausted by its text), the document unsegmented with a notice: it then has no sentences, so
   * later stages pass it by, and the run goes on.
   */
  public SegmentedDocument segment(SourceDocument source) {
    try {
      return segmentOrFail(source);
    } catch (Throwable e) {
      if (!StageNotes.isDocumentFailure(e)) throw e;
      LOG.warn("segment: document {} is left unsegmented: {}", source.doc(), e.toString());
      return new SegmentedDocument(
          source.doc(),
          source.text(),
          givenMeta(source),
          List.of(LanguageIdentifier.UNDETERMINED),
          List.of(),
          List.of(),
          StageNotes.failure(
              source.doc(), NAME, e, "not segmented, so left out of reuse and facts"));
    }
  }

  SegmentedDocument segmentOrFail(SourceDocument source) {
    String text = source.text();
    List<Span> spans = ParagraphSplitter.split(text);
    List<RoleAssignment> roles = ParagraphRoleClassifier.classify(text, spans);
    List<String> paragraphLanguages = languageIdentifier().identifyParagraphs(text, spans);
    DocumentMeta meta =
        givenMeta(source).orElse(MetadataExtractor.extract(text, spans, roles, source.url()));

    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int[] cut = new int[2]; // sentences cut by words, by characters
    for (int p = 0; p < spans.size(); p++) {
      Span span = spans.get(p);
      RoleAssignment role = roles.get(p);
      String language = paragraphLanguages.get(p);
      paragraphs.add(
          new Paragraph(p, span.start(), span.end(), language, role.role().code(), role.reason()));
      boolean kept = isKept(role.role());
      for (Span s : sentenceSplitter().split(text, span, language)) {
        List<Token> tokens = tokenizer().tokenize(text, s, language);
        if (LongSentences.tooLong(s, tokens, maxSentenceTokens, maxSentenceChars)) {
          cut[tokens.size() > maxSentenceTokens ? 0 : 1]++;
        }
        for (LongSentences.Piece piece :
            LongSentences.cut(text, s, tokens, maxSentenceTokens, maxSentenceChars)) {
          Span ps = piece.span();
          sentences.add(
              new Sentence(
                  sentences.size(), p, ps.start(), ps.end(), language, kept, piece.tokens()));
        }
      }
    }
    return new SegmentedDocument(
        source.doc(),
        text,
        meta,
        documentLanguages(sentences),
        paragraphs,
        sentences,
        cutNotes(source.doc(), cut));
  }

  private static DocumentMeta givenMeta(SourceDocument source) {
    return new DocumentMeta(
        source.outlet(), source.url(), source.published(), source.title(), null);
  }

  private StageNotes cutNotes(String doc, int[] cut) {
    return StageNotes.limit(
            doc,
            NAME,
            "segment.max_sentence_tokens",
            maxSentenceTokens,
            cut[0],
            "sentences of more than " + maxSentenceTokens + " words cut into pieces")
        .plus(
            StageNotes.limit(
                doc,
                NAME,
                "segment.max_sentence_chars",
                maxSentenceChars,
                cut[1],
                "sentences of more than " + maxSentenceChars + " characters cut into pieces"));
  }

  private boolean isKept(ParagraphRole role) {
    return switch (role) {
      case BODY, TITLE, HEADING -> true;
      case METADATA, BOILERPLATE -> !dropBoilerplate;
      case TEASER -> !dropTeasers;
    };
  }

  /**
   * The languages of the kept text in order of first appearance (an article and the translation
   * appended to it read "en, es"); "und" only when nothing else is known.
   */
  static List<String> documentLanguages(List<Sentence> sentences) {
    Map<String, Integer> chars = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      if (s.kept() && !s.language().equals("und"))
        chars.merge(s.language(), s.end() - s.start(), Integer::sum);
    }
    int total = chars.values().stream().mapToInt(Integer::intValue).sum();
    List<String> out = new ArrayList<>();
    // A stray short paragraph misjudged does not make a document bilingual.
    chars.forEach(
        (language, n) -> {
          if (n >= Math.min(400, total * 0.05)) out.add(language);
        });
    return out.isEmpty() ? List.of("und") : out;
  }

  /** The manifest's view of a segmented document: counts, languages, what was dropped and why. */
  public static DocumentSummary summarize(SegmentedDocument d, int previewChars) {
    List<DroppedSpan> dropped = new ArrayList<>();
    for (Paragraph p : d.paragraphs()) {
      if (p.paragraphRole().isContent()) continue;
      String t = d.text().substring(p.start(), p.end());
      String preview = t.length() <= previewChars ? t : t.substring(0, previewChars) + "…";
      dropped.add(new DroppedSpan(p.start(), p.end(), p.role(), p.reason(), preview));
    }
    int kept = (int) d.sentences().stream().filter(Sentence::kept).count();
    return new DocumentSummary(
        d.doc(),
        d.languages(),
        d.meta(),
        d.paragraphs().size(),
        d.sentences().size(),
        kept,
        mergeAdjacent(dropped, d.text()));
  }

  /**
   * Consecutive paragraphs of one role and reason (a block of teasers) read as one dropped span.
   */
  private static List<DroppedSpan> mergeAdjacent(List<DroppedSpan> spans, String text) {
    List<DroppedSpan> out = new ArrayList<>();
    for (DroppedSpan s : spans) {
      DroppedSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.role().equals(s.role())
          && java.util.Objects.equals(last.reason(), s.reason())
          && text.substring(last.end(), s.start()).isBlank()) {
        out.set(
            out.size() - 1,
            new DroppedSpan(last.start(), s.end(), last.role(), last.reason(), last.text()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private LanguageIdentifier languageIdentifier() {
    if (languageIdentifier == null) languageIdentifier = new LanguageIdentifier(languages);
    return languageIdentifier;
  }

  private SentenceSplitter sentenceSplitter() {
    if (sentenceSplitter == null) sentenceSplitter = new SentenceSplitter();
    return sentenceSplitter;
  }

  private Tokenizer tokenizer() {
    if (tokenizer == null) tokenizer = new Tokenizer();
    return tokenizer;
  }
}
