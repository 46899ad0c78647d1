package crosscheck.reuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameResolverTest {

  private static NameResolver resolver(String text, String language) {
    return NameResolver.of(text, AttributionFixtures.sentences(text, language));
  }

  @Test
  void shortNameResolvesToTheFullName() {
    NameResolver names = resolver("Ilse Varga runs the port. Varga spoke on Monday.", "en");
    assertEquals("Ilse Varga", names.resolve("Varga"));
    assertEquals("Ilse Varga", names.resolve("Varga’s"));
  }

  @Test
  void titlesAreStripped() {
    NameResolver names =
        resolver("President Ilse Varga and Brigadier General Tomas Brenwick met in Dunmore.", "en");
    assertEquals(java.util.List.of("Ilse Varga", "Tomas Brenwick"), names.fullNames());
    assertEquals("Ilse Varga", names.resolve("Dr. Varga"));
    assertEquals("Ilse Varga", names.resolve("President Varga"));
    assertEquals("Tomas Brenwick", names.resolve("Gen. Brenwick"));
    assertEquals("Odile Marsh", names.resolve("Prime Minister Odile Marsh"));
  }

  @Test
  void middleNamesAndVariantsJoinTheFullestName() {
    NameResolver names =
        resolver("Ilse Marie Varga arrived. Ilse Marie Varga spoke. Ilse Varga left.", "en");
    assertEquals("Ilse Marie Varga", names.resolve("Varga"));
    assertEquals("Ilse Marie Varga", names.resolve("Ilse Varga"));
  }

  @Test
  void spanishFirstSurnameAndAccents() {
    NameResolver names = resolver("El alcalde Juan Pérez Gómez habló con los vecinos.", "es");
    assertEquals("Juan Pérez Gómez", names.resolve("Pérez"));
    assertEquals("Juan Pérez Gómez", names.resolve("Perez"));
    assertEquals("Juan Pérez Gómez", names.resolve("Gómez"));
  }

  @Test
  void twoPeopleSharingASurnameStayAmbiguous() {
    NameResolver names = resolver("Ana Ruiz met Luis Ruiz in Dunmore.", "en");
    assertEquals("Ruiz", names.resolve("Ruiz"));
    assertEquals("Ana Ruiz", names.resolve("Ana Ruiz"));
  }

  @Test
  void sentenceInitialFunctionWordsAreNotNames() {
    NameResolver names =
        resolver(
            "In Varnholt the storm ended. The Varnholt Courier printed it. El Puerto Viejo cerró."
                + " Luckily Tomas Brenwick survived, and he was luckily unhurt.",
            "en");
    assertEquals(
        java.util.List.of("Varnholt Courier", "Puerto Viejo", "Tomas Brenwick"), names.fullNames());
  }

  @Test
  void aPlaceGluedBeforeANameIsDropped() {
    NameResolver names =
        resolver(
            "Envoys flew to Vostria on Monday. The talks were led by the former envoy of Vostria"
                + " Ana María Ruiz. Ruiz said little.",
            "en");
    assertTrue(names.fullNames().contains("Ana María Ruiz"), names.fullNames().toString());
    assertFalse(names.fullNames().contains("Vostria Ana María Ruiz"));
    assertEquals("Ana María Ruiz", names.resolve("Ruiz"));
  }

  @Test
  void unknownMentionsStayAsWritten() {
    NameResolver names = resolver("Ilse Varga runs the port.", "en");
    assertEquals("Dunmore Courier", names.resolve("the Dunmore Courier"));
  }
}
