package crosscheck.bench;

import crosscheck.facts.TimeExpressions;
import crosscheck.facts.TimeValue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores {@link TimeExpressions#find} on TempEval-3 TimeML files the way the official TE3 scorer
 * scores timexes: relaxed span match (overlap) P/R/F1, strict span F1, and value F1 (a gold timex
 * matched by overlap whose value equals the system's; precision over system timexes, recall over
 * gold ones). The document creation time (DCT) is the anchor; the DCT itself is not scored.
 *
 * <pre>
 * TempEvalBenchmark [--errors] &lt;folder&gt; [&lt;folder&gt;...]
 * </pre>
 *
 * Prints one table line and one JSON object; with {@code --errors}, every miss and wrong value.
 */
public final class TempEvalBenchmark {

  public static final int OK = 0;
  public static final int USAGE = 2;

  private static final Pattern DCT =
      Pattern.compile("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos);");

  /** A gold timex in plain-text offsets. */
  public record GoldTimex(int start, int end, String text, String type, String value) {}

  /** One document: plain text, DCT and gold timexes. */
  public record Doc(String name, String text, String dct, List<GoldTimex> gold) {}

  /** Counts behind the scores. */
  public record Score(
      int docs,
      int gold,
      int system,
      int relaxedGold,
      int relaxedSystem,
      int strict,
      int valueGold,
      int valueSystem) {

    static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double relaxedP() {
      return system == 0 ? 0 : (double) relaxedSystem / system;
    }

    public double relaxedR() {
      return gold == 0 ? 0 : (double) relaxedGold / gold;
    }

    public double relaxedF1() {
      return f1(relaxedP(), relaxedR());
    }

    public double strictF1() {
      return f1(system == 0 ? 0 : (double) strict / system, gold == 0 ? 0 : (double) strict / gold);
    }

    public double valueP() {
      return system == 0 ? 0 : (double) valueSystem / system;
    }

    public double valueR() {
      return gold == 0 ? 0 : (double) valueGold / gold;
    }

    public double valueF1() {
      return f1(valueP(), valueR());
    }
  }

  private TempEvalBenchmark() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  public static int run(String[] args, PrintStream out) {
    boolean errors = false;
    List<Path> folders = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--errors")) errors = true;
      else folders.add(Path.of(a));
    }
    if (folders.isEmpty()) {
      System.err.println("usage: TempEvalBenchmark [--errors] <folder> [<folder>...]");
      return USAGE;
    }
    List<Doc> docs = new ArrayList<>();
    try {
      for (Path folder : folders) {
        try (Stream<Path> files = Files.walk(folder)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
            docs.add(
                parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
          }
        }
      }
    } catch (IOException e) {
      System.err.println("cannot read: " + e.getMessage());
      return 1;
    }
    long t0 = System.nanoTime();
    Score s = score(docs, errors ? out : null);
    double ms = (System.nanoTime() - t0) / 1e6;
    out.printf(
        Locale.ROOT,
        "TempEval-3 %s | docs %d | gold %d | system %d | relaxed P %.2f R %.2f F1 %.2f | strict F1 %.2f"
            + " | value P %.2f R %.2f F1 %.2f | %.1f ms%n",
        folders,
        s.docs(),
        s.gold(),
        s.system(),
        100 * s.relaxedP(),
        100 * s.relaxedR(),
        100 * s.relaxedF1(),
        100 * s.strictF1(),
        100 * s.valueP(),
        100 * s.valueR(),
        100 * s.valueF1(),
        ms);
    out.printf(
        Locale.ROOT,
        "{\"docs\":%d,\"gold\":%d,\"system\":%d,\"relaxed\":{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f},"
            + "\"strict_f1\":%.4f,\"value\":{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f}}%n",
        s.docs(),
        s.gold(),
        s.system(),
        s.relaxedP(),
        s.relaxedR(),
        s.relaxedF1(),
        s.strictF1(),
        s.valueP(),
        s.valueR(),
        s.valueF1());
    return OK;
  }

  /** Reads a TimeML document: the TEXT element as plain text with its TIMEX3s, and the DCT. */
  public static Doc parse(String name, String xml) {
    Matcher dctTag = DCT.matcher(xml);
    String dct = dctTag.find() ? attribute(dctTag.group(), "value") : null;
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    String body = from < 0 || to < 0 ? "" : xml.substring(from + 6, to);
    StringBuilder text = new StringBuilder();
    List<GoldTimex> gold = new ArrayList<>();
    Matcher tag = TAG.matcher(body);
    int last = 0;
    int openStart = -1;
    String openAttrs = null;
    while (tag.find()) {
      text.append(unescape(body.substring(last, tag.start())));
      last = tag.end();
      if (!tag.group(2).equals("TIMEX3")) continue;
      if (tag.group(1).isEmpty()) {
        openStart = text.length();
        openAttrs = tag.group(3);
      } else if (openStart >= 0) {
        gold.add(
            new GoldTimex(
                openStart,
                text.length(),
                text.substring(openStart),
                attribute(openAttrs, "type"),
                attribute(openAttrs, "value")));
        openStart = -1;
      }
    }
    text.append(unescape(body.substring(last)));
    return new Doc(name, text.toString(), dct, gold);
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) return s;
    return ENTITY
        .matcher(s)
        .replaceAll(
            m ->
                switch (m.group(1)) {
                  case "amp" -> "&";
                  case "lt" -> "<";
                  case "gt" -> ">";
                  case "quot" -> "\"";
                  default -> "'";
                });
  }

  /** Scores every document; with {@code errors} non-null, prints each miss and wrong value. */
  public static Score score(List<Doc> docs, PrintStream errors) {
    int gold = 0, system = 0, relaxedGold = 0, relaxedSystem = 0, strict = 0;
    int valueGold = 0, valueSystem = 0;
    for (Doc d : docs) {
      List<TimeValue> found = TimeExpressions.find(d.text(), "en", d.dct());
      gold += d.gold().size();
      system += found.size();
      for (GoldTimex g : d.gold()) {
        boolean overlap = false;
        boolean valueOk = false;
        TimeValue near = null;
        for (TimeValue s : found) {
          if (s.start() < g.end() && g.start() < s.end()) {
            overlap = true;
            near = s;
            if (g.value() != null && g.value().equals(s.value())) valueOk = true;
            if (s.start() == g.start() && s.end() == g.end()) strict++;
          }
        }
        if (overlap) relaxedGold++;
        if (valueOk) valueGold++;
        if (errors != null && !valueOk) {
          errors.printf(
              "%s\t%s\tgold %s %s\t%s%n",
              overlap ? "VALUE" : "MISS",
              d.name(),
              g.value(),
              quote(g.text()),
              near == null
                  ? ""
                  : "sys " + near.value() + " " + quote(near.text()) + " dct " + d.dct());
        }
      }
      for (TimeValue s : found) {
        boolean overlap = false;
        boolean valueOk = false;
        for (GoldTimex g : d.gold()) {
          if (s.start() < g.end() && g.start() < s.end()) {
            overlap = true;
            if (g.value() != null && g.value().equals(s.value())) valueOk = true;
          }
        }
        if (overlap) relaxedSystem++;
        if (valueOk) valueSystem++;
        if (errors != null && !overlap) {
          errors.printf(
              "EXTRA\t%s\tsys %s %s\t%s%n",
              d.name(), s.value(), quote(s.text()), context(d.text(), s));
        }
      }
    }
    return new Score(
        docs.size(), gold, system, relaxedGold, relaxedSystem, strict, valueGold, valueSystem);
  }

  private static String quote(String s) {
    return "\"" + s.replace('\n', ' ') + "\"";
  }

  private static String context(String text, TimeValue s) {
    return quote(
        text.substring(Math.max(0, s.start() - 40), Math.min(text.length(), s.end() + 30)));
  }
}
