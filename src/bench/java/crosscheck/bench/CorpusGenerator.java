package crosscheck.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a benchmark corpus of news articles with reused passages injected at recorded positions
 * (plain Java, no Spark). Real articles come first, exact duplicates removed. Beyond the real set,
 * filler documents are generated sentence by sentence from a word-bigram model of the real articles
 * of one section: recombining whole real sentences would make every filler document a true copy of
 * dozens of others and flood the findings with reuse the gold file does not record.
 */
public final class CorpusGenerator {

  /** A source article: its id, section and text (headline, blank line, paragraphs). */
  public record Article(String id, String section, String text) {}

  /** A generated document. */
  public record Doc(String id, String text) {}

  /** The kinds of injection. {@code NUMBER} is a near-verbatim copy with one changed number. */
  public enum Kind {
    VERBATIM,
    SUBSTITUTION,
    NUMBER
  }

  /**
   * One injected passage: copied from {@code source} [sourceStart, sourceEnd) into {@code target}
   * at [targetStart, targetEnd). {@code oldWord}/{@code newWord} name the edit (null for verbatim).
   */
  public record Injection(
      Kind kind,
      String source,
      int sourceStart,
      int sourceEnd,
      String target,
      int targetStart,
      int targetEnd,
      String oldWord,
      String newWord) {}

