package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageIdentifierTest {

  private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

  private static final List<String> SPANISH_PARAGRAPHS =
      List.of(
          "El consejo municipal de Puerto Aliso aprobó el martes una nueva ruta de transbordador"
              + " hacia las islas del norte, un plan que los vecinos debatían desde hacía más de"
              + " una década.",
          "La alcaldesa Dana Whitfield dijo que el primer cruce se realizará en primavera y que las"
              + " tarifas serán más bajas para los residentes.",
          "Los pescadores de la zona temen que el tráfico de barcos grandes dañe los criaderos.",
          "Según el informe de la autoridad portuaria, la obra costará unos 4,5 millones de euros.",
          "Nadie en el pueblo esperaba una decisión tan rápida, afirmó un comerciante.",
          "El puerto es demasiado poco profundo para los buques más grandes.",
          "Los ingenieros encontraron grietas en el aliviadero occidental de la presa.",
          "La policía investiga el robo de tres camiones en la carretera costera.");

  private static final List<String> ENGLISH_PARAGRAPHS =
      List.of(
          "The council of Port Alder voted on Tuesday to open a ferry route to the northern"
              + " islands.",
          "Mayor Dana Whitfield said the first crossing would take place in the spring.",
          "Fishermen fear that heavy traffic will damage the breeding grounds.",
          "Engineers found cracks in the western spillway of the dam.",
          "Police are investigating the theft of three lorries on the coast road.");

  static List<String> spanishParagraphs() {
    return SPANISH_PARAGRAPHS;
  }

  static List<String> englishParagraphs() {
    return ENGLISH_PARAGRAPHS;
  }

  @ParameterizedTest
  @MethodSource("spanishParagraphs")
  void identifiesSpanishParagraphs(String paragraph) {
    assertEquals("es", IDENTIFIER.identify(paragraph), paragraph);
  }

  @ParameterizedTest
  @MethodSource("englishParagraphs")
  void identifiesEnglishParagraphs(String paragraph) {
    assertEquals("en", IDENTIFIER.identify(paragraph), paragraph);
  }

  @Test
  void fiveWordSentences() {
    assertEquals("es", IDENTIFIER.identify("El puerto cerró ayer temprano."));
    assertEquals("es", IDENTIFIER.identify("Los vecinos protestaron contra todo."));
    assertEquals("en", IDENTIFIER.identify("The harbour closed early yesterday."));
    assertEquals("en", IDENTIFIER.identify("Residents protested against the plan."));
  }

  @Test
  void textWithoutWordsIsUndetermined() {
    assertEquals("und", IDENTIFIER.identify("12,400 — 3.5 % 😀"));
    assertEquals("und", IDENTIFIER.identify(""));
  }

  @Test
  void otherLanguagesAreUndetermined() {
    assertEquals(
        "und",
        IDENTIFIER.identify(
            "Der Stadtrat hat am Dienstag beschlossen, eine neue Fährverbindung zu den nördlichen"
                + " Inseln einzurichten, und die Bürgermeisterin ist sehr zufrieden."));
  }

  @Test
  void shortHeadingsTakeTheLanguageOfTheirNeighbours() {
    String text =
        String.join(
            "\n",
            "Ferry Plan Approved",
            ENGLISH_PARAGRAPHS.get(0),
            ENGLISH_PARAGRAPHS.get(1),
            "Riesgo continental",
            SPANISH_PARAGRAPHS.get(0),
            "Plan Puerto Aliso",
            SPANISH_PARAGRAPHS.get(1));
    List<Span> paragraphs = ParagraphSplitter.split(text);
    assertEquals(
        List.of("en", "en", "en", "es", "es", "es", "es"),
        IDENTIFIER.identifyParagraphs(text, paragraphs));
  }

  @Test
  void mixedDocumentWhoseSecondHalfIsSpanish() {
    StringBuilder text = new StringBuilder("Port Alder Ferry\n\n");
    for (String p : ENGLISH_PARAGRAPHS) {
      text.append(p).append("\n\n");
    }
    text.append("Ruta a las islas\n\n");
    for (String p : SPANISH_PARAGRAPHS) {
      text.append(p).append("\n\n");
    }
    String doc = text.toString();
    List<Span> paragraphs = ParagraphSplitter.split(doc);
    List<String> languages = IDENTIFIER.identifyParagraphs(doc, paragraphs);
    assertEquals(1 + ENGLISH_PARAGRAPHS.size() + 1 + SPANISH_PARAGRAPHS.size(), languages.size());
    for (int i = 0; i < languages.size(); i++) {
      String expected = i <= ENGLISH_PARAGRAPHS.size() ? "en" : "es";
      assertEquals(expected, languages.get(i), paragraphs.get(i).of(doc));
    }
  }

  @Test
  void spanishPlaceNamesInEnglishHeadingsDoNotMakeThemSpanish() {
    String text =
        String.join("\n", ENGLISH_PARAGRAPHS.get(0), "Talks in La Paz", ENGLISH_PARAGRAPHS.get(1));
    assertEquals(
        List.of("en", "en", "en"),
        IDENTIFIER.identifyParagraphs(text, ParagraphSplitter.split(text)));
  }

  @Test
  void otherLanguageSetsAreSupported() {
    LanguageIdentifier englishFrench = new LanguageIdentifier(List.of("en", "fr"));
    assertEquals(
        "fr",
        englishFrench.identify(
            "Le conseil municipal a voté mardi pour ouvrir une nouvelle ligne de ferry vers les"
                + " îles."));
  }

  @Test
  void shortLinesTakeTheLanguageOfTheNearestFullParagraphsAroundThem() {
    // Thousands of one-word lines (a list of names) before English, then before Spanish text:
    // each looks for its nearest full paragraphs once, not through all the lines.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3_000; i++) text.append("Kagezo\n");
    text.append(ENGLISH_PARAGRAPHS.get(0)).append('\n');
    for (int i = 0; i < 3_000; i++) text.append("Zonake\n");
    text.append(SPANISH_PARAGRAPHS.get(0)).append('\n');
    List<Span> paragraphs = ParagraphSplitter.split(text.toString());
    List<String> languages = IDENTIFIER.identifyParagraphs(text.toString(), paragraphs);
    assertEquals(6_002, languages.size());
    assertEquals("en", languages.get(0), "before the first full paragraph: the one after");
    assertEquals("en", languages.get(3_000));
    assertEquals("es", languages.get(6_001));
  }
}
