package crosscheck.reuse;

import static crosscheck.reuse.TranslationPairs.en;
import static crosscheck.reuse.TranslationPairs.es;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

  private static List<String> texts(SentenceText s) {
    return Clauses.of(s).stream().map(SentenceText::text).toList();
  }

  @Test
  void leadingAndTrailingClausesAtPunctuationAndConjunctions() {
    List<String> clauses =
        texts(
            en(
                "The mayor conceded defeat before the official count was published and later said"
                    + " she would leave politics, her spokesman said."));
    assertTrue(
        clauses.contains("The mayor conceded defeat before the official count was published"),
        clauses::toString);
    // "her spokesman said." is too short a part of the sentence to stand for it.
    assertTrue(clauses.stream().noneMatch(c -> c.equals("her spokesman said.")), clauses::toString);
    assertTrue(
        clauses.contains("and later said she would leave politics, her spokesman said."),
        clauses::toString);
  }

  @Test
  void spanishConjunctionsToo() {
    List<String> clauses =
        texts(
            es(
                "La alcaldesa reconoció su derrota antes del recuento oficial y luego dijo que"
                    + " dejaría la política."));
    assertTrue(
        clauses.contains("La alcaldesa reconoció su derrota antes del recuento oficial"),
        clauses::toString);
  }

  @Test
  void aClauseKeepsItsOffsetsAndTokens() {
    SentenceText s = en("The council met on Monday, and the budget passed.");
    SentenceText first =
        Clauses.of(s).stream().filter(c -> c.text().startsWith("The")).findFirst().orElseThrow();
    assertEquals("The council met on Monday", first.text());
    assertEquals(s.start(), first.start());
    assertEquals(
        List.of("the", "council", "met", "on", "monday"),
        first.tokens().stream().map(t -> t.norm()).toList());
  }

  @Test
  void clausesTooShortToStandForTheSentenceAreLeftOut() {
    assertEquals(
        List.of("the council approved the budget for the coming year."),
        texts(en("Yes, the council approved the budget for the coming year.")));
  }
}
