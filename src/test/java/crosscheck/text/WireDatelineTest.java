package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireDatelineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OSLO (Reuters) - The minister resigned on Friday.|The minister resigned on Friday.",
        "(Reuters) -The minister resigned on Friday.|The minister resigned on Friday.",
        "WASHINGTON — The senators voted 52 to 48.|The senators voted 52 to 48.",
        "QUITO, 4 de marzo (AP).— La ministra renunció el viernes.|La ministra renunció el viernes.",
        "LIMA, 5 dic (EFE).- El Congreso aprobó la ley.|El Congreso aprobó la ley.",
        "Lima [Peru], May 4 (ANI): The court ruled on Friday.|The court ruled on Friday.",
        "By Ana Ruiz, Radio Norte, June 3: The court ruled on Friday.|The court ruled on Friday.",
        "Quito, 4 de mayo: El tribunal falló el viernes.|El tribunal falló el viernes.",
        "MONTEVIDEO (AFP) — El tribunal condenó a dos exministros.|El tribunal condenó a dos"
            + " exministros.",
        "Vallemar (USA), Mar 9 (AP) The home side won the final.|The home side won the final."
      })
  void aWireDatelineIsSkipped(String sentence, String body) {
    assertEquals(body, sentence.substring(WireDateline.end(sentence)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The minister — who resigned on Friday — spoke to reporters.",
        "NATO and the EU - both founded after the war - met in Oslo.",
        "Turnout was 61% - the highest since 1990.",
        "El ministro - que renunció el viernes - habló con la prensa.",
        "Says the minister: we will not resign.",
        "The ruling party (PRN): we will not resign.",
        "UNICEF: 12 schools had closed by Friday.",
        "Article 5: the allies answer together.",
        "The World Health Organization (WHO) Said nothing on Friday.",
        "UNICEF said on Friday that 12 schools had closed."
      })
  void otherSentencesKeepAllTheirWords(String sentence) {
    assertEquals(0, WireDateline.end(sentence));
  }
}