  /** The corpus and its gold file. */
  public record Corpus(List<Doc> docs, List<Injection> injections, int realDocs) {}

  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\"']?)\\s+(?=[\"'A-Z0-9])");

  /**
   * A number standing as a word: 3,200 or 76 or 1.5 (optionally before %); years are left alone.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\w.,$£€-])\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?=%?(?:[\\s,;:.]|$))(?![.,]\\d)");

  private static final Pattern WORD = Pattern.compile("(?<![\\w'-])[a-z]{5,}(?![\\w'-])");
  private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

  private final Random random;

  public CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Reads {@code <root>/<section>/*.txt}, sorted, and drops byte-identical copies. */
  public static List<Article> readArticles(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(".txt"))
              .filter(p -> !p.getParent().equals(root))
              .sorted()
              .toList();
    }
    Set<String> seen = new HashSet<>();
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      if (!seen.add(sha256(bytes))) {
        continue;
      }
      String section = file.getParent().getFileName().toString();
      String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
      articles.add(new Article("bbc-" + section + "-" + name, section, decode(bytes).strip()));
    }
    return articles;
  }

  /** UTF-8, falling back to Latin-1 for the one file of the set that is not valid UTF-8. */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * A corpus of {@code size} documents: real articles (a seeded sample when fewer are asked for),
   * then filler; one injection per {@code injectionEvery} documents. Each document takes part in at
   * most one injection, so recorded offsets never shift.
   */
  public Corpus generate(List<Article> articles, int size, int injectionEvery) {
    List<Article> real = new ArrayList<>(articles);
    Collections.shuffle(real, random);
    int realCount = Math.min(size, real.size());
    List<Doc> docs = new ArrayList<>(size);
    for (int i = 0; i < realCount; i++) {
      docs.add(new Doc(real.get(i).id(), real.get(i).text()));
    }
    if (size > realCount) {
      Map<String, BigramModel> models = new HashMap<>();
      for (Article a : articles) {
        models.computeIfAbsent(a.section(), s -> new BigramModel()).learn(a.text());
      }
      List<String> sections = new ArrayList<>(new java.util.TreeSet<>(models.keySet()));
      for (int i = realCount; i < size; i++) {
        BigramModel model = models.get(sections.get(i % sections.size()));
        docs.add(new Doc(String.format("syn-%06d", i), model.article(random)));
      }
    }
    List<Injection> injections = inject(docs, size / injectionEvery);
    return new Corpus(docs, injections, realCount);
  }

  private List<Injection> inject(List<Doc> docs, int wanted) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    List<Injection> injections = new ArrayList<>();
    Kind[] kinds = Kind.values();
    int next = 0;
    while (injections.size() < wanted && next + 1 < order.size()) {
      int sourceIndex = order.get(next++);
      Kind kind = kinds[injections.size() % kinds.length];
      Passage passage = pickPassage(docs.get(sourceIndex).text(), kind);
      if (passage == null) {
        continue; // too short, or no number to change: try the next document as a source
      }
      int targetIndex = order.get(next++);
      Doc target = docs.get(targetIndex);
      String copied = passage.text;
      String oldWord = null;
      String newWord = null;
      if (kind != Kind.VERBATIM) {
        Matcher edit = passage.edit;
        oldWord = edit.group();
        newWord = kind == Kind.NUMBER ? changedNumber(oldWord) : replacementWord(oldWord);
        copied = copied.substring(0, edit.start()) + newWord + copied.substring(edit.end());
      }
      int at = paragraphBreak(target.text());
      String before = target.text().substring(0, at);
      String after = target.text().substring(at);
      String text =
          before + "\n\n" + copied + (after.isEmpty() ? "" : "\n\n" + after.stripLeading());
      int start = before.length() + 2;
      docs.set(targetIndex, new Doc(target.id(), text));
      injections.add(
          new Injection(
              kind,
              docs.get(sourceIndex).id(),
              passage.start,
              passage.start + passage.text.length(),
              target.id(),
              start,
              start + copied.length(),
              oldWord,
              newWord));
    }
    return injections;
  }

  private record Passage(int start, String text, Matcher edit) {}

  /**
   * Two to four consecutive body sentences of 25 to 120 words, with an edit point anywhere in it,
   * its first and last word included: a copied passage often opens or closes on the changed figure.
   */
  private Passage pickPassage(String text, Kind kind) {
    List<int[]> sentences = bodySentences(text);
    if (sentences.size() < 3) {
      return null;
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      int length = 2 + random.nextInt(3);
      if (sentences.size() < length) {
        continue;
      }
      int first = random.nextInt(sentences.size() - length + 1);
      int start = sentences.get(first)[0];
      int end = sentences.get(first + length - 1)[1];
      String passage = text.substring(start, end);
      if (passage.contains("\n")) {
        continue; // keep the passage inside one paragraph, as a copied paragraph would be
      }
      int words = passage.split("\\s+").length;
      if (words < 25 || words > 120) {
        continue;
      }
      if (kind == Kind.VERBATIM) {
        return new Passage(start, passage, null);
      }
      Matcher edit = editPoint(passage, kind == Kind.NUMBER ? NUMBER : WORD);
      if (edit != null) {
        return new Passage(start, passage, edit);
      }
    }
    return null;
  }

  /**
   * One match of {@code pattern} (never a year): the first, the last or any one, in turn at random,
   * so that the passage's edges are tried as often as its middle.
   */
  private Matcher editPoint(String passage, Pattern pattern) {
    Matcher m = pattern.matcher(passage);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      if (!YEAR.matcher(m.group()).matches()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    if (spans.isEmpty()) {
      return null;
    }
    int[] chosen =
        switch (random.nextInt(3)) {
          case 0 -> spans.get(0);
          case 1 -> spans.get(spans.size() - 1);
          default -> spans.get(random.nextInt(spans.size()));
        };
    Matcher found = pattern.matcher(passage);
    found.region(chosen[0], passage.length());
    found.find();
    return found;
  }

  /** Sentence spans of the body (the headline, line 1, is left out). */
  static List<int[]> bodySentences(String text) {
    int bodyStart = text.indexOf("\n\n");
    List<int[]> spans = new ArrayList<>();
    if (bodyStart < 0) {
      return spans;
    }
    Matcher para = Pattern.compile("[^\\n]+").matcher(text);
    para.region(bodyStart, text.length());
    while (para.find()) {
      int ps = para.start();
      String p = para.group();
      Matcher end = SENTENCE_END.matcher(p);
      int s = 0;
      while (end.find()) {
        spans.add(new int[] {ps + s, ps + end.start()});
        s = end.end();
      }
      String last = p.substring(s).strip();
      if (!last.isEmpty()) {
        spans.add(new int[] {ps + s, ps + s + last.length()});
      }
    }
    return spans;
  }

  /** Changes the leading digit (3,200 → 4,200; 9 → 10), keeping the number's format. */
  static String changedNumber(String number) {
    char lead = number.charAt(0);
    if (lead == '9') {
      return "1" + number.replaceFirst("^9", "0");
    }
    return (char) (lead + 1) + number.substring(1);
  }

  private static final String[] REPLACEMENTS = {
    "officials",
    "company",
    "minister",
    "players",
    "market",
    "report",
    "government",
    "season",
    "figures",
    "industry",
    "council",
    "director",
    "analysts",
    "customers",
    "spokesman"
  };

  private String replacementWord(String old) {
    String word;
    do {
      word = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
    } while (word.equals(old));
    return word;
  }

  /**
   * Where a new paragraph goes: after a randomly chosen body paragraph (never before the headline).
   */
  private int paragraphBreak(String text) {
    List<Integer> breaks = new ArrayList<>();
    int i = text.indexOf("\n\n");
    while (i >= 0) {
      int end = i;
      while (end < text.length() && text.charAt(end) == '\n') {
        end++;
      }
      breaks.add(i);
      i = text.indexOf("\n\n", end);
    }
    breaks.add(text.length());
    // Skip the break after the headline so the passage lands in the body.
    List<Integer> body = breaks.size() > 1 ? breaks.subList(1, breaks.size()) : breaks;
    return body.get(random.nextInt(body.size()));
  }

  /** A word-bigram model of one section's sentences, for filler documents. */
  static final class BigramModel {
    private static final String START = "\u0002";
    private static final String END = "\u0003";
    private final Map<String, List<String>> next = new HashMap<>();
    private final List<String> headlines = new ArrayList<>();
    private final List<Integer> paragraphSentences = new ArrayList<>();

    void learn(String text) {
      int nl = text.indexOf('\n');
      headlines.add(nl < 0 ? text : text.substring(0, nl));
      String body = nl < 0 ? "" : text.substring(nl);
      for (String paragraph : body.split("\\n\\s*\\n")) {
        if (paragraph.isBlank()) {
          continue;
        }
        String[] sentences = SENTENCE_END.split(paragraph.strip());
        paragraphSentences.add(sentences.length);
        for (String sentence : sentences) {
          String previous = START;
          for (String word : sentence.strip().split("\\s+")) {
            next.computeIfAbsent(previous, k -> new ArrayList<>()).add(word);
            previous = word;
          }
          next.computeIfAbsent(previous, k -> new ArrayList<>()).add(END);
        }
      }
    }

    String article(Random random) {
      StringBuilder text = new StringBuilder(headlines.get(random.nextInt(headlines.size())));
      int paragraphs = 6 + random.nextInt(10);
      for (int p = 0; p < paragraphs; p++) {
        text.append("\n\n");
        int count = paragraphSentences.get(random.nextInt(paragraphSentences.size()));
        for (int s = 0; s < count; s++) {
          if (s > 0) {
            text.append(' ');
          }
          text.append(sentence(random));
        }
      }
      return text.toString();
    }

    private String sentence(Random random) {
      StringBuilder s = new StringBuilder();
      String word = START;
      for (int n = 0; n < 60; n++) {
        List<String> options = next.get(word);
        String chosen = options == null ? END : options.get(random.nextInt(options.size()));
        if (chosen.equals(END)) {
          break;
        }
        if (s.length() > 0) {
          s.append(' ');
        }
        s.append(chosen);
        word = chosen;
      }
      String out = s.toString();
      return out.matches(".*[.!?][\"']?$") ? out : out + ".";
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
