package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListsTest {

  @Test
  void everyListOfTheJobIsWellFormed() {
    WordLists.checkAll();
  }

  @Test
  void everyListInTheResourcesIsInTheIndex() throws java.io.IOException {
    java.nio.file.Path root = java.nio.file.Path.of("src/main/resources/crosscheck");
    java.util.Set<String> indexed = new java.util.TreeSet<>();
    for (String line : java.nio.file.Files.readAllLines(root.resolve(WordLists.INDEX)))
      if (!line.isBlank() && !line.startsWith("#")) indexed.add(line.split(" ")[0]);
    List<String> missing;
    try (var files = java.nio.file.Files.walk(root)) {
      missing =
          files
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.endsWith(".txt") || p.endsWith(".tsv"))
              .filter(p -> !p.equals(WordLists.INDEX) && !p.contains("/LICENSE"))
              .filter(p -> !indexed.contains(p))
              .sorted()
              .toList();
    }
    // an unlisted list is never checked at start-up, and a renamed one breaks only a clean build
    assertEquals(List.of(), missing);
  }

  @Test
  void aListKeepsEntriesWithSpacesAndSkipsCommentsAndBlankLines() {
    assertEquals(List.of("prime minister", "ministro"), WordLists.list("wordlists-test/good.txt"));
  }

  @Test
  void aRowWithTheWrongNumberOfColumnsNamesItsFileAndLine() {
    var e =
        assertThrows(
            WordLists.MalformedWordListException.class,
            () -> WordLists.table("wordlists-test/short-row.tsv", 3));
    assertTrue(
        e.getMessage().contains("crosscheck/wordlists-test/short-row.tsv:3"), e.getMessage());
    assertTrue(
        e.getMessage().contains("expected 3 tab-separated columns, found 2"), e.getMessage());
  }

  @Test
  void aDuplicateEntryNamesItsFileAndLine() {
    var e =
        assertThrows(
            WordLists.MalformedWordListException.class,
            () -> WordLists.set("wordlists-test/duplicate.txt"));
    assertTrue(e.getMessage().contains("duplicate.txt:5: 'alpha' is listed twice"), e.getMessage());
  }

  @Test
  void aMissingListSaysSo() {
    var e =
        assertThrows(
            WordLists.MalformedWordListException.class, () -> WordLists.list("no/such-list.txt"));
    assertTrue(e.getMessage().contains("not on the class path"), e.getMessage());
  }

  @Test
  void monthNamesComeFromTheirTable() {
    assertEquals(9, MonthNames.number("setiembre"));
    assertEquals(9, MonthNames.number("sept"));
    assertTrue(MonthNames.fullNames("es").contains("diciembre"));
    assertTrue(!MonthNames.fullNames("en").contains("dec"));
  }
}
