package crosscheck.facts;

import crosscheck.facts.StanceTokens.Token;
import crosscheck.facts.TriggerFinder.Hit;
import crosscheck.facts.TriggerLexicon.Form;
import java.util.List;

/**
 * Whether a claim's sentence asserts that its event happened, denies it or leaves it unconfirmed,
 * read from the words tied to the event's own trigger, never from a negative word elsewhere in the
 * sentence. Word lists: {@code facts/stance-*.txt}.
 *
 * <ul>
 *   <li><b>Denied</b>: a negator on the trigger's own verb ("did not sign", "has never resigned",
 *       "no firmó", "nunca lo firmó"; not "not only signed", "not yet signed", "will not sign", "no
 *       firmará"), or a denial verb governing it through a few bridge words ("denied signing",
 *       "denied that he had resigned", "negó haber renunciado", "desmintió su renuncia").
 *   <li><b>Unconfirmed</b>: an explicit cue governing it the same way ("did not confirm that X
 *       resigned", "no confirmó la renuncia") or standing right after it ("his resignation has not
 *       been confirmed", "la firma no ha sido confirmada").
 *   <li><b>Asserted</b>: none of these, no negation or hedge cue before the trigger ({@link
 *       Claim#negated()}, {@link Claim#hedged()}), a verb in a past form (a noun such as "calls for
 *       his resignation", a present "visits", an -ing form "by signing" say nothing of whether it
 *       happened), no modal, future, infinitive or condition before it ("plans to sign", "va a
 *       firmar", "if he resigned"), not in a question.
 *   <li><b>Unclear</b>: anything else, or a sentence whose several triggers of the claim's lemma
 *       read differently.
 * </ul>
 *
 * @param start where the words that state the stance start in the document (the cue through the
 *     trigger)
 * @param end where they end (exclusive)
 */
public record ClaimStance(Polarity polarity, int start, int end) {

  /** What a sentence says of its event. */
  public enum Polarity {
    ASSERTED,
    DENIED,
    UNCONFIRMED,
    UNCLEAR
  }

  /** How many tokens a denial or unconfirmed cue may stand before the event it governs. */
  static final int MAX_BRIDGE = 6;

  /** A sentence with more triggers of the claim's lemma than this takes no stance. */
  static final int MAX_HITS = 8;

  /** How far back a clause is searched for a condition or an earlier cue. */
  static final int MAX_CLAUSE = 30;

  /** How many tokens may stand between an event and an "unconfirmed" phrase after it. */
  static final int MAX_LINKS_AFTER = 6;

  // negatorOf: a negator whose neighbour ("not only", "not yet") keeps it from denying.
  private static final int EXCEPTED = -2;

  private static final ClaimStance UNCLEAR = new ClaimStance(Polarity.UNCLEAR, -1, -1);

  /** The stance of {@code claim}, read in its sentence's text ({@code sentence}). */
  public static ClaimStance of(Claim claim, String sentence) {
    if (claim == null || sentence == null || claim.trigger() == null) return UNCLEAR;
    List<Actors.Word> words = Actors.words(sentence, 0, sentence.length());
    List<Token> tokens = StanceTokens.of(words);
    boolean question = sentence.strip().endsWith("?");
    int[] firstToken = StanceTokens.firstTokens(tokens, words.size());
    ClaimStance found = null;
    int read = 0;
    for (Hit h : TriggerFinder.triggers(words)) {
      if (!h.trigger().lemma().equals(claim.trigger())) continue;
      // A sentence repeating one trigger many times says nothing clear about any of them.
      if (++read > MAX_HITS) return UNCLEAR;
      int t = firstToken[h.word()];
      if (t < 0) continue;
      ClaimStance s = read(claim, tokens, t, h, question);
      if (found != null && found.polarity() != s.polarity()) return UNCLEAR;
      if (found == null) found = s;
    }
    if (found == null || found.polarity() == Polarity.UNCLEAR) return UNCLEAR;
    int offset = claim.sentenceStart();
    return new ClaimStance(found.polarity(), found.start() + offset, found.end() + offset);
  }

