package crosscheck.model;

/**
 * Something found under an input folder that is not read as documents, and why: a report folder or
 * a temporary report folder of a run, a run's lock file, or a folder already read through another
 * path (a symbolic-link cycle). manifest.json lists these in {@code skipped}, so that every path
 * under the inputs is accounted for without counting as a document.
 *
 * @param path the file's or folder's full Hadoop URI
 * @param reason why it was not read, for people
 */
public record SkippedInput(String path, String reason) {}
