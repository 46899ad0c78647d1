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