  private static ClaimStance read(Claim c, List<Token> t, int at, Hit h, boolean question) {
    Token trigger = t.get(at);
    if (question || conditionInClause(t, at)) return UNCLEAR;
    int negator = negatorOf(t, at);
    // "did not acquire it just to ...", "haven't delivered yet": the negation is about something
    // else.
    if (negator >= 0 && exceptionAfter(t, at)) return UNCLEAR;
    if (negator >= 0) {
      // "did not resign": the auxiliary is part of the words that deny.
      boolean auxiliary = t.get(negator).norm().equals("not") && negator > 0;
      return span(Polarity.DENIED, t.get(auxiliary ? negator - 1 : negator), trigger);
    }
    if (negator == EXCEPTED) return UNCLEAR;
    int cue = governingCue(t, at);
    if (cue >= 0) {
      boolean denial = StanceTokens.DENIAL_VERBS.contains(t.get(cue).norm());
      return span(denial ? Polarity.DENIED : Polarity.UNCONFIRMED, t.get(cue), trigger);
    }
    int after = unconfirmedAfter(t, at);
    if (after >= 0) return span(Polarity.UNCONFIRMED, trigger, t.get(after));
    boolean asserted =
        !c.negated()
            && !c.hedged()
            && h.form() == Form.VERB
            && !afterDeterminer(t, at)
            && !notPast(trigger, c.trigger())
            && !StanceTokens.nonfiniteSpanish(trigger.norm())
            && !nonAssertiveBefore(t, at)
            && !cueEarlierInClause(t, at);
    return asserted ? span(Polarity.ASSERTED, trigger, trigger) : UNCLEAR;
  }

  /**
   * The token of a negator on the trigger's own verb, -1 when none, or {@link #EXCEPTED} when an
   * exception word beside it ("not only", "not yet", "aún no") keeps it from denying.
   */
  private static int negatorOf(List<Token> t, int at) {
    for (int p = at - 1; p >= 0 && p >= at - 4; p--) {
      if (t.get(p + 1).boundary()) return -1;
      String norm = t.get(p).norm();
      if (StanceTokens.NEGATORS.contains(norm)) {
        boolean exception =
            (p + 1 < at && StanceTokens.EXCEPTIONS.contains(t.get(p + 1).norm()))
                || (p > 0 && StanceTokens.EXCEPTIONS.contains(t.get(p - 1).norm()));
        if (exception) return EXCEPTED;
        return negates(t, p, at) ? p : -1;
      }
      boolean between =
          StanceTokens.ADVERBS.contains(norm)
              || StanceTokens.AUXILIARIES_ES.contains(norm)
              || norm.equals("been")
              || norm.equals("being");
      if (!between) return -1;
    }
    return -1;
  }

  /** Whether the negator at {@code p} denies the trigger at {@code at} in its language's frame. */
  private static boolean negates(List<Token> t, int p, int at) {
    String negator = t.get(p).norm();
    String before = p > 0 && !t.get(p).boundary() ? t.get(p - 1).norm() : "";
    if (negator.equals("not")) return StanceTokens.AUXILIARIES_EN.contains(before);
    if (negator.equals("never")) return !StanceTokens.NON_ASSERTIVE.contains(before);
    // "no", "nunca", "jamás": Spanish, only before a form that states a past or present event.
    if (!StanceTokens.spanish(t)) return false;
    for (int k = p + 1; k < at; k++) {
      if (!StanceTokens.AUXILIARIES_ES.contains(t.get(k).norm())) return false;
    }
    return !StanceTokens.nonfiniteSpanish(t.get(at).norm());
  }

  /**
   * The first token of a denial verb or an "unconfirmed" phrase that governs the trigger at {@code
   * at} through bridge words only ("denied that he had", "no confirmó las versiones sobre"), or -1.
   */
  private static int governingCue(List<Token> t, int at) {
    for (int j = at - 1; j >= 0 && at - j <= MAX_BRIDGE; j--) {
      if (t.get(j + 1).boundary()) return -1;
      Token token = t.get(j);
      if (StanceTokens.DENIAL_VERBS.contains(token.norm())) {
        // "confirm or deny the meeting": one of two alternatives, no denial.
        boolean alternative = j > 0 && StanceTokens.ALTERNATIVES.contains(t.get(j - 1).norm());
        return alternative ? -1 : j;
      }
      int length = StanceTokens.phraseEndingAt(t, j, StanceTokens.UNCONFIRMED_BEFORE);
      if (length > 0) return j - length + 1;
      if (!StanceTokens.BRIDGES.contains(token.norm()) && !token.capitalised()) return -1;
    }
    return -1;
  }

