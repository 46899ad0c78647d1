package crosscheck.config;

/**
 * One thing wrong with a job: its job-file key and a sentence that names it. The key tells where
 * the problem came from (a line of the job file, or the command-line option that set it), so every
 * problem of a run can be reported at once, each at its origin.
 *
 * @param key the dotted job-file key ({@code segment.languages}), or null for the file as a whole
 * @param text what is wrong, naming the key ("segment.languages: is 'xx', must be one of ...")
 * @param line the job file's line the problem is on, or null for the line where the key is written
 *     first (a key written twice is named at its second line)
 */
public record Problem(String key, String text, Integer line) {

  public Problem(String key, String text) {
    this(key, text, null);
  }
}
