package crosscheck.layout;

import crosscheck.model.ParagraphRole;
import crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a page split into one paragraph per non-blank line, and its classified roles. */
final class Pages {

  final String text;
  final List<Span> paragraphs;
  final List<RoleAssignment> roles;

  Pages(String text) {
    this.text = text;
    this.paragraphs = lines(text);
    this.roles = ParagraphRoleClassifier.classify(text, paragraphs);
  }

  static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!text.substring(start, i).isBlank()) {
          out.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** The role of the paragraph that starts with {@code prefix} (the first such paragraph). */
  RoleAssignment roleOf(String prefix) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).of(text).startsWith(prefix)) {
        return roles.get(i);
      }
    }
    throw new AssertionError("no paragraph starts with: " + prefix);
  }

  List<String> withRole(ParagraphRole role) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (roles.get(i).role() == role) {
        out.add(paragraphs.get(i).of(text));
      }
    }
    return out;
  }

  int count(ParagraphRole role) {
    return withRole(role).size();
  }
}
