package layeringfixture.text;

import layeringfixture.reuse.Aligner;

/** Fixture for ArchitectureTest: text (a lower layer) importing reuse (an upper one). */
public final class WrongWay {
  public static int call() {
    return Aligner.align();
  }
}
