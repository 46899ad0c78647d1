package crosscheck.conflicts;

import crosscheck.model.ConflictValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The id of a conflict ("c-") or corroboration ("k-"): a hash of its values, so that the same
 * finding gets the same id whatever the input order and whichever block found it.
 */
final class FindingIds {
  private FindingIds() {}

  /** 12 hex digits of SHA-256 over the sorted (doc, start, end, value) of the values. */
  static String hashOf(List<ConflictValue> values) {
    List<String> lines = new ArrayList<>();
    for (ConflictValue v : values)
      lines.add(v.doc() + "\t" + v.start() + "\t" + v.end() + "\t" + v.value());
    lines.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
