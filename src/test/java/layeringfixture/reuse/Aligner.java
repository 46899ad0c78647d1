package layeringfixture.reuse;

/** Fixture for ArchitectureTest: a class of an upper layer. */
public final class Aligner {
  public static int align() {
    return 1;
  }
}
