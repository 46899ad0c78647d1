package crosscheck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.model.DocumentMeta;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  private static DocumentMeta meta(String text) {
    Pages page = new Pages(text);
    return MetadataExtractor.extract(page.text, page.paragraphs, page.roles);
  }

  @Test
  void bylineWithOutletUrlLineAndTitle() {
    DocumentMeta meta =
        meta(
            """
            Harbour cranes to run on shore power by 2026
            By Jane Roe/Baltic Wire:
            Published on July 3, 2021
            The port of Lindholm will connect its container cranes to the city grid, ending the \
            use of diesel generators on the quay.
            https://www.baltic-wire.example/ports/lindholm-shore-power
            """);

    assertEquals(
        new DocumentMeta(
            "Baltic Wire",
            "https://www.baltic-wire.example/ports/lindholm-shore-power",
            "2021-07-03",
            "Harbour cranes to run on shore power by 2026",
            "Jane Roe"),
        meta);
  }

  @Test
  void outletMarkerWinsOverBylineOutletAndTheUrlHost() {
    DocumentMeta meta =
        meta(
            """
            Site icon Valley Courier
            By Karin Ek/Syndicated Press:
            Farmers in the valley have begun testing spraying drones that cover a field in a \
            fraction of the time a tractor needs.
            https://valley-courier.example/farm/drones
            """);

    assertEquals("Valley Courier", meta.outlet());
    assertEquals("Karin Ek", meta.author());
  }

  @Test
  void trailingSourceMarkerNamesTheOutlet() {
    DocumentMeta meta =
        meta(
            """
            The city council of Ostby approved a new budget on Monday that raises spending on \
            schools by a tenth.
            Source » ostbyherald
            """);

    assertEquals(new DocumentMeta("ostbyherald", null, null, null, null), meta);
  }

  @Test
  void outletFallsBackToTheUrlHostWhenNoMarkerNamesOne() {
    DocumentMeta meta =
        meta(
            """
            By Jane Roe
            The city council of Ostby approved a new budget on Monday that raises spending on \
            schools by a tenth.
            https://www.example-news.com/2021/07/ostby-budget
            """);

    assertEquals("example-news.com", meta.outlet());
    assertEquals("Jane Roe", meta.author());
    assertEquals("2021-07", meta.published()); // the month of the URL's path
  }

  @Test
  void labelledUrlLineGivesOutletAndDate() {
    DocumentMeta meta =
        meta(
            """
            URL: https://m.harbour-times.example/ports/2019/03/14/cranes-shore-power/
            The port of Lindholm connected its cranes to the city grid on Monday, after the \
            contract signed on February 2, 2019.
            """);

    assertEquals("harbour-times.example", meta.outlet());
    assertEquals("2019-03-14", meta.published());
    assertEquals(
        "https://m.harbour-times.example/ports/2019/03/14/cranes-shore-power/", meta.url());
  }

  @Test
  void urlGivenByTheInputCountsLikeAUrlLine() {
    Pages page =
        new Pages("El concejo de Ostby aprobó ayer el presupuesto firmado el 2 de marzo de 2020.");
    DocumentMeta meta =
        MetadataExtractor.extract(
            page.text,
            page.paragraphs,
            page.roles,
            "https://www.diario-del-valle.example/local/presupuesto-ostby-20200305-n123.html");

    assertEquals("diario-del-valle.example", meta.outlet());
    assertEquals("2020-03-05", meta.published());
  }

  @Test
  void pageDateAgainstTheUrlDate() {
    String url = "https://valley.example/2021/07/03/budget\n";
    // A bare dateline or an "Updated" line gives way to the address's day.
    assertEquals("2021-07-03", meta(url + "July 9, 2021\nThe council met to vote.").published());
    assertEquals(
        "2021-07-03", meta(url + "Updated: 2021-07-20\nThe council met to vote.").published());
    // An explicit "Published" line a day off is the same publication: the URL's day.
    assertEquals(
        "2021-07-03", meta(url + "Published July 4, 2021\nThe council met to vote.").published());
    // An explicit "Published" (or "Publicado") line far from it wins.
    assertEquals(
        "2021-08-01", meta(url + "Publicado el 1 de agosto de 2021\nEl concejo votó.").published());
    // A month-only address takes the page's day within that month.
    assertEquals(
        "2021-07-05",
        meta("https://valley.example/2021/07/budget\nJuly 5, 2021\nThe council met.").published());
  }

  @Test
  void spanishBylineAndPublicationDate() {
    DocumentMeta meta =
        meta(
            """
            Por María de la Fuente/Diario del Valle:
            Publicado el 3 de julio de 2021
            El concejo municipal de Ostby aprobó el lunes un nuevo presupuesto que aumenta el \
            gasto en escuelas.
            """);

    assertEquals("María de la Fuente", meta.author());
    assertEquals("Diario del Valle", meta.outlet());
    assertEquals("2021-07-03", meta.published());
  }

  @Test
  void publishedBeatsUpdatedAndPrecisionIsKept() {
    assertEquals(
        "2021-07-03",
        meta("Updated: 2021-07-05\nPublished 3 July 2021\nThe council met on Monday to vote.")
            .published());
    assertEquals("2021-07-05", meta("Updated: 2021-07-05\nThe council met to vote.").published());
    assertEquals("2021-07", meta("Published July 2021\nThe council met to vote.").published());
  }

  @Test
  void nothingFoundIsNullNeverInvented() {
    DocumentMeta meta =
        meta(
            """
            The council met on July 3, 2021, to vote on the budget, the mayor said.
            Councillors approved it by 31 votes to 9.
            """);

    assertEquals(DocumentMeta.EMPTY, meta);
  }

  @Test
  void teasersNeverLendTheirMetadata() {
    DocumentMeta meta =
        meta(
            """
            Glass recycling rate climbs in Norrvik
            Norrvik households recycled 71 percent of their glass bottles last year, up from 58 \
            percent, after the municipality placed collection bins at every supermarket.
            The municipality said the glass recycling bins would be emptied twice a week.
            Stargazers gather for meteor shower
            By Tom Sky
            Hundreds of amateur astronomers camped on the dunes to watch the meteor shower, which \
            peaked after midnight under a clear sky.
            Read more
            """);

    assertEquals("Glass recycling rate climbs in Norrvik", meta.title());
    assertEquals(null, meta.author());
  }
}
