package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.SparkTestSession;
import crosscheck.job.Main;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ManifestEntry;
import crosscheck.model.PassageSide;
import crosscheck.model.ReuseFinding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * report.html in a real browser: headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}) driven by Selenium, on the job's own output for seeds/ and for a hostile corpus
 * written here. Never skipped: without the browser it fails and says how to install it.
 */
@Tag("browser")
class BrowserReportTest {

  static final String CHROMIUM = System.getProperty("crosscheck.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("crosscheck.chromedriver", "/usr/bin/chromedriver");
  static final String INSTALL_HINT =
      "headless Chromium is needed for this test: install it with "
          + "`apt-get install -y --no-install-recommends chromium chromium-driver` "
          + "(.ci/test does this when it is missing), or point -Dcrosscheck.chromium and "
          + "-Dcrosscheck.chromedriver at the binaries";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SCRIPT_TAG = "<script>window.pwned=1</script>";
  static final String IMG_TAG = "<img src=x onerror=\"window.pwned=2\">";
  static final String SHARED_PASSAGE =
      "=HYPERLINK(\"http://x\",\"y\") The harbor board of Port Alder approved on Tuesday a plan to"
          + " buy twelve new container cranes "
          + SCRIPT_TAG
          + " for the northern terminal, the"
          + " chairwoman Mira Solberg told reporters after a four hour meeting "
          + IMG_TAG
          + " in the old customs house, adding that the first cranes would arrive next spring and"
          + " that dock workers would be trained over the winter months by the crane maker.";

  @TempDir static Path tmp;
  static Path seedsReport;
  static Path hostileReport;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void runTheJobAndStartTheBrowser() throws Exception {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
      fail(INSTALL_HINT + " (missing: " + CHROMIUM + " or " + CHROMEDRIVER + ")");
    }
    SparkTestSession.get();
    seedsReport = tmp.resolve("seeds-report");
    runJob("run", "--out", seedsReport.toString());
    Path hostileInput = Files.createDirectories(tmp.resolve("hostile"));
    Files.writeString(
        hostileInput.resolve("harbor-gazette.txt"),
        "Harbor board approves cranes "
            + SCRIPT_TAG
            + "\n\n"
            + SHARED_PASSAGE
            + "\n\n"
            + "The weather on the coast stayed calm all week, and the ferry to the islands kept"
            + " to its usual timetable.\n");
    Files.writeString(
        hostileInput.resolve("coast-herald.txt"),
        "Port Alder buys cranes "
            + IMG_TAG
            + "\n\n"
            + "Fishermen in the bay reported a good season for herring and mackerel this year.\n\n"
            + SHARED_PASSAGE
            + "\n");
    hostileReport = tmp.resolve("hostile-report");
    runJob("run", "--input", hostileInput.toString(), "--out", hostileReport.toString());
    driver = startChromium();
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stopTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /**
   * A page that logged errors (CSP violations, script exceptions) fails the test that opened it.
   */
  @AfterEach
  void theConsoleHasNoErrors() {
    if (driver == null) {
      return;
    }
    List<String> severe = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(entry.getMessage());
      }
    }
    assertEquals(List.of(), severe, "browser console errors");
  }

  @Test
  void signingDateConflictShowsItsThreeValuesWithTheirSentences() throws Exception {
    open(seedsReport);
    WebElement conflict = conflictWithValue("2023-07-26");
    List<String> values = new ArrayList<>();
    for (WebElement value : conflict.findElements(By.cssSelector(".value"))) {
      values.add(value.findElement(By.cssSelector(".v")).getText());
      WebElement sentence = value.findElement(By.cssSelector(".sentence"));
      String marked = sentence.findElement(By.tagName("mark")).getText();
      assertTrue(sentence.getText().contains(marked) && !marked.isBlank(), sentence.getText());
      assertFalse(
          value.findElement(By.cssSelector(".about")).getText().isBlank(), "outlet and date");
    }
    assertEquals(List.of("2023-07-16", "2023-07-20", "2023-07-26"), values);
    assertTrue(conflict.getText().contains("On July 16, 2023, Bolivia's Defense Minister"));
    assertTrue(conflict.getText().contains("The treaty, signed on July 26 between"));
    assertTrue(conflict.getText().contains("with Bolivia on July 20."));
    assertTrue(conflict.getText().contains("confidence 0."));
    // Conflicts come before reused passages on the page.
    assertTrue(
        conflict.getLocation().getY() < driver.findElement(By.id("reuse")).getLocation().getY());
    screenshot("report-seeds.png");
  }

  @Test
  void reusedPassagesAreSideBySideWithTheDoubledWordMarkedAsInserted() throws Exception {
    open(seedsReport);
    WebElement row = reuseRowContaining("its full its geopolitical");
    WebElement a = row.findElement(By.cssSelector("td.side-a"));
    WebElement b = row.findElement(By.cssSelector("td.side-b"));
    assertTrue(b.getLocation().getX() > a.getLocation().getX(), "side b is right of side a");
    assertEquals(a.getLocation().getY(), b.getLocation().getY(), "sides on one row");
    List<String> inserted =
        b.findElements(By.tagName("ins")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("its"), inserted);
    assertEquals("inserted", b.findElement(By.tagName("ins")).getAttribute("title"));
    assertTrue(a.findElements(By.tagName("ins")).isEmpty());
    assertTrue(row.getText().contains("near_verbatim"));
    assertTrue(row.getText().contains("attributed to Joseph Humire"));
    assertTrue(row.getText().contains("family f-"));
  }

  @Test
  void filteringByKindChangesTheVisibleRows() throws Exception {
    open(seedsReport);
    long paraphrases =
        Files.readAllLines(seedsReport.resolve("reuse.jsonl")).stream()
            .filter(line -> line.contains("\"kind\":\"paraphrase\""))
            .count();
    int before = reuseRows().size();
    assertTrue(paraphrases > 0 && paraphrases < before, paraphrases + " of " + before);

    new Select(driver.findElement(By.cssSelector("[data-control=reuse-kind]")))
        .selectByValue("paraphrase");
    wait.until(d -> reuseRows().size() == paraphrases);
    for (WebElement row : reuseRows()) {
      assertEquals("paraphrase", row.getAttribute("data-kind"));
    }
    assertTrue(driver.findElement(By.id("reuse-count")).getText().contains(paraphrases + " of "));

    new Select(driver.findElement(By.cssSelector("[data-control=reuse-sort]")))
        .selectByValue("score (low first)");
    wait.until(d -> reuseRows().size() == paraphrases);
    List<Double> scores = new ArrayList<>();
    for (WebElement row : reuseRows()) {
      scores.add(Double.parseDouble(row.getText().replaceAll("(?s).*score ([0-9.]+).*", "$1")));
    }
    assertEquals(scores.stream().sorted().toList(), scores, "sorted by score, lowest first");

    // A link to a finding the filter hides clears the filter and shows it.
    String nearVerbatim =
        Files.readAllLines(seedsReport.resolve("reuse.jsonl")).stream()
            .filter(line -> line.contains("its full its"))
            .map(line -> line.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1"))
            .findFirst()
            .orElseThrow();
    script("location.hash = '#view=finding&id=' + encodeURIComponent(arguments[0])", nearVerbatim);
    wait.until(
        d ->
            !d.findElements(By.cssSelector("#reuse-list tr.target[data-id='" + nearVerbatim + "']"))
                .isEmpty());
    assertTrue(reuseRows().size() > paraphrases, "filter cleared");
  }

  @Test
  void aFindingLinkOpensItsDocumentWithThePassageHighlighted() throws Exception {
    open(seedsReport);
    WebElement row = reuseRowContaining("its full its geopolitical");
    JsonNode finding = reuseFinding(row.getAttribute("data-id"));
    row.findElement(By.cssSelector("td.side-b a.doclink")).click();
    WebElement view = driver.findElement(By.id("document-view"));
    wait.until(d -> view.isDisplayed());
    WebElement mark = driver.findElement(By.id("passage"));
    String doc = finding.at("/b/doc").asText();
    String text = Files.readString(Path.of("seeds", doc + ".txt"));
    assertEquals(
        text.substring(finding.at("/b/start").asInt(), finding.at("/b/end").asInt()),
        mark.getText());
    assertEquals(finding.at("/b/text").asText(), mark.getText());
    assertTrue(driver.findElement(By.id("document-title")).getText().startsWith(doc));
    assertTrue(
        driver.findElement(By.id("document-text")).getText().length() > mark.getText().length());
    screenshot("report-seeds-document.png");

    driver.findElement(By.id("document-close")).click();
    wait.until(d -> !view.isDisplayed());
  }

  @Test
  void hostileTextShowsAsTextAndRunsNothing() throws Exception {
    open(hostileReport);
    assertEquals("undefined", script("return typeof window.pwned"));
    WebElement row = reuseRowContaining("window.pwned=1");
    assertTrue(row.getText().contains(SCRIPT_TAG), "markup shown as text: " + row.getText());
    assertTrue(row.getText().contains(IMG_TAG));
    assertTrue(
        driver.findElements(By.cssSelector("#reuse-list script, #reuse-list img")).isEmpty());

    row.findElement(By.cssSelector("td.side-a a.doclink")).click();
    WebElement body = driver.findElement(By.id("document-text"));
    wait.until(d -> body.isDisplayed());
    assertTrue(body.getText().contains(SCRIPT_TAG) && body.getText().contains(IMG_TAG));
    assertTrue(
        driver.findElements(By.cssSelector("#document-text script, #document-text img")).isEmpty());
    assertTrue(
        driver.findElement(By.id("documents-list")).getText().contains("<"), "titles as text");
    assertEquals("undefined", script("return typeof window.pwned"));
  }

  @Test
  void hostileCsvCellsCannotStartAFormula() throws Exception {
    int cells = 0;
    boolean sawHyperlink = false;
    for (String file : List.of("reuse.csv", "conflicts.csv")) {
      try (Reader in =
          Files.newBufferedReader(hostileReport.resolve(file), StandardCharsets.UTF_8)) {
        in.mark(1);
        if (in.read() != '\uFEFF') {
          in.reset();
        }
        for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
          for (String cell : record) {
            cells++;
            sawHyperlink |= cell.contains("HYPERLINK");
            assertFalse(
                !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                file + " line " + record.getRecordNumber() + ": " + cell);
          }
        }
      }
    }
    assertTrue(sawHyperlink, "the shared passage was found and written (" + cells + " cells)");
  }

  @Test
  void tenThousandDocumentsAndThirtyThousandFindingsStayResponsive() throws Exception {
    List<ManifestEntry> entries = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    String body =
        "The port authority said the new terminal would open in 2031 after delays. ".repeat(20);
    for (int i = 0; i < 10_000; i++) {
      String doc = String.format("doc-%05d", i);
      entries.add(ReportFixtures.accepted(doc, "outlet-" + (i % 40), "Title " + i, List.of("en")));
      texts.put(doc, body + doc);
    }
    String[] kinds = {"verbatim", "near_verbatim", "paraphrase", "translation"};
    List<ReuseFinding> reuse = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      String a = String.format("doc-%05d", i % 10_000);
      String b = String.format("doc-%05d", (i * 7 + 1) % 10_000);
      reuse.add(
          new ReuseFinding(
              String.format("r-%06d", i),
              kinds[i % 4],
              (i % 100) / 100.0,
              new PassageSide(a, 0, 74, body.substring(0, 74), null),
              new PassageSide(
                  b, 0, 74, body.substring(0, 74).replace("2031", "20" + (i % 90 + 10)), null),
              "f-" + (i % 5000),
              List.of()));
    }
    List<ConflictFinding> conflicts = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      conflicts.add(ReportFixtures.conflict(String.format("c-%05d", i)));
    }
    Path dir = Files.createDirectories(tmp.resolve("large"));
    long renderStart = System.nanoTime();
    Files.writeString(
        dir.resolve("report.html"),
        HtmlReport.render(ReportFixtures.manifest(entries), reuse, conflicts, null, texts));
    long renderMillis = (System.nanoTime() - renderStart) / 1_000_000;

    long loadStart = System.nanoTime();
    open(dir);
    long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
    assertEquals(50, reuseRows().size(), "one page of findings in the page");
    assertTrue(driver.findElement(By.id("reuse-count")).getText().contains("30000"));

    long filterStart = System.nanoTime();
    new Select(driver.findElement(By.cssSelector("[data-control=reuse-kind]")))
        .selectByValue("paraphrase");
    wait.until(d -> driver.findElement(By.id("reuse-count")).getText().contains("7500 of 30000"));
    long filterMillis = (System.nanoTime() - filterStart) / 1_000_000;
    driver.findElement(By.cssSelector("#reuse-list a.doclink")).click();
    wait.until(d -> driver.findElement(By.id("passage")).isDisplayed());
    System.out.printf(
        "large report: %d MB rendered in %d ms, loaded in %d ms, filtered in %d ms%n",
        Files.size(dir.resolve("report.html")) >> 20, renderMillis, loadMillis, filterMillis);
    assertTrue(loadMillis < 15_000, "loaded in " + loadMillis + " ms");
    assertTrue(filterMillis < 3_000, "filtered in " + filterMillis + " ms");
  }

  // ---- helpers ----

  static void runJob(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, "exit status; stderr: " + err.toString(StandardCharsets.UTF_8));
  }

  static ChromeDriver startChromium() throws Exception {
    // Both binaries are given explicitly, so Selenium Manager never looks for (or downloads) one.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1600",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new ChromeDriver(service, options);
  }

  static void open(Path reportFolder) {
    Path html = reportFolder.resolve("report.html");
    assertTrue(Files.exists(html), html.toString());
    driver.get(html.toUri().toString());
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  static Object script(String code, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(code, args);
  }

  static List<WebElement> reuseRows() {
    return driver.findElements(By.cssSelector("#reuse-list > tr"));
  }

  static WebElement reuseRowContaining(String text) {
    for (WebElement row : reuseRows()) {
      if (row.getText().contains(text)) {
        return row;
      }
    }
    throw new AssertionError("no reused passage on the first page contains: " + text);
  }

  static WebElement conflictWithValue(String value) {
    for (WebElement conflict : driver.findElements(By.cssSelector("#conflicts-list .conflict"))) {
      if (!conflict.findElements(By.cssSelector(".value[data-value='" + value + "']")).isEmpty()) {
        return conflict;
      }
    }
    throw new AssertionError("no conflict with the value " + value);
  }

  static JsonNode reuseFinding(String id) throws Exception {
    assertNotNull(id);
    for (String line : Files.readAllLines(seedsReport.resolve("reuse.jsonl"))) {
      JsonNode finding = JSON.readTree(line);
      if (finding.get("id").asText().equals(id)) {
        return finding;
      }
    }
    throw new AssertionError("no finding " + id + " in reuse.jsonl");
  }

  /** Saves what the browser shows under the build folder (target/ unless -Dbuild.dir says else). */
  static void screenshot(String name) throws Exception {
    Path buildDir =
        Path.of(BrowserReportTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getParent();
    Files.write(buildDir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
  }
}
