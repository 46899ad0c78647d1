package crosscheck.model;

/**
 * Something a stage could not do fully for one document (a limit it reached, or a failure that cost
 * the document that stage), shown in the document's manifest entry as a warning.
 *
 * @param stage the stage ("segment", "reuse", "facts"...)
 * @param message what happened, naming the limit's job-file key when a limit was reached
 */
public record DocumentNotice(String doc, String stage, String message) {

  /** The warning as the manifest lists it: "facts: ...". */
  public String warning() {
    return stage + ": " + message;
  }
}
