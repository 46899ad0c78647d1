package crosscheck.model;

/**
 * A limit of the job that left something out of this run: the editor and the scheduler see it on
 * the report's first screen and in manifest.json ({@code limits}), with what to raise.
 *
 * @param stage the stage that applied the limit ("segment", "reuse", "facts", "conflicts"...)
 * @param setting the job-file key of the limit ({@code conflicts.max_block_claims})
 * @param count how many items it left out or cut (claims, sentences, pairs, documents)
 * @param message one sentence saying what was left out, for people
 */
public record LimitNotice(String stage, String setting, long count, String message) {}
