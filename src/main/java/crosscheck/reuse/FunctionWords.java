package crosscheck.reuse;

import java.util.Set;

/** English and Spanish function words (folded): never evidence that two sentences say the same. */
final class FunctionWords {
  private FunctionWords() {}

  private static final Set<String> WORDS = Set.of(
      // English
      "the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "was", "were", "are",
      "been", "being", "its", "their", "they", "them", "his", "her", "she", "him", "our", "you",
      "your", "who", "whom", "which", "what", "when", "where", "why", "how", "but", "not", "nor",
      "also", "than", "then", "there", "these", "those", "into", "onto", "over", "under", "about",
      "after", "before", "between", "while", "will", "would", "could", "should", "can", "may",
      "might", "must", "shall", "did", "does", "doing", "done", "such", "some", "any", "all", "each",
      "both", "more", "most", "other", "only", "own", "same", "very", "just", "said", "says", "say",
      "one", "out", "off", "per", "via", "upon", "whose", "because", "though", "although", "during",
      "against", "among", "within", "without", "through", "across", "toward", "towards", "again",
      // Spanish
      "los", "las", "del", "por", "para", "con", "una", "uno", "unos", "unas", "que", "como",
      "pero", "sus", "esta", "este", "estos", "estas", "ese", "esa", "esos", "esas", "entre",
      "sobre", "tras", "desde", "hasta", "sin", "segun", "cuando", "donde", "quien", "cual",
      "tambien", "mas", "muy", "fue", "son", "sido", "han", "hay", "era", "ser", "estar", "dijo",
      "ante", "contra", "hacia", "durante", "mediante", "otro", "otra", "otros", "otras", "todo",
      "toda", "todos", "todas", "cada", "les", "nos", "ella", "ellos", "ellas", "aunque");

  static boolean contains(String folded) {
    return WORDS.contains(folded);
  }
}
