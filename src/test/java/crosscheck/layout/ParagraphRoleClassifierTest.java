package crosscheck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.ParagraphRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphRoleClassifierTest {

  private static final String TRAM_ARTICLE =
"""
Share this article

port-halden-tram-vote

Port Halden council approves northern tram extension

The extension adds six stops and is expected to open in 2027.

Analysis | Transport

The Port Halden city council voted 31 to 9 on Tuesday to extend the northern tram line \
by 4.2 kilometres, ending a decade of debate over how to connect the harbour district \
to the university campus.

Councillor Mira Okafor, who chaired the transport committee, said the tram extension \
would cut commuting times from the harbour district by a third and relieve the bus \
routes that now carry most students.

Funding questions

The council expects the regional transport fund to cover 60 percent of the tram \
extension's cost, with the remainder raised through municipal bonds issued by the city.

Opponents on the council argued that the harbour district tram stops would raise rents \
and that the bonds would burden the city budget for thirty years.

Okafor said construction of the tram stops would begin next spring.

Harbour commuters wait for a tram at Quay Street station, May 2, 2024. (Photo: Lena Voss/Halden Daily)
Analysis | Sport
Riverside cyclists sweep mountain stage

Riverside cyclists sweep mountain stage

Features

Three riders from the Riverside club finished on the podium of the alpine stage, \
climbing the final pass in fog and freezing rain.

keep readingShow less
Orchard growers report record apple harvest

A farmer loads crates of apples onto a truck near Millbrook, September 9, 2024. REUTERS/Tomas Brandt

Orchard growers report record apple harvest

Agriculture

Growers in the valley picked almost twice as many apples as last autumn, and cider \
makers are struggling to find enough barrels for the surplus fruit.

keep readingShow less
Chess prodigy, 12, draws with grandmaster

A young player studies the board during the open tournament. Photo by Ana Ruiz/Getty Images

Chess prodigy, 12, draws with grandmaster

Games

A twelve-year-old from a small village held a veteran grandmaster to a draw in \
sixty moves, the youngest player ever to do so at the open tournament.

keep readingShow less
""";

  @Test
  void appendedTeasersOnOtherTopicsAreCutFromTheArticle() {
    Pages page = new Pages(TRAM_ARTICLE);

    assertEquals(
        new RoleAssignment(ParagraphRole.TITLE, ParagraphRoleClassifier.TITLE),
        page.roleOf("Port Halden council approves"));
    assertEquals(ParagraphRole.BOILERPLATE, page.roleOf("Share this article").role());
    assertEquals(ParagraphRole.BOILERPLATE, page.roleOf("port-halden-tram-vote").role());
    assertEquals(ParagraphRole.METADATA, page.roleOf("Analysis | Transport").role());
    assertEquals(ParagraphRole.HEADING, page.roleOf("Funding questions").role());
    // The article's own last paragraph and caption are not teasers.
    assertEquals(ParagraphRole.BODY, page.roleOf("Okafor said construction").role());
    assertEquals(ParagraphRole.BOILERPLATE, page.roleOf("Harbour commuters wait").role());

    List<String> teasers = page.withRole(ParagraphRole.TEASER);
    assertEquals("Analysis | Sport", teasers.get(0));
    assertEquals("keep readingShow less", teasers.get(teasers.size() - 1));
    assertEquals(18, teasers.size());
    for (String t : teasers) {
      assertEquals(
          ParagraphRoleClassifier.TEASER, page.roleOf(t).reason(), "teaser reason of " + t);
    }
    assertEquals(6, page.count(ParagraphRole.BODY)); // standfirst + five body paragraphs kept
  }

  @Test
  void articleEndingOnHeadingAndQuoteKeepsEveryParagraph() {
    Pages page =
        new Pages(
            """
            Lakeside library reopens after flood repairs

            The Lakeside public library reopened on Monday after eight months of repairs to the \
            basement archive that was flooded when the river burst its banks last winter.

            Librarians moved 14,000 books to the upper floors before the water arrived, and only \
            the newspaper archive in the basement was lost.

            Read more

            The library's director said volunteers had catalogued every book that was moved, and \
            that the basement archive will now hold only digital copies of the newspapers.

            What comes next

            “We will never again keep paper in the basement,” said the director.
            """);

    assertEquals(0, page.count(ParagraphRole.TEASER));
    assertEquals(ParagraphRole.TITLE, page.roleOf("Lakeside library reopens").role());
    assertEquals(ParagraphRole.BOILERPLATE, page.roleOf("Read more").role());
    assertEquals(ParagraphRole.HEADING, page.roleOf("What comes next").role());
    RoleAssignment quote = page.roleOf("“We will never");
    assertEquals(ParagraphRole.BODY, quote.role());
    assertNull(quote.reason());
    assertEquals(4, page.count(ParagraphRole.BODY));
  }

  @Test
  void metadataLinesBylinesCreditsAndOutletMarkersAreRecognised() {
    Pages page =
        new Pages(
            """
            By Tomas Berg/North Coast Herald:
            Illustration/North Coast Herald
            The fishing fleet of Skarvik returned to port on Friday after the coast guard closed \
            the northern grounds because of a storm warning.
            A trawler enters Skarvik harbour on Friday. (Photo: Ines Holm/AFP)
            Fishermen said the closure cost each boat about a week of income.
            (Photo: Ines Holm/AFP)
            https://north-coast-herald.example/news/skarvik-fleet-returns
            Por Tomas Berg/North Coast Herald:
            Ilustración/North Coast Herald
            La flota pesquera de Skarvik regresó al puerto el viernes después de que la guardia \
            costera cerrara los caladeros del norte por una alerta de tormenta.
            Published July 3, 2021
            Source » northcoastherald
            """);

    assertEquals("byline", page.roleOf("By Tomas Berg").reason());
    assertEquals(ParagraphRole.METADATA, page.roleOf("By Tomas Berg").role());
    assertEquals(ParagraphRole.METADATA, page.roleOf("Por Tomas Berg").role());
    assertEquals("photo credit", page.roleOf("Illustration/").reason());
    assertEquals("photo credit", page.roleOf("Ilustración/").reason());
    assertEquals("photo credit", page.roleOf("(Photo: Ines Holm/AFP)").reason());
    assertEquals("caption with credit", page.roleOf("A trawler enters").reason());
    assertEquals(new RoleAssignment(ParagraphRole.METADATA, "url line"), page.roleOf("https://"));
    assertEquals(new RoleAssignment(ParagraphRole.METADATA, "dateline"), page.roleOf("Published"));
    assertEquals(
        new RoleAssignment(ParagraphRole.METADATA, "outlet marker"), page.roleOf("Source »"));
    assertEquals(3, page.count(ParagraphRole.BODY));
    assertEquals(0, page.count(ParagraphRole.TEASER));
  }

  @Test
  void shareFollowNavigationAndFileLinesAreBoilerplate() {
    for (String line :
        List.of(
            "Follow us on social",
            "Share on Facebook",
            "Exit mobile version",
            "Skip to content",
            "Show less",
            "Sign up for our newsletter",
            "Advertisement",
            "We use cookies to improve your experience. By continuing you accept our cookie"
                + " policy.",
            "IMG_2034.jpg",
            "Mayor-and-council",
            "REUTERS/Petra Lind",
            "AP Photo/Sam Ortiz",
            "Getty Images",
            "(Shutterstock/ Karl Weiss)",
            "Photo by Dana Cole")) {
      Pages page = new Pages(line);
      assertEquals(ParagraphRole.BOILERPLATE, page.roles.get(0).role(), line);
    }
  }

  @Test
  void ordinaryLinesAreNotMistakenForFurniture() {
    Pages page =
        new Pages(
            """
            Share prices fall as harbour strike enters second week

            Share prices of the three listed shipping firms fell by up to 4% on Monday.

            By Tuesday, the union said, talks with the port authority had stalled.

            Covid-19 and the docks

            Dockers told Reuters they would stay out until pay talks resume.

            Cargo volumes fell 12% in the first week, the port authority said. (AP)

            Exports through the harbour rose 5% last year. (Source: Harbour Statistics Office)
            """);

    assertEquals(ParagraphRole.TITLE, page.roleOf("Share prices fall").role());
    assertEquals(ParagraphRole.BODY, page.roleOf("Share prices of").role());
    assertEquals(ParagraphRole.BODY, page.roleOf("By Tuesday").role());
    assertEquals(ParagraphRole.HEADING, page.roleOf("Covid-19").role());
    assertEquals(ParagraphRole.BODY, page.roleOf("Dockers told Reuters").role());
    assertEquals(ParagraphRole.BODY, page.roleOf("Cargo volumes fell").role());
    assertEquals(ParagraphRole.BODY, page.roleOf("Exports through").role());
  }

  @Test
  void imageLabelAboveTheFirstCaptionIsBoilerplate() {
    Pages page =
        new Pages(
            """
            Site icon Valley Courier
            Valley farmers test drones for crop spraying
            VAL Drone Farm
            A drone sprays a wheat field near Ostby, June 4, 2024. Photo: Karin Ek/Valley Courier
            Farmers in the valley have begun testing spraying drones that cover a field in a \
            fraction of the time a tractor needs.
            """);

    assertEquals("outlet marker", page.roleOf("Site icon").reason());
    assertEquals(ParagraphRole.TITLE, page.roleOf("Valley farmers test").role());
    assertEquals("image label", page.roleOf("VAL Drone Farm").reason());
    assertEquals("caption with credit", page.roleOf("A drone sprays").reason());
    assertEquals(ParagraphRole.BODY, page.roleOf("Farmers in the valley").role());
  }

  @Test
  void trailingListWithoutReadMoreLinesIsNotATeaser() {
    Pages page =
        new Pages(
            """
            Regional cup draw pairs old rivals

            The draw for the regional cup was held on Friday and paired several old rivals in \
            the first round, with the winners meeting in the semi-finals next month.

            Northby v Southby

            Eastham v Westham

            Winners meet in semi-final

            Upton v Downton

            Hillside v Dale

            Winners meet in semi-final
            """);

    assertEquals(0, page.count(ParagraphRole.TEASER));
  }

  @Test
  void singleTeaserFoundByTopicAloneWithoutRepeatedHeadline() {
    Pages page =
        new Pages(
            """
            Glass recycling rate climbs in Norrvik

            Norrvik households recycled 71 percent of their glass bottles last year, up from 58 \
            percent, after the municipality placed collection bins at every supermarket.

            The municipality said the glass recycling bins would be emptied twice a week and that \
            households in Norrvik could also leave bottles at the central depot.

            Officials expect the recycling rate to pass 80 percent within two years.

            Stargazers gather for meteor shower

            Hundreds of amateur astronomers camped on the dunes to watch the meteor shower, which \
            peaked after midnight under a clear sky.

            Read more
            """);

    assertEquals(ParagraphRole.BODY, page.roleOf("Officials expect").role());
    assertEquals(
        List.of(
            "Stargazers gather for meteor shower",
            "Hundreds of amateur astronomers camped on the dunes to watch the meteor shower, which "
                + "peaked after midnight under a clear sky.",
            "Read more"),
        page.withRole(ParagraphRole.TEASER));
  }

  @Test
  void headingAboveReadMoreInsideTheArticleIsNotATeaser() {
    Pages page =
        new Pages(
            """
            Glass recycling rate climbs in Norrvik

            Norrvik households recycled 71 percent of their glass bottles last year, up from 58 \
            percent, after the municipality placed collection bins at every supermarket.

            What the depot takes

            Read more

            The central depot also accepts jars, but not window glass or mirrors, a spokesman said.

            “People finally know where the bins are,” a resident said.
            """);

    assertEquals(0, page.count(ParagraphRole.TEASER));
    assertEquals(ParagraphRole.HEADING, page.roleOf("What the depot takes").role());
    assertEquals(ParagraphRole.BODY, page.roleOf("“People finally").role());
  }

  @Test
  void teasersOnTheSameTopicAreFoundByTheirCardStructure() {
    Pages page =
        new Pages(
            """
            Port Halden tram line opens to passengers

            The northern tram line in Port Halden opened to passengers on Saturday, linking the \
            harbour district to the university campus with six new tram stops.

            The city council said the tram line carried eleven thousand passengers on its first \
            day, twice the number the council had expected.

            Port Halden council debates tram fares

            Port Halden council debates tram fares

            Councillors in Port Halden will debate whether students should ride the tram line \
            to the campus for free.

            keep reading

            Harbour district tram stops draw crowds

            Harbour district tram stops draw crowds

            Crowds filled the new harbour district tram stops as the city council opened the line.

            keep reading
            """);

    assertEquals(ParagraphRole.BODY, page.roleOf("The city council said").role());
    assertEquals(8, page.count(ParagraphRole.TEASER));
    assertEquals(ParagraphRole.TEASER, page.roleOf("Port Halden council debates").role());
  }

  @Test
  void everyParagraphGetsOneRoleAndOnlyBodyHasNoReason() {
    Pages page = new Pages(TRAM_ARTICLE);
    assertEquals(page.paragraphs.size(), page.roles.size());
    for (RoleAssignment role : page.roles) {
      assertTrue((role.role() == ParagraphRole.BODY) == (role.reason() == null), role.toString());
    }
  }
}
