package layeringfixture.model;

import org.apache.spark.sql.Row;

/** Fixture for ArchitectureTest: a kernel class that is not a stage but uses Spark. */
public final class SparkInKernel {
  public static int width(Row row) {
    return row.size();
  }
}
