package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The people a document names in full, in English and Spanish. */
class NameMentionsTest {

  private static List<String> texts(String text) {
    return NameMentionsTestSupport.names("d0", text).stream().map(NameMention::text).toList();
  }

  @Test
  void onlyNamesWrittenInFullAreMentions() {
    assertEquals(List.of("Ana Ruiz"), texts("Ana Ruiz met Gil in Norvale on Monday."));
    assertEquals(
        List.of("Ana Ruiz"), texts("La alcaldesa Ana Ruiz se reunió el lunes con Gil en Norvale."));
  }
}
