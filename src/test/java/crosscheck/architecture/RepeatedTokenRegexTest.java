package crosscheck.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression the kernels hold, run on long runs of one token ("July July July ...",
 * "12.12.12...", quotation-mark storms, one endless word, a hundred thousand commas, mixed
 * scripts): its work must grow with the length of the text, not with its square (or worse). A
 * pattern that backtracks over the whole run at every position makes one hostile document cost the
 * night: a 1.2 MB "12.12.12..." once never left the sentence splitter.
 *
 * <p>Work is counted, not timed: the text is read through a {@link CharSequence} that counts the
 * characters the matcher reads, so the test is exact on any machine. Each pattern scans ({@code
 * find()} from start to end, the way a rule whose trigger windows run together scans) the same run
 * at two lengths, four times apart: linear work grows fourfold, quadratic sixteenfold.
 */
class RepeatedTokenRegexTest {

  /** Kernel packages: what runs per document on the executors. */
  static final List<String> KERNELS =
      List.of("text", "layout", "segment", "facts", "reuse", "reuse/quotes", "conflicts");

  static final int SHORT = 1_500;
  static final int LONG = SHORT * 4;

  /** Linear work grows 4-fold from SHORT to LONG; allow for the edges, never for 16-fold. */
  static final double MAX_GROWTH = 6.0;

  /** Reads per character after which a pattern is stopped as runaway (exponential backtracking). */
  static final long MAX_READS_PER_CHAR = 20_000;

  /** The repeated tokens: each run is one of these written over and over. */
  static final Map<String, String> RUNS = runs();

  private static Map<String, String> runs() {
    Map<String, String> runs = new LinkedHashMap<>();
    runs.put("month name", "July ");
    runs.put("month name, no spaces", "July");
    runs.put("Spanish month", "de julio ");
    runs.put("day and month", "4 July ");
    runs.put("full date", "July 16, 2023, ");
    runs.put("ISO date", "2023-07-16 ");
    runs.put("clock time", "10:30 ");
    runs.put("dotted number", "12.");
    runs.put("grouped number", "1,000,");
    runs.put("long number", "9");
    runs.put("number and unit", "5 km ");
    runs.put("percent", "5% ");
    runs.put("currency", "$5 ");
    runs.put("quotation marks", "“”");
    runs.put("mixed quotes", "“a” \"b\" «c» ‘d’ 'e' ");
    runs.put("apostrophes", " 'x");
    runs.put("long word", "x");
    runs.put("commas", ",");
    runs.put("dots", ".");
    runs.put("hyphens", "-");
    runs.put("spaces", " ");
    runs.put("capitalised names", "Roe ");
    runs.put("titles", "Mr. ");
    runs.put("initials", "A. ");
    runs.put("said", "said ");
    runs.put("mixed scripts", "Москва 北京 القاهرة Αθήνα ");
    runs.put("url", "https://x.example/a/");
    runs.put("hashtags", "#news ");
    return runs;
  }

  @Test
  void noKernelPatternBacktracksOnRepeatedTokens() throws Exception {
    Map<String, Pattern> patterns = kernelPatterns();
    List<String> slow = new ArrayList<>();
    for (Map.Entry<String, Pattern> p : patterns.entrySet()) {
      for (Map.Entry<String, String> run : RUNS.entrySet()) {
        String problem = problem(p.getValue(), run.getValue());
        if (problem != null) slow.add(p.getKey() + " on " + run.getKey() + ": " + problem);
      }
    }
    assertEquals(List.of(), slow, patterns.size() + " patterns checked");
  }

  @Test
  void theCounterCatchesABacktrackingPattern() {
    // A textbook case: every start position scans the rest of the run, then fails.
    Pattern quadratic = Pattern.compile("\\d+(?:\\.\\d+)*%");
    String problem = problem(quadratic, "12.");
    assertEquals(true, problem != null, "a quadratic pattern passed");
    assertEquals(null, problem(Pattern.compile("\\bJuly\\b"), "July "));
  }

