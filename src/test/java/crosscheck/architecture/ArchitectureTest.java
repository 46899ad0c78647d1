package crosscheck.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          // Test classes (and benchmarks, compiled with them) are not main code, whatever the build
          // folder is called (-Dbuild.dir=...).
          .withImportOption(location -> !location.contains("/test-classes/"))
          .importPackages("crosscheck");

  /**
   * Test classes of the fixture: a text class that imports reuse, and a model class that imports
   * Spark.
   */
  private static final JavaClasses WRONG_WAY =
      new ClassFileImporter().importPackages("layeringfixture");

  @Test
  void packagesDependOnlyDownwards() {
    Layering.layers("crosscheck").check(MAIN);
  }

  @Test
  void sparkAppearsOnlyInStagesSparkAndJob() {
    Layering.sparkOnlyInStages("crosscheck").check(MAIN);
  }

  @Test
  void aWrongWayImportFailsTheLayering() {
    assertThrows(AssertionError.class, () -> Layering.layers("layeringfixture").check(WRONG_WAY));
  }

  @Test
  void sparkInAKernelFailsTheSparkRule() {
    assertThrows(
        AssertionError.class, () -> Layering.sparkOnlyInStages("layeringfixture").check(WRONG_WAY));
  }
}
