package crosscheck.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes of one job each: no main source file over {@value #MAX_FILE_LINES} lines and no
 * method, constructor or initializer over {@value #MAX_METHOD_LINES}. A file that grows past them
 * is several classes.
 */
class SourceSizeTest {
  static final int MAX_FILE_LINES = 600;
  static final int MAX_METHOD_LINES = 80;
  private static final Path MAIN = Path.of("src/main/java");

  /** A line that opens a method, constructor or initializer body (not a type, not a statement). */
  private static final Pattern BODY_START =
      Pattern.compile(
          "^\\s*(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|protected|private|static|final|abstract"
              + "|synchronized|native|default)\\s+)*(?:<[^>]+>\\s+)?(?:[\\w.<>\\[\\], ?]+\\s+)?"
              + "(\\w+)\\s*\\([^;{}]*\\)\\s*(?:throws [\\w., ]+)?\\s*\\{\\s*$|^\\s*static\\s*\\{\\s*$");

  private static final Pattern NOT_A_BODY =
      Pattern.compile(
          "^\\s*(?:if|for|while|switch|try|else|do|catch|synchronized|return|new)\\b"
              + "|\\b(?:class|record|enum|interface)\\b|->|=");

  @Test
  void mainSourcesStaySmall() throws IOException {
    List<String> tooLong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        if (lines.size() > MAX_FILE_LINES) {
          tooLong.add(file + ": " + lines.size() + " lines (at most " + MAX_FILE_LINES + ")");
        }
        tooLong.addAll(longMethods(file, lines));
      }
    }
    assertEquals(List.of(), tooLong);
  }

  @Test
  void theScannerFindsALongMethod() {
    List<String> lines = new ArrayList<>(List.of("class A {", "  void longOne() {"));
    for (int i = 0; i < MAX_METHOD_LINES; i++) lines.add("    call(\"}{\"); // }");
    lines.addAll(List.of("  }", "  int shortOne() {", "    return 1;", "  }", "}"));
    assertEquals(1, longMethods(Path.of("A.java"), lines).size());
  }

  private record Open(int depth, String name, int line) {}

  static List<String> longMethods(Path file, List<String> lines) {
    List<String> out = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    int depth = 0;
    boolean inComment = false;
    boolean inTextBlock = false;
    for (int n = 1; n <= lines.size(); n++) {
      String raw = lines.get(n - 1);
      if (inTextBlock) {
        if (raw.contains("\"\"\"")) inTextBlock = false;
        continue;
      }
      StringBuilder code = new StringBuilder();
      inComment = stripCommentsAndStrings(raw, inComment, code);
      if (raw.contains("\"\"\"") && raw.indexOf("\"\"\"") == raw.lastIndexOf("\"\"\"")) {
        inTextBlock = true;
      }
      String c = code.toString();
      Matcher m = BODY_START.matcher(c);
      if (m.matches() && !NOT_A_BODY.matcher(c).find()) {
        open.push(new Open(depth, m.group(1) == null ? "static initializer" : m.group(1), n));
      }
      for (char ch : c.toCharArray()) {
        if (ch == '{') {
          depth++;
        } else if (ch == '}') {
          depth--;
          if (!open.isEmpty() && open.peek().depth() == depth) {
            Open o = open.pop();
            int length = n - o.line() + 1;
            if (length > MAX_METHOD_LINES) {
              out.add(
                  file
                      + ":"
                      + o.line()
                      + ": "
                      + o.name()
                      + " is "
                      + length
                      + " lines (at most "
                      + MAX_METHOD_LINES
                      + ")");
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Appends the code of a line without comments and literals; returns whether a block comment stays
   * open.
   */
  private static boolean stripCommentsAndStrings(
      String line, boolean inComment, StringBuilder code) {
    int i = 0;
    while (i < line.length()) {
      if (inComment) {
        int end = line.indexOf("*/", i);
        if (end < 0) return true;
        inComment = false;
        i = end + 2;
      } else if (line.startsWith("/*", i)) {
        inComment = true;
        i += 2;
      } else if (line.startsWith("//", i)) {
        break;
      } else if (line.charAt(i) == '"' || line.charAt(i) == '\'') {
        char quote = line.charAt(i++);
        while (i < line.length() && line.charAt(i) != quote) i += line.charAt(i) == '\\' ? 2 : 1;
        i++;
      } else {
        code.append(line.charAt(i++));
      }
    }
    return inComment;
  }
}
