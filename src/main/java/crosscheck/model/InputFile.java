package crosscheck.model;

/**
 * One file found under an input root, before it is read.
 *
 * @param path the file's full Hadoop URI
 * @param relative path under its input root, '/'-separated, with extension (used for document ids)
 * @param format txt, md, jsonl, csv, parquet, or unknown
 * @param bytes size on disk
 */
public record InputFile(String path, String relative, String format, long bytes) {}
