package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.NameMention;
import crosscheck.facts.NameMentionsTestSupport;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A person's name one invented outlet writes otherwise, in English and Spanish. */
class NameVariantsTest {

  private static List<ConflictFinding> run(String... docs) {
    List<NameMention> all = new ArrayList<>();
    for (int i = 0; i < docs.length; i++)
      all.addAll(NameMentionsTestSupport.names("d" + i, docs[i]));
    return NameConflicts.find(all);
  }

  private static Set<String> texts(ConflictFinding f) {
    Set<String> out = new TreeSet<>();
    for (ConflictValue v : f.values()) out.add(v.text());
    return out;
  }

  @Test
  void aGivenNameOneOutletWritesOtherwiseIsAConflict() {
    List<ConflictFinding> found =
        run(
            "Substitute Tim Ferris equalised for Norvale in the 81st minute of the final.",
            "Tim Ferris, who came on as a substitute, levelled for Norvale in the 81st minute.",
            "El suplente Tim Ferris empató para Norvale en el minuto 81.",
            "Norvale empató en el minuto 81 gracias a Tom Ferris, que había entrado como"
                + " suplente.");
    assertEquals(1, found.size(), found.toString());
    assertEquals("entity", found.get(0).attribute());
    assertTrue(texts(found.get(0)).contains("Tom Ferris"), found.toString());
    assertTrue(texts(found.get(0)).contains("Tim Ferris"), found.toString());
  }

  @Test
  void aSurnameOneLetterApartIsAConflict() {
    List<ConflictFinding> found =
        run(
            "Two judges, Ana Gallo and Luis Prieto, voted to acquit the mayor of Norvale.",
            "Los magistrados Ana Gallo y Luis Prieto votaron por absolver al alcalde de Norvale.",
            "Judges Ana Gallon and Luis Prieto voted to acquit the mayor of Norvale, the court"
                + " said.");
    assertEquals(1, found.size(), found.toString());
    Set<String> texts = texts(found.get(0));
    assertTrue(texts.contains("Ana Gallo"), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.endsWith("Ana Gallon")), texts.toString());
  }

  @Test
  void relativesShortFormsAndTwoPeopleOfOneSurnameAreNoConflict() {
    // a son shares the surname
    assertEquals(
        List.of(),
        run(
            "Tim Ferris won the vote in Norvale on Sunday, the electoral board said.",
            "Tim Ferris won Sunday's vote in Norvale, the board said.",
            "His son Tom Ferris celebrated the vote in Norvale on Sunday."));
    // "Dani" is "Daniel" shortened
    assertEquals(
        List.of(),
        run(
            "Daniel Prieto passed to Luis Gil, who scored in the 47th minute.",
            "Daniel Prieto passed to Luis Gil for the goal in the 47th minute.",
            "Dani Prieto passed to Luis Gil, who scored in the 47th minute."));
    // an outlet that names both names two people
    assertEquals(
        List.of(),
        run(
            "Tim Ferris scored in the 81st minute for Norvale.",
            "Tim Ferris scored in the 81st minute, his first goal for Norvale.",
            "Tom Ferris and Tim Ferris both played for Norvale; Tom Ferris scored in the 81st"
                + " minute."));
    // a sentence about something else is about someone else
    assertEquals(
        List.of(),
        run(
            "Tim Ferris scored in the 81st minute for Norvale.",
            "Tim Ferris scored in the 81st minute, his first goal for Norvale.",
            "Tom Ferris, a local baker, opened a shop last spring."));
  }

  @Test
  void aNameSpeltTheWayOfAnotherLanguageIsNoConflict() {
    assertEquals(
        List.of(),
        run(
            "Crown prince Mohammed Ruiz met the ministers in Norvale on Monday.",
            "Mohammed Ruiz met the ministers of Norvale on Monday, officials said.",
            "El príncipe heredero Mohamed Ruiz se reunió el lunes con los ministros en"
                + " Norvale."));
  }

  @Test
  void aPlaceAndItsTranslationAreNoName() {
    assertEquals(
        List.of(),
        run(
            "The court in New York sentenced Ana Ruiz on Friday.",
            "A court in New York sentenced Ana Ruiz on Friday to 50 months.",
            "Un tribunal de Nueva York condenó el viernes a Ana Ruiz a 50 meses."));
  }

  @Test
  void aHeadingRunIntoANameIsNoGivenName() {
    assertFalse(
        NameSpellings.otherForm(
            List.of("despedida", "de", "mientras", "ruiz"), List.of("ana", "ruiz")));
    assertFalse(
        NameSpellings.otherForm(List.of("farewell", "while", "ruiz"), List.of("ana", "ruiz")));
    assertTrue(NameSpellings.otherForm(List.of("ana", "de", "ruiz"), List.of("eva", "de", "ruiz")));
  }

  @Test
  void oneGivenNameInTwoLanguagesIsNoOtherForm() {
    assertFalse(
        NameSpellings.otherForm(List.of("juan", "vandermeer"), List.of("john", "vandermeer")));
    assertFalse(
        NameSpellings.otherForm(List.of("carlos", "vandermeer"), List.of("charles", "vandermeer")));
    assertTrue(
        NameSpellings.otherForm(List.of("carla", "vandermeer"), List.of("charles", "vandermeer")));
  }

  @Test
  void partiesNamedByTheirMembersAreNoPeople() {
    assertFalse(
        NameSpellings.otherForm(List.of("coastal", "democrats"), List.of("rural", "democrats")));
    assertFalse(
        NameSpellings.otherForm(List.of("young", "republicans"), List.of("true", "republicans")));
    assertEquals(
        List.of(),
        run(
            "Ruiz's Coastal Democrats and the Labour Party won a majority of seats in Valdemora.",
            "The pro-business Rural Democrats, who left the coalition, failed to win seats."));
  }

  @Test
  void oneEditApart() {
    assertTrue(NameSpellings.oneEditApart("gallo", "gallon"));
    assertTrue(NameSpellings.oneEditApart("polpo", "polo"));
    assertTrue(NameSpellings.oneEditApart("ruiz", "ruis"));
    assertFalse(NameSpellings.oneEditApart("gallo", "gallego"));
    assertFalse(NameSpellings.oneEditApart("ruiz", "ortiz"));
  }
}
