package crosscheck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlMetadataTest {

  private static String date(String url) {
    return UrlMetadata.date(url, 2026);
  }

  @Test
  void dayInTheCommonPathShapes() {
    assertEquals("2019-03-14", date("https://news.example/2019/03/14/harbour-cranes/"));
    assertEquals("2019-03-14", date("https://news.example/world/2019/3/14/harbour-cranes"));
    assertEquals("2019-03-14", date("https://news.example/20190314/harbour-cranes.html"));
    assertEquals("2019-03-14", date("https://news.example/2019-03-14/harbour-cranes"));
    assertEquals("2019-03-14", date("https://news.example/local/harbour-20190314-cranes.html"));
    assertEquals("2019-03-14", date("https://news.example/harbour-cranes-2019-03-14"));
    assertEquals("2019-03-14", date("www.news.example/2019/03/14/harbour"));
    assertEquals("2024-12-04", date("https://news.example/news/20241204150640862/harbour-cranes"));
    assertEquals("2023-11-20", date("https://news.example/a/harbour/202311200018311709611.html"));
    assertEquals("2019-03-14", date("https://news.example/world/2019/Mar/14/harbour-cranes"));
    assertEquals("2019-03-14", date("https://noticias.example/mundo/2019-3-14-19-46-56-gruas"));
  }

  @Test
  void monthWhenThePathGivesNoDay() {
    assertEquals("2019-03", date("https://news.example/local/2019/03/harbour-cranes/"));
    assertEquals("2019-03", date("https://news.example/world/2019-03/harbour-cranes.html"));
  }

  @Test
  void idsAndImpossibleDatesAreNotDates() {
    assertNull(date("https://news.example/?p=346202"));
    assertNull(date("https://news.example/noticias/presupuesto?fecha=20190314"));
    assertNull(date("https://news.example/health/40040593"));
    assertNull(date("https://news.example/2019/13/14/harbour"));
    assertNull(date("https://news.example/2019/02/30/harbour"));
    assertNull(date("https://news.example/harbour-20190332-cranes"));
    assertNull(date("https://news.example/1985/03/14/harbour"));
    assertNull(date("https://news.example/2031/03/14/harbour"));
    assertNull(date("https://news.example/story-1303589-1.html"));
    assertNull(date(null));
    assertNull(date("not a url"));
  }

  @Test
  void hostWithoutVersionPrefixes() {
    assertEquals("japantimes.co.jp", UrlMetadata.host("https://www.japantimes.co.jp/news/x/"));
    assertEquals("valley.example", UrlMetadata.host("https://m.valley.example/a"));
    assertEquals("valley.example", UrlMetadata.host("https://amp.valley.example/a"));
    assertEquals("valley.example", UrlMetadata.host("https://english.valley.example/a"));
    assertEquals("news.valley.example", UrlMetadata.host("http://news.valley.example:8080/a"));
    assertEquals("m.example", UrlMetadata.host("https://m.example/a"));
    assertEquals("valley.example", UrlMetadata.host("<https://WWW.Valley.Example/a>"));
    assertNull(UrlMetadata.host("http://192.0.2.21/english/news/a"));
    assertNull(UrlMetadata.host(null));
    assertNull(UrlMetadata.host("not a url"));
  }
}