  /**
   * The last token of an "unconfirmed" phrase standing right after the trigger, through a few link
   * words ("the resignation, which still has not been confirmed"), or -1.
   */
  private static int unconfirmedAfter(List<Token> t, int at) {
    int links = 0;
    for (int k = at + 1; k < t.size(); k++) {
      Token token = t.get(k);
      // "the resignation of Olga Varga, which ...": the event's own name may stand between.
      boolean listed = StanceTokens.LINKS_AFTER.contains(token.norm());
      boolean link =
          listed || token.capitalised() || StanceTokens.NAME_WORDS.contains(token.norm());
      // Punctuation may open only a relative clause: "the resignation, which ...".
      if (token.boundary() && !listed) return -1;
      int length = StanceTokens.phraseStartingAt(t, k, StanceTokens.UNCONFIRMED_AFTER);
      if (length > 0) return k + length - 1;
      if (!link || ++links > MAX_LINKS_AFTER) return -1;
    }
    return -1;
  }

  /** Whether a modal, future, infinitive or condition word stands up to three tokens before. */
  private static boolean nonAssertiveBefore(List<Token> t, int at) {
    for (int p = at - 1; p >= 0 && p >= at - 3; p--) {
      if (t.get(p + 1).boundary()) return false;
      if (StanceTokens.NON_ASSERTIVE.contains(t.get(p).norm())) return true;
    }
    return false;
  }

  /**
   * Whether a denial verb or an "unconfirmed" phrase stands anywhere before the trigger in its
   * clause ("unconfirmed reports said X had resigned"): the sentence does not vouch for it.
   */
  private static boolean cueEarlierInClause(List<Token> t, int at) {
    for (int j = at - 1; j >= 0 && at - j <= MAX_CLAUSE; j--) {
      if (t.get(j + 1).boundary()) return false;
      if (StanceTokens.DENIAL_VERBS.contains(t.get(j).norm())
          || StanceTokens.phraseEndingAt(t, j, StanceTokens.UNCONFIRMED_BEFORE) > 0) return true;
    }
    return false;
  }

  /** Whether a condition or question word ("if", "whether", "si") opens the trigger's clause. */
  private static boolean conditionInClause(List<Token> t, int at) {
    for (int j = at - 1; j >= 0 && at - j <= MAX_CLAUSE; j--) {
      if (StanceTokens.CONDITIONS.contains(t.get(j).norm())) return true;
      if (t.get(j).boundary()) return false;
    }
    return false;
  }

  /** Whether an exception word ("just", "only", "yet") follows the trigger within three tokens. */
  private static boolean exceptionAfter(List<Token> t, int at) {
    for (int k = at + 1; k < t.size() && k <= at + 3; k++) {
      if (t.get(k).boundary()) return false;
      if (StanceTokens.EXCEPTIONS.contains(t.get(k).norm())) return true;
    }
    return false;
  }

  /**
   * Whether a verb form states no past event: the lemma itself ("people visit", "to sign"), a
   * present in -s ("she visits"), an -ing form ("by signing", "is launching"), or a capitalised
   * word inside the sentence (a name: "Export Bank").
   */
  private static boolean notPast(Token trigger, String lemma) {
    String norm = trigger.norm();
    return norm.equals(lemma)
        || norm.endsWith("ing")
        || (norm.endsWith("s") && !norm.endsWith("ss"))
        || trigger.capitalised();
  }

  /** "since its launch", "the signing": a determiner right before makes the trigger a noun. */
  private static boolean afterDeterminer(List<Token> t, int at) {
    return at > 0
        && !t.get(at).boundary()
        && TriggerLexicon.DETERMINERS.contains(t.get(at - 1).norm());
  }

  private static ClaimStance span(Polarity p, Token first, Token last) {
    return new ClaimStance(p, first.start(), last.end());
  }
}
