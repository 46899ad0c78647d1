package crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.bench.CorpusGenerator.Article;
import crosscheck.bench.CorpusGenerator.Corpus;
import crosscheck.bench.CorpusGenerator.Doc;
import crosscheck.bench.CorpusGenerator.Injection;
import crosscheck.bench.CorpusGenerator.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  @TempDir Path dir;

  /** Articles written for the test: every body sentence has a number away from its ends. */
  private static List<Article> articles(int count) {
    List<Article> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder("Headline number " + i);
      for (int p = 0; p < 4; p++) {
        text.append("\n\n");
        for (int s = 0; s < 3; s++) {
          text.append(
              String.format(
                  "Article %d paragraph %d sentence %d says that %d,%03d workers"
                      + " joined the strike at the harbour on Monday morning. ",
                  i, p, s, 1 + s, 100 * p));
        }
        text.setLength(text.length() - 1);
      }
      list.add(new Article("a" + i, i % 2 == 0 ? "business" : "sport", text.toString()));
    }
    return list;
  }

  @Test
  void readsSectionsDropsExactDuplicatesAndFallsBackToLatin1() throws Exception {
    Files.createDirectories(dir.resolve("tech"));
    Files.createDirectories(dir.resolve("sport"));
    Files.writeString(dir.resolve("tech/001.txt"), "Title\n\nBody one.");
    Files.writeString(dir.resolve("tech/002.txt"), "Title\n\nBody one.");
    Files.write(
        dir.resolve("sport/001.txt"),
        "Cost \u00a3 5\n\nBody.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("README.TXT"), "not an article");
    List<Article> read = CorpusGenerator.readArticles(dir);
    assertEquals(List.of("bbc-sport-001", "bbc-tech-001"), read.stream().map(Article::id).toList());
    assertEquals("Cost \u00a3 5\n\nBody.", read.get(0).text());
  }

  @Test
  void recordsOffsetsOfEveryInjectionInBothDocuments() {
    Corpus corpus = new CorpusGenerator(7).generate(articles(40), 40, 4);
    assertEquals(10, corpus.injections().size());
    Map<String, String> text = corpus.docs().stream().collect(Collectors.toMap(Doc::id, Doc::text));
    for (Injection g : corpus.injections()) {
      String source = text.get(g.source()).substring(g.sourceStart(), g.sourceEnd());
      String target = text.get(g.target()).substring(g.targetStart(), g.targetEnd());
      if (g.kind() == Kind.VERBATIM) {
        assertEquals(source, target);
      } else {
        assertNotEquals(g.oldWord(), g.newWord());
        assertEquals(
            replaceWord(source, g.oldWord(), g.newWord()),
            replaceWord(target, g.oldWord(), g.newWord()),
            g.toString());
        assertTrue(target.contains(g.newWord()));
      }
      assertTrue(text.get(g.target()).startsWith("Headline"), "the passage lands in the body");
    }
    assertTrue(corpus.injections().stream().anyMatch(g -> g.kind() == Kind.NUMBER));
  }

  /** The word standing alone (at an end, or between spaces and punctuation) replaced. */
  private static String replaceWord(String text, String old, String replacement) {
    return text.replaceAll("(?<![\\w.,])" + Pattern.quote(old) + "(?![\\w]|[.,]\\d)", replacement);
  }

  @Test
  void placesTheChangedNumberAnywhereIncludingTheFirstAndLastWord() {
    List<Article> list = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      StringBuilder text = new StringBuilder("Headline " + i + "\n\n");
      for (int s = 0; s < 4; s++) {
        text.append(
            String.format(
                "%d workers joined the strike at the harbour on a cold Monday morning, and by"
                    + " the evening the union said the count had reached %d,%03d. ",
                10 + s, 1 + s, 10 * i));
      }
      list.add(new Article("a" + i, "business", text.toString().strip()));
    }
    Corpus corpus = new CorpusGenerator(11).generate(list, 80, 2);
    Map<String, String> text = corpus.docs().stream().collect(Collectors.toMap(Doc::id, Doc::text));
    boolean first = false;
    boolean last = false;
    for (Injection g : corpus.injections()) {
      if (g.kind() != Kind.NUMBER) {
        continue;
      }
      String target = text.get(g.target()).substring(g.targetStart(), g.targetEnd());
      first |= target.startsWith(g.newWord() + " ");
      last |= target.endsWith(" " + g.newWord() + ".");
    }
    assertTrue(first, "some passage opens on the changed number");
    assertTrue(last, "some passage closes on the changed number");
  }

  @Test
  void fillsBeyondTheRealArticlesWithGeneratedDocuments() {
    Corpus corpus = new CorpusGenerator(7).generate(articles(6), 20, 100);
    assertEquals(20, corpus.docs().size());
    assertEquals(6, corpus.realDocs());
    Map<String, Doc> byId =
        corpus.docs().stream().collect(Collectors.toMap(Doc::id, Function.identity()));
    assertEquals(20, byId.size(), "ids are unique");
    Doc filler = byId.get("syn-000010");
    assertTrue(filler.text().contains("\n\n"), "headline and paragraphs");
    assertFalse(filler.text().isBlank());
  }

  @Test
  void changesTheLeadingDigitOfANumber() {
    assertEquals("4,200", CorpusGenerator.changedNumber("3,200"));
    assertEquals("10", CorpusGenerator.changedNumber("9"));
    assertEquals("10.5", CorpusGenerator.changedNumber("9.5"));
    assertEquals("2.7", CorpusGenerator.changedNumber("1.7"));
  }
}
