package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure a sentence says was changed into another is a former one; both languages. */
class ChangedFiguresTest {

  @Test
  void theFigureBeforeAChangeIsFormer() {
    List<Measurement> en =
        measure("en", "The striker has had his three-year ban reduced to 14 months on appeal.\n");
    assertTrue(at(en, "three-year").former());
    assertFalse(at(en, "14").former());
    List<Measurement> from =
        measure("en", "His ban was reduced to 14 months from an initial three years.\n");
    assertTrue(at(from, "three").former());
    assertFalse(at(from, "14").former());
    List<Measurement> es =
        measure("es", "El delantero vio reducida su sanción de tres años a 14 meses.\n");
    assertTrue(at(es, "tres").former());
    assertFalse(at(es, "14").former());
  }

  @Test
  void aShareThatRoseOrFellFromOneFigureToAnotherWasTheFirst() {
    List<Measurement> en =
        measure(
            "en", "The party doubled its support, taking it from 9.2 per cent to 18.4 per cent.\n");
    assertTrue(at(en, "9.2").former());
    assertFalse(at(en, "18.4").former());
    List<Measurement> es =
        measure("es", "El partido pasó del 9,2% al 18,4% de los votos en cuatro años.\n");
    assertTrue(at(es, "9,2").former());
    assertFalse(at(es, "18,4").former());
    // a range is no change
    assertFalse(at(measure("en", "He faces from 9 to 18 years in prison.\n"), "9").former());
  }

  @Test
  void twoFiguresWithoutAChangeAreNotFormer() {
    List<Measurement> en =
        measure("en", "He was banned for three years and fined 14 months of his salary.\n");
    assertFalse(at(en, "three").former());
    List<Measurement> es =
        measure("es", "La sanción de tres años se suma a 14 meses de suspensión previa.\n");
    assertFalse(at(es, "tres").former());
  }
}
