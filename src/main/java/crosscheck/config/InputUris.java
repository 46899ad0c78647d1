package crosscheck.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A job's inputs as absolute URIs: what the manifest records so that a later run can tell whether
 * an earlier one read the same inputs ({@code changes.json} compares like with like). A path
 * without a scheme is resolved against the current folder ({@code seeds/} becomes {@code
 * file:/opt/crosscheck/seeds}), as the job reads it; a URI with a scheme is kept as written. A
 * trailing slash and {@code .}/{@code ..} steps make no difference. Glob characters stay as they
 * are: the inputs are compared as given, not as the files they matched.
 */
public final class InputUris {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

  private InputUris() {}

  public static List<String> resolve(List<String> inputs) {
    List<String> out = new ArrayList<>(inputs.size());
    for (String input : inputs) out.add(resolve(input));
    return out;
  }

  public static String resolve(String input) {
    if (input == null) return null;
    try {
      if (SCHEME.matcher(input).matches()) {
        if (!input.regionMatches(true, 0, "file:", 0, 5)) return withoutTrailingSlash(input);
        URI uri = new URI(input);
        if (uri.getPath() == null) return input;
        return "file:" + Path.of(uri.getPath()).toAbsolutePath().normalize();
      }
      return "file:" + Path.of(input).toAbsolutePath().normalize();
    } catch (URISyntaxException | InvalidPathException e) {
      return input; // compared as written: an input that cannot be parsed is still an identity
    }
  }

  private static String withoutTrailingSlash(String uri) {
    int end = uri.length();
    while (end > 0 && uri.charAt(end - 1) == '/' && !uri.substring(0, end).endsWith("://")) end--;
    return uri.substring(0, end);
  }
}
