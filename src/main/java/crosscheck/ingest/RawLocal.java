package crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Local input files read without Hadoop's checksum layer. That layer looks for a hidden {@code
 * .<name>.crc} beside each file and builds its path by parsing the name, so a legal name with a
 * colon ({@code 10:30 update.txt}) fails as a "relative path in absolute URI". News inputs never
 * come with .crc files, so skipping the layer loses nothing. Other file systems are untouched.
 */
final class RawLocal {
  /**
   * Hadoop settings (also Spark data source options, which Spark copies into the Hadoop settings of
   * the read) that make {@code file:} paths open on the raw local file system. The cache is off for
   * them, or the checksummed instance cached for {@code file:} would be returned anyway.
   */
  static final Map<String, String> SETTINGS =
      Map.of(
          "fs.file.impl", RawLocalFileSystem.class.getName(), "fs.file.impl.disable.cache", "true");

  private RawLocal() {}

  /** A copy of {@code conf} with {@link #SETTINGS}. */
  static Configuration conf(Configuration conf) {
    Configuration copy = new Configuration(conf);
    SETTINGS.forEach(copy::set);
    return copy;
  }

  /** Opens a file, past the checksum layer when its file system has one. */
  static InputStream open(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    if (fs instanceof ChecksumFileSystem checksummed) fs = checksummed.getRawFileSystem();
    return fs.open(path);
  }
}
