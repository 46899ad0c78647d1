package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.SegmentConfig;
import crosscheck.facts.DocumentFacts;
import crosscheck.facts.FactRow;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.SourceDocument;
import crosscheck.segment.DocumentSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Claims that contradict beyond values, on invented outlets' words in English and Spanish. */
class ContradictionsTest {

  /** The contradictions among documents d0, d1...: blocked and analysed as the stage does. */
  static List<ConflictFinding> run(String... docs) {
    Map<String, List<LinkedClaim>> blocks = new TreeMap<>();
    for (int i = 0; i < docs.length; i++) {
      String id = "d" + i;
      String text = docs[i] + "\n";
      SegmentedDocument d =
          new DocumentSegmenter(SegmentConfig.DEFAULTS)
              .segment(
                  new SourceDocument(
                      id,
                      id + ".txt",
                      "txt",
                      0,
                      "accepted",
                      null,
                      text.length(),
                      null,
                      text,
                      "outlet " + i,
                      null,
                      "2024-05-06",
                      null,
                      List.of()));
      for (FactRow r : DocumentFacts.claims(d, "2024-05-06")) {
        for (ClaimBlocks.Keyed k : Contradictions.keys(ClaimBlocks.link(r, null))) {
          blocks.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k.claim());
        }
      }
    }
    List<ClaimBlocks.Found> found = new ArrayList<>();
    for (Map.Entry<String, List<LinkedClaim>> b : blocks.entrySet()) {
      if (b.getValue().size() < 2) continue;
      found.add(Contradictions.analyze(new ClaimBlocks.Block(b.getKey(), b.getValue()), 500));
    }
    return ClaimBlocks.merge(found).conflicts();
  }

  private static Set<String> values(ConflictFinding c) {
    Set<String> out = new TreeSet<>();
    for (ConflictValue v : c.values()) out.add(v.value() + "@" + v.doc() + ":" + v.text());
    return out;
  }

  private static ConflictFinding only(List<ConflictFinding> found, String attribute) {
    assertEquals(1, found.size(), found.toString());
    assertEquals(attribute, found.get(0).attribute());
    return found.get(0);
  }

  @Test
  void anEventAssertedAndDeniedIsAClaimConflict() {
    ConflictFinding c =
        only(
            run(
                "Finance Minister Olga Varga resigned on Friday.",
                "Finance Minister Olga Varga denied that she had resigned."),
            "claim");
    assertEquals(
        Set.of("asserted@d0:resigned", "denied@d1:denied that she had resigned"), values(c));
  }

  @Test
  void anEventLeftUnconfirmedIsAClaimConflict() {
    ConflictFinding c =
        only(
            run(
                "Finance Minister Olga Varga resigned on Friday.",
                "The Ministry of Finance did not confirm that Olga Varga had resigned."),
            "claim");
    assertTrue(values(c).contains("unconfirmed@d1:did not confirm that Olga Varga had resigned"));
  }

  @Test
  void spanishDenialsAndDoubtsAndAcrossLanguages() {
    ConflictFinding c =
        only(
            run(
                "La ministra Olga Varga renunció el viernes.",
                "La ministra Olga Varga negó haber renunciado.",
                "Finance Minister Olga Varga did not resign."),
            "claim");
    assertEquals(
        Set.of(
            "asserted@d0:renunció", "denied@d1:negó haber renunciado", "denied@d2:did not resign"),
        values(c));
    ConflictFinding doubt =
        only(
            run(
                "La ministra Olga Varga renunció el viernes.",
                "La renuncia de la ministra Olga Varga aún no ha sido confirmada."),
            "claim");
    assertTrue(values(doubt).contains("asserted@d0:renunció"), values(doubt).toString());
  }

  @Test
  void twoPartiesOrOneInstrumentTellAnEventWithAnObject() {
    ConflictFinding c =
        only(
            run(
                "Kenya and Chile signed the fisheries memorandum on Monday.",
                "Kenya and Chile did not sign the fisheries memorandum."),
            "claim");
    assertTrue(values(c).contains("denied@d1:did not sign"), values(c).toString());
    // One shared party is a topic, not an event, when the event has an object claims do not keep.
    assertEquals(
        List.of(),
        run(
            "Kestrel Media launched the channel on Monday.",
            "Kestrel Media did not launch the streaming service."));
  }

  @Test
  void noNegationTiedToTheEventIsNoConflict() {
    assertEquals(
        List.of(),
        run(
            "Finance Minister Olga Varga resigned on Friday.",
            "Finance Minister Olga Varga denied any wrongdoing and resigned.",
            "Finance Minister Olga Varga will not resign.",
            "Finance Minister Olga Varga has not yet resigned.",
            "La ministra Olga Varga no renunciará.",
            "Protesters demanded the resignation of Finance Minister Olga Varga."));
  }

  @Test
  void otherPartiesYearsHedgesAndSelfCorrectionsAreNoConflict() {
    // Another party: Kenya's refusal is no denial that Chile signed.
    assertEquals(
        List.of(),
        run("Chile signed the accord with Peru.", "Kenya did not sign the accord, unlike Chile."));
    // Another year.
    assertEquals(
        List.of(),
        run(
            "Finance Minister Olga Varga resigned in 2019.",
            "Finance Minister Olga Varga did not resign in 2023."));
    // A hedged assertion takes no side.
    assertEquals(
        List.of(),
        run(
            "Finance Minister Olga Varga reportedly resigned.",
            "Finance Minister Olga Varga denied that she had resigned."));
    // A document that says both takes no side.
    assertEquals(
        List.of(),
        run(
            "Finance Minister Olga Varga resigned. Later, Olga Varga denied that she had resigned.",
            "Finance Minister Olga Varga denied resigning."));
  }

  @Test
  void aDoerNamedWithAMixedUpNameIsAnEntityConflict() {
    ConflictFinding c =
        only(
            run(
                "Luis Ortiz congratulated Ana Reyes on her victory.",
                "Ana Ortiz was quick to congratulate Ana Reyes on her victory."),
            "entity");
    assertEquals(Set.of("Ana Ortiz@d1:Ana Ortiz", "Luis Ortiz@d0:Luis Ortiz"), values(c));
    ConflictFinding es =
        only(
            run(
                "Luis Ortiz felicitó a Ana Reyes por su victoria.",
                "Ana Ortiz felicitó a Ana Reyes por su victoria."),
            "entity");
    assertEquals(Set.of("Ana Ortiz@d1:Ana Ortiz", "Luis Ortiz@d0:Luis Ortiz"), values(es));
  }

  @Test
  void namesakesRelativesAndLongerNamesAreNoMixUp() {
    // A namesake whose given name is nobody else's here.
    assertEquals(
        List.of(),
        run(
            "Luis Ortiz congratulated Ana Reyes on her victory.",
            "Carla Ortiz congratulated Ana Reyes on her victory."));
    // A relative.
    assertEquals(
        List.of(),
        run(
            "Luis Ortiz congratulated Ana Reyes on her victory.",
            "His wife Ana Ortiz congratulated Ana Reyes on her victory."));
    assertEquals(
        List.of(),
        run(
            "Luis Ortiz felicitó a Ana Reyes por su victoria.",
            "Su hija Ana Ortiz felicitó a Ana Reyes por su victoria."));
    // The same person with a middle name.
    assertEquals(
        List.of(),
        run(
            "Luis Ortiz congratulated Ana Reyes on her victory.",
            "Luis Alberto Ortiz congratulated Ana Reyes on her victory."));
    // Initials and lists of people (a squad, a cabinet).
    assertEquals(
        List.of(),
        run(
            "Luis Ortiz congratulated Ana Reyes on her victory.",
            "A. Ortiz congratulated Ana Reyes on her victory."));
    assertEquals(
        List.of(),
        run(
            "Luis Ortiz, Ana Reyes, Tomas Vidal, Rosa Lindo and Pedro Sanz signed the letter.",
            "Ana Ortiz, Ana Reyes, Tomas Vidal, Rosa Lindo and Pedro Sanz signed the letter."));
    // Another event.
    assertEquals(
        List.of(),
        run(
            "Luis Ortiz congratulated Ana Reyes on her victory.",
            "Ana Ortiz visited Ana Reyes in Valdoria."));
  }
}
