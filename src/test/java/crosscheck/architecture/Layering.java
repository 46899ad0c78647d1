package crosscheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering the README draws, bottom to top: model and config; spark; text; layout; ingest and
 * segment; reuse and facts; conflicts; report; job. A layer uses only the layers below it; layers
 * on one level (reuse and facts) never use each other. Spark stays in the stages, {@code spark/}
 * and {@code job/}, so every kernel is plain Java. Rules take the root package so that a fixture
 * can show that they fire.
 */
final class Layering {
  /** Bottom to top; the packages of one level are listed together. */
  static final List<List<String>> LEVELS =
      List.of(
          List.of("model", "config"),
          List.of("spark"),
          List.of("text"),
          List.of("layout"),
          List.of("ingest", "segment"),
          List.of("reuse", "facts"),
          List.of("conflicts"),
          List.of("report"),
          List.of("job"));

  private Layering() {}

  static ArchRule layers(String root) {
    var architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (List<String> level : LEVELS) {
      for (String p : level) architecture = architecture.layer(p).definedBy(root + "." + p + "..");
    }
    for (int i = 0; i < LEVELS.size(); i++) {
      List<String> below = LEVELS.subList(0, i).stream().flatMap(List::stream).toList();
      for (String p : LEVELS.get(i)) {
        architecture =
            below.isEmpty()
                ? architecture.whereLayer(p).mayNotAccessAnyLayer()
                : architecture.whereLayer(p).mayOnlyAccessLayers(below.toArray(String[]::new));
      }
    }
    return architecture.withOptionalLayers(true);
  }

  static ArchRule sparkOnlyInStages(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackages(root + ".spark..", root + ".job..")
        .and(not(topLevelNameEndingWith("Stage")))
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.spark..")
        .because(
            "kernels are plain Java, unit-tested without Spark; only *Stage classes, spark/ and"
                + " job/ talk to Spark");
  }

  private static DescribedPredicate<JavaClass> topLevelNameEndingWith(String suffix) {
    return DescribedPredicate.describe(
        "are (inside) a class whose name ends with " + suffix,
        c -> {
          String name = c.getName();
          int nested = name.indexOf('$');
          String top = nested < 0 ? name : name.substring(0, nested);
          return top.endsWith(suffix);
        });
  }

  private static <T> DescribedPredicate<T> not(DescribedPredicate<T> p) {
    return DescribedPredicate.not(p);
  }
}
