package crosscheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Hostile but valid documents, written by code (never megabytes committed): text a scraper, a
 * speech-to-text service or a broken feed can send, that no article looks like, each beside two
 * ordinary articles that reuse each other and disagree on a date. One hostile document must never
 * cost the run (issue 12): the run exits 0, the ordinary articles get their findings, and every
 * file is in the manifest.
 *
 * <pre>
 * ./crosscheck bench HostileCorpus OUT [SCALE] [CASE...]
 * </pre>
 *
 * writes {@code OUT/<case>/} for every case (or the ones named): the two ordinary articles and the
 * hostile document at its full size times SCALE (1 by default: 1.2 to 2 million characters, the
 * sizes that once took a run down). The tests use a small scale.
 */
public final class HostileCorpus {

  /** The first ordinary article: a signing on March 3, 2024. */
  public static final String ORDINARY_A =
      """
      Chile and Kenya sign fisheries pact

      By Ana Costa

      SANTIAGO — The trade ministers of Chile and Kenya signed a fisheries agreement on March 3, \
      2024, in Santiago, the two governments said in a joint statement on Monday.

      The agreement opens Kenyan ports to Chilean research vessels and sets up a joint fund of \
      12 million dollars to study the stocks of tuna in the western Indian Ocean over five years.

      “This is the first agreement of its kind between our two regions,” said the Chilean \
      minister, Laura Pérez, at the signing ceremony. Officials said the first vessels would \
      arrive in Mombasa before the end of the year.

      Fishing groups in both countries welcomed the deal but asked for the catch data to be \
      published every quarter.
      """;

  /**
   * The second ordinary article: it copies a passage of the first and dates the signing March 13.
   */
  public static final String ORDINARY_B =
      """
      Kenya and Chile agree on tuna research

      NAIROBI — The trade ministers of Chile and Kenya signed a fisheries agreement on March 13, \
      2024, according to a statement from the Kenyan foreign ministry.

      The agreement opens Kenyan ports to Chilean research vessels and sets up a joint fund of \
      12 million dollars to study the stocks of tuna in the western Indian Ocean over five years.

      Kenyan fishermen in Lamu said they hoped the research would lead to better quotas. The \
      ministry said the fund would be managed from Nairobi.
      """;

  /** A paragraph a looping scraper repeats (about another story than the ordinary articles). */
  static final String FOOTBALL =
      "Rovers beat United 3-1 on Saturday in front of 20,000 fans at the old stadium. The coach,"
          + " Ian Moss, said the team had played its best match of the season.\n\n";

  /** A case: its hostile document's file name and text at a given scale. */
  public record Case(String name, String file, IntFunction<String> text, int fullChars) {}

  public static final Map<String, Case> CASES = cases();

  private HostileCorpus() {}

  private static Map<String, Case> cases() {
    Map<String, Case> c = new LinkedHashMap<>();
    add(c, "no-punctuation", "transcript.txt", 2_000_000, HostileCorpus::transcript);
    add(c, "one-paragraph", "one-paragraph.txt", 2_000_000, n -> prose(n, false));
    add(c, "prose", "prose.txt", 2_000_000, n -> prose(n, true));
    add(c, "month-run", "months.txt", 1_500_000, n -> repeat("July ", n));
    add(c, "spanish-month-run", "meses.txt", 1_500_000, n -> repeat("el 4 de julio de ", n));
    add(c, "dotted-numbers", "dotted.txt", 1_200_000, n -> repeat("12.", n));
    add(c, "quote-storm", "quotes.txt", 1_000_000, HostileCorpus::quoteStorm);
    add(c, "long-word", "word.txt", 200_000, n -> repeat("x", n));
    add(c, "commas", "commas.txt", 100_000, n -> repeat(",", n));
    add(c, "numbers-and-dates", "numbers.txt", 1_000_000, HostileCorpus::numbersAndDates);
    add(c, "mixed-scripts", "scripts.txt", 1_000_000, HostileCorpus::mixedScripts);
    add(c, "event-words", "events.txt", 1_000_000, HostileCorpus::eventWords);
    add(c, "list-of-names", "names.txt", 2_000_000, HostileCorpus::names);
    add(c, "short-lines", "lines.txt", 2_000_000, HostileCorpus::shortLines);
    add(c, "repeated-paragraph", "repeated.txt", 1_000_000, n -> repeat(FOOTBALL, n));
    return c;
  }

  private static void add(
      Map<String, Case> cases, String name, String file, int fullChars, IntFunction<String> text) {
    cases.put(name, new Case(name, file, text, fullChars));
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: HostileCorpus OUT [SCALE] [CASE...]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    java.util.List<String> names =
        args.length > 2
            ? java.util.List.of(args).subList(2, args.length)
            : java.util.List.copyOf(CASES.keySet());
    for (String name : names) {
      Path dir = writeCase(out.resolve(name), CASES.get(name), scale);
      System.out.println(dir);
    }
  }

  /** Writes the two ordinary articles and the case's hostile document into {@code dir}. */
  public static Path writeCase(Path dir, Case c, double scale) throws IOException {
    Files.createDirectories(dir);
    writeOrdinary(dir);
    write(dir.resolve(c.file()), c.text().apply((int) Math.max(1, c.fullChars() * scale)));
    return dir;
  }