  /** Null when the pattern's work grows linearly on the run, else what went wrong. */
  static String problem(Pattern pattern, String token) {
    long small = reads(pattern, repeat(token, SHORT));
    long large = reads(pattern, repeat(token, LONG));
    if (small < 0 || large < 0)
      return "runaway (over " + MAX_READS_PER_CHAR + " reads a character)";
    double growth = (double) large / Math.max(small, SHORT);
    return growth > MAX_GROWTH
        ? String.format("work grows %.1f-fold for a 4-fold longer text", growth)
        : null;
  }

  /** Characters read by scanning the text with the pattern, or -1 when it ran away. */
  static long reads(Pattern pattern, String text) {
    Counting in = new Counting(text, (long) text.length() * MAX_READS_PER_CHAR);
    try {
      Matcher m = pattern.matcher(in);
      while (m.find()) {
        if (m.end() == m.start() && m.end() >= text.length()) break;
      }
      return in.reads;
    } catch (Runaway e) {
      return -1;
    } catch (StackOverflowError e) {
      return -1;
    }
  }

  static String repeat(String token, int length) {
    StringBuilder b = new StringBuilder(length + token.length());
    while (b.length() < length) b.append(token);
    return b.substring(0, length);
  }

  /** Every {@link Pattern} held in a static field of a kernel class, or in the rules it lists. */
  static Map<String, Pattern> kernelPatterns() throws IOException, URISyntaxException {
    Path classes =
        Path.of(
            crosscheck.text.Folding.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    Map<String, Pattern> out = new LinkedHashMap<>();
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (String pkg : KERNELS) {
      Path dir = classes.resolve("crosscheck").resolve(pkg);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(x -> x.toString().endsWith(".class")).sorted().toList()) {
          String name =
              "crosscheck."
                  + pkg.replace('/', '.')
                  + "."
                  + f.getFileName().toString().replace(".class", "");
          Class<?> type;
          try {
            type = Class.forName(name);
          } catch (ClassNotFoundException | LinkageError e) {
            continue;
          }
          for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) continue;
            field.setAccessible(true);
            Object value;
            try {
              value = field.get(null);
            } catch (IllegalAccessException e) {
              continue;
            }
            collect(type.getSimpleName() + "." + field.getName(), value, out, seen, 0);
          }
        }
      }
    }
    return out;
  }

  private static void collect(
      String where, Object value, Map<String, Pattern> out, Set<Object> seen, int depth) {
    if (value == null || depth > 3 || value instanceof String || !seen.add(value)) return;
    if (value instanceof Pattern p) {
      out.putIfAbsent(where, p);
    } else if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object o : c) collect(where + "[" + i++ + "]", o, out, seen, depth + 1);
    } else if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        collect(where + "[" + e.getKey() + "]", e.getValue(), out, seen, depth + 1);
      }
    } else if (value instanceof Pattern[] ps) {
      for (int i = 0; i < ps.length; i++) collect(where + "[" + i + "]", ps[i], out, seen, depth);
    } else if (value.getClass().isRecord()) {
      String label = where;
      RecordComponent[] components = value.getClass().getRecordComponents();
      for (RecordComponent c : components) {
        if (c.getName().equals("name") && read(c, value) instanceof String s)
          label += "(" + s + ")";
      }
      for (RecordComponent c : components) {
        collect(label + "." + c.getName(), read(c, value), out, seen, depth + 1);
      }
    }
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      var accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      return null; // a component we cannot read holds no pattern we could check
    }
  }

  private static final class Runaway extends RuntimeException {
    Runaway() {
      super(null, null, false, false);
    }
  }

  /** A text that counts the characters read from it and stops a runaway matcher. */
  static final class Counting implements CharSequence {
    private final String text;
    private final long budget;
    long reads;

    Counting(String text, long budget) {
      this.text = text;
      this.budget = budget;
    }

    @Override
    public char charAt(int index) {
      if (++reads > budget) throw new Runaway();
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
