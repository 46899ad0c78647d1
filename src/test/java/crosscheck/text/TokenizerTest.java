package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Span;
import crosscheck.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> norms(String text) {
    return norms(text, null);
  }

  private List<String> norms(String text, String language) {
    return tokenizer.tokenize(text, new Span(0, text.length()), language).stream()
        .map(Token::norm)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Irán’s envoy met the Minister of Défense 😀 in Tehrán on 16 July 👍🏽.",
        "Cafe\u0301 owners in Sa\u0303o Paulo said 3,200 families left; 𝒳 marks 🇧🇴 flags.",
        "“Dual-use” drones, O’Neill’s report (p. 46.1) and ＥＵＲ ５０ fees — all 1.234,5.",
        "\u00A0\r\n  Línea dos:\tcañón, pingüino, Ærø, Straße; 12.5m y 3.5bn.  "
      })
  void offsetsAreAbsoluteAndMapBackToTheOriginalText(String body) {
    String text = "Prefix sentence here. " + body + " Suffix.";
    Span span = new Span(22, 22 + body.length());
    List<Token> tokens = tokenizer.tokenize(text, span);
    assertFalse(tokens.isEmpty());
    int previousEnd = span.start();
    for (Token token : tokens) {
      assertTrue(token.start() >= previousEnd, token.toString());
      assertTrue(token.end() <= span.end(), token.toString());
      String original = text.substring(token.start(), token.end());
      if (Character.isDigit(original.charAt(0))) {
        assertTrue(token.norm().matches("[0-9]+(\\.[0-9]+)*"), "number " + original);
      } else {
        assertEquals(Folding.fold(original).replace("'", ""), token.norm(), original);
      }
      previousEnd = token.end();
    }
  }

  @Test
  void foldsCaseAndAccentsIncludingCombiningMarks() {
    assertEquals(
        List.of("iran", "iran", "cafe", "sao", "pingüino".replace("ü", "u")),
        norms("Irán IRA\u0301N café Sa\u0303o pingüino"));
    assertEquals(List.of("strasse", "aero", "eur", "50"), norms("Straße Ærø ＥＵＲ ５０"));
  }

  @Test
  void hyphenatedWordsMatchTheirSpacedForm() {
    assertEquals(norms("dual use drones"), norms("dual-use drones"));
  }

  @Test
  void possessivesWithEitherApostropheGiveTheSameTokens() {
    String text = "Iran’s and Iran's and O’Neill and O'Neill";
    List<Token> tokens = tokenizer.tokenize(text, new Span(0, text.length()));
    assertEquals(
        List.of("iran", "and", "iran", "and", "oneill", "and", "oneill"),
        tokens.stream().map(Token::norm).toList());
    assertEquals("Iran", text.substring(tokens.get(0).start(), tokens.get(0).end()));
  }

  @Test
  void numbersLoseGroupingAndKeepDecimals() {
    assertEquals(
        List.of("3200", "1000000", "46.1", "1234.5", "1234.5", "46.1"),
        norms("3,200 1,000,000 46.1 1.234,5 1,234.5 46,1"));
    // A single dot before three digits is ambiguous: grouping only when the text is Spanish.
    assertEquals(List.of("4.200"), norms("4.200"));
    assertEquals(List.of("4200", "4200000"), norms("4.200 4.200.000", "es"));
    assertEquals(List.of("4200000"), norms("4.200.000"));
    assertEquals(List.of("20.07.2023"), norms("20.07.2023"));
  }

  @Test
  void numbersGluedToUnitsAreSplitAndEmojiDropped() {
    assertEquals(
        List.of("3.5", "bn", "20", "km", "f", "16", "covid", "19"),
        norms("3.5bn 😀 20km F-16 COVID-19"));
  }

  @Test
  void tokenizesOnlyInsideTheSpan() {
    String text = "alpha beta gamma";
    List<Token> tokens = tokenizer.tokenize(text, new Span(6, 10));
    assertEquals(List.of(new Token(6, 10, "beta")), tokens);
    assertEquals(List.of(), tokenizer.tokenize(text, new Span(5, 5)));
  }

  @Test
  void threadsGetIdenticalResults() throws Exception {
    String text = "Officials in Port Alder said 3,200 dual-use parts reached the harbour’s docks. ";
    String big = text.repeat(50);
    List<Token> expected = tokenizer.tokenize(big, new Span(0, big.length()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Token>>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> tokenizer.tokenize(big, new Span(0, big.length()))));
      }
      for (Future<List<Token>> future : futures) {
        assertEquals(expected, future.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
