package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.ClaimStance.Polarity;
import crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stances read from invented sentences in English and Spanish. */
class ClaimStanceTest {

  /** The stance of the one claim of {@code trigger} in a one-sentence text. */
  private static ClaimStance stance(String text, String language, String trigger) {
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : ActorsTest.sentences(text)) {
      sentences.add(new Sentence(s.index(), 0, s.start(), s.end(), language, true, List.of()));
    }
    List<Claim> claims = ClaimExtractor.extract("doc", text, sentences, null, language);
    Claim c =
        claims.stream()
            .filter(k -> k.trigger().equals(trigger))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + trigger + " claim in " + claims));
    return ClaimStance.of(c, text.substring(c.sentenceStart(), c.sentenceEnd()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Minister Olga Varga resigned on Friday.|en|resign|ASSERTED",
        "The Ministry of Ports said Minister Olga Varga had resigned.|en|resign|ASSERTED",
        "Minister Olga Varga did not resign.|en|resign|DENIED",
        "Minister Olga Varga didn't resign on Friday.|en|resign|DENIED",
        "Minister Olga Varga has never resigned from any post.|en|resign|DENIED",
        "Minister Olga Varga denied resigning.|en|resign|DENIED",
        "Minister Olga Varga denied that she had resigned.|en|resign|DENIED",
        "Minister Olga Varga denied reports of her resignation.|en|resign|DENIED",
        "The ministry did not confirm that Olga Varga had resigned.|en|resign|UNCONFIRMED",
        "Unconfirmed reports said Olga Varga had resigned.|en|resign|UNCLEAR",
        "Her resignation has not been confirmed.|en|resign|UNCONFIRMED",
        "The resignation of Olga Varga, which still has not been confirmed, shook the port.|en|resign|UNCONFIRMED",
        "Olga Varga resigned, Ana Ruiz has not been confirmed as her successor.|en|resign|ASSERTED",
        "Olga Varga will not resign.|en|resign|UNCLEAR",
        "Olga Varga has not yet resigned.|en|resign|UNCLEAR",
        "Olga Varga plans to resign in May.|en|resign|UNCLEAR",
        "Did Olga Varga resign?|en|resign|UNCLEAR",
        "Olga Varga denied any wrongdoing and resigned.|en|resign|UNCLEAR",
        "Protesters demanded the resignation of Olga Varga.|en|resign|UNCLEAR",
        "Olga Varga not only signed the lease but paid it.|en|sign|UNCLEAR",
        "If buyers didn't visit the site, the scheme would fail.|en|visit|UNCLEAR",
        "Traders don't sell the old notes any more.|en|sell|UNCLEAR",
        "The firm did not buy the mill just to close it.|en|buy|UNCLEAR",
        "The club would neither confirm nor deny the meeting.|en|meet|UNCLEAR",
        "Si la ministra no renunció, nadie lo sabe.|es|resign|UNCLEAR",
        "The rebels hope to stop the deal by signing a truce.|en|sign|UNCLEAR",
        "Olga Varga visits the port every Friday.|en|visit|UNCLEAR",
        "The agency still has no launch date for the rocket.|en|launch|UNCLEAR",
        "Sales of the phone doubled since its launch.|en|launch|UNCLEAR",
        "La ministra Olga Varga renunció el viernes.|es|resign|ASSERTED",
        "La ministra Olga Varga no renunció.|es|resign|DENIED",
        "La ministra Olga Varga no ha renunciado a su cargo.|es|resign|DENIED",
        "La ministra Olga Varga negó haber renunciado.|es|resign|DENIED",
        "El ministerio desmintió su renuncia.|es|resign|DENIED",
        "El ministerio no confirmó la renuncia de Olga Varga.|es|resign|UNCONFIRMED",
        "La renuncia de Olga Varga aún no ha sido confirmada.|es|resign|UNCONFIRMED",
        "La ministra Olga Varga no firmará el contrato.|es|sign|UNCLEAR",
        "La ministra Olga Varga aún no firmó el contrato.|es|sign|UNCLEAR",
        "Olga Varga no solo firmó el contrato.|es|sign|UNCLEAR",
        "La ministra va a firmar el contrato.|es|sign|UNCLEAR",
      })
  void readsTheStanceTiedToTheTrigger(String text, String language, String trigger, Polarity p) {
    assertEquals(p, stance(text, language, trigger).polarity(), text);
  }

  @Test
  void aSentenceRepeatingItsTriggerTakesNoStanceAndStaysLinear() {
    String text = "Olga Varga did not resign" + " resigned".repeat(5_000) + ".";
    long start = System.nanoTime();
    assertEquals(Polarity.UNCLEAR, stance(text, "en", "resign").polarity());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Olga Varga denied that she had resigned.|en|resign|denied that she had resigned",
        "Olga Varga resigned on Friday.|en|resign|resigned",
        "Olga Varga negó haber renunciado.|es|resign|negó haber renunciado",
        "Her resignation has not been confirmed.|en|resign|resignation has not been confirmed",
      })
  void citesTheCueThroughTheTrigger(String text, String language, String trigger, String words) {
    ClaimStance s = stance(text, language, trigger);
    assertEquals(words, text.substring(s.start(), s.end()));
  }
}
