package crosscheck.reuse;

/** Two sentences (or two documents, sentence -1) that share index keys; a is the smaller id. */
public record CandidatePair(
    String aDoc, int aSentence, String bDoc, int bSentence, boolean crossLanguage) {}