  public static void writeOrdinary(Path dir) throws IOException {
    write(dir.resolve("ordinary-a.txt"), ORDINARY_A);
    write(dir.resolve("ordinary-b.txt"), ORDINARY_B);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** {@code token} written over and over, cut at {@code length} characters. */
  public static String repeat(String token, int length) {
    StringBuilder b = new StringBuilder(length + token.length());
    while (b.length() < length) b.append(token);
    b.setLength(length);
    // Never half an emoji: a lone surrogate is not valid UTF-8.
    if (Character.isHighSurrogate(b.charAt(length - 1))) b.setLength(length - 1);
    return b.toString();
  }

  private static final String[] WORDS = {
    "the",
    "minister",
    "said",
    "that",
    "council",
    "would",
    "meet",
    "again",
    "on",
    "tuesday",
    "to",
    "discuss",
    "budget",
    "and",
    "new",
    "port",
    "we",
    "have",
    "been",
    "working",
    "with",
    "our",
    "partners",
    "for",
    "many",
    "years",
    "now",
    "people",
    "in",
    "this",
    "city",
    "want",
    "to",
    "know",
    "what",
    "happens",
    "next",
    "so",
    "let",
    "me",
    "be",
    "clear",
    "about",
    "it",
    "there",
    "will",
    "be",
    "no",
    "delay",
    "schools",
    "roads",
    "hospital",
    "water",
    "prices",
    "farmers",
    "workers",
    "elections",
    "signed",
    "agreement",
    "ministers",
    "president",
    "vote"
  };

  /** A speech transcript: lowercase words, no sentence punctuation, no line breaks. */
  static String transcript(int length) {
    Random random = new Random(12);
    StringBuilder b = new StringBuilder(length + 16);
    while (b.length() < length) b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    b.setLength(length);
    return b.toString();
  }

  /** Ordinary sentences of the words above; one paragraph, or a paragraph every six sentences. */
  static String prose(int length, boolean paragraphs) {
    Random random = new Random(34);
    StringBuilder b = new StringBuilder(length + 256);
    int sentences = 0;
    while (b.length() < length) {
      int words = 8 + random.nextInt(20);
      StringBuilder s = new StringBuilder();
      for (int w = 0; w < words; w++) {
        if (w > 0) s.append(w % 7 == 6 ? ", " : " ");
        s.append(WORDS[random.nextInt(WORDS.length)]);
      }
      s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
      b.append(s).append('.');
      b.append(paragraphs && ++sentences % 6 == 0 ? "\n\n" : " ");
    }
    b.setLength(length);
    return b.toString();
  }

  /**
   * Tens of thousands of quotation marks of every kind, some around words, some alone, after a
   * paragraph the ordinary articles share: the storm's document is then in a reused pair, and so
   * read for speakers.
   */
  static String quoteStorm(int length) {
    return SHARED + repeat("“a” \"b\" «c» ‘d’ 'e' „f“ ‹g› ”“ \"\" '' ’’ «» said Roe, “", length);
  }

  /** The paragraph both ordinary articles hold. */
  static final String SHARED =
      "The agreement opens Kenyan ports to Chilean research vessels and sets up a joint fund of 12"
          + " million dollars to study the stocks of tuna in the western Indian Ocean over five"
          + " years.\n\n";

  /** Numbers of thousands of digits, and dates and times written back to back. */
  static String numbersAndDates(int length) {
    StringBuilder b = new StringBuilder(length + 64);
    b.append(repeat("1234567890", Math.min(length / 4, 50_000))).append(' ');
    b.append(repeat("1,000,", Math.min(length / 4, 50_000))).append(' ');
    String[] dates = {
      "July 16, 2023, ",
      "16 de julio de 2023 ",
      "2023-07-16 ",
      "10:30 a.m. ",
      "16/07/2023 ",
      "the 1990s ",
      "5 km ",
      "$5 million ",
      "50% "
    };
    for (int i = 0; b.length() < length; i++) b.append(dates[i % dates.length]);
    b.setLength(length);
    return b.toString();
  }

  /**
   * A list of names (a casualty list, a phone book): tens of thousands of people, each named in
   * full, some by a surname alone, some saying something.
   */
  static String names(int length) {
    Random random = new Random(56);
    StringBuilder b = new StringBuilder(length + 64);
    while (b.length() < length) {
      String first = name(random);
      String last = name(random);
      b.append(first).append(' ').append(last);
      b.append(
          switch (random.nextInt(4)) {
            case 0 -> ", " + last + " said. ";
            case 1 -> ", " + name(random) + " " + last + ", ";
            default -> ", ";
          });
    }
    b.setLength(length);
    return b.toString();
  }

  /** One name a line: a hundred and fifty thousand paragraphs of a word or two. */
  static String shortLines(int length) {
    Random random = new Random(78);
    StringBuilder b = new StringBuilder(length + 64);
    while (b.length() < length) {
      b.append(name(random));
      if (random.nextBoolean()) b.append(' ').append(name(random));
      b.append('\n');
    }
    b.setLength(length);
    return b.toString();
  }

  private static String name(Random random) {
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    StringBuilder w = new StringBuilder();
    for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
      w.append(consonants.charAt(random.nextInt(consonants.length())));
      w.append(vowels.charAt(random.nextInt(vowels.length())));
    }
    w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
    return w.toString();
  }

  /** Cyrillic, Chinese, Arabic, Greek, Devanagari and emoji among Latin words. */
  static String mixedScripts(int length) {
    return repeat(
        "Москва 北京市 القاهرة Αθήνα नई दिल्ली 🙂🇨🇱 café naïve Zürich São Paulo. ", length);
  }

  /** An event sentence repeated without a stop: every word a trigger, a date or a name. */
  static String eventWords(int length) {
    return repeat(
        "Norway signed Peru signed the treaty signed on May 5 2021 signed 7 million ", length);
  }
}
