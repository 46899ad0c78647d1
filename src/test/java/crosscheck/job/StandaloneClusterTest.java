package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds job on a Spark standalone master and worker (127.0.0.1, free ports, REST server off),
 * submitted as spark-submit does it: {@code org.apache.spark.deploy.SparkSubmit} with the -spark
 * jar, so the executors get our classes and libraries from that jar alone, on the seeds and a
 * variant of each. Its findings must equal a local-mode run of the same jar byte for byte. A second
 * run on the same cluster has its executor JVM killed (SIGKILL) past ingest: it must recover and
 * still find what local mode finds.
 *
 * <p>No download: SPARK_HOME is a folder whose {@code jars/} links the Spark jars of the project's
 * own compile classpath (every jar there that the -spark jar does not contain), plus
 * SPARK_SCALA_VERSION (see ../shared/design/spark.md, section 4). It runs in {@code mvn verify}
 * after package (the surefire execution "standalone-cluster" in pom.xml); everything it starts is
 * stopped in {@code @AfterAll}, and its logs stay in {@code <build dir>/standalone-cluster/}.
 */
class StandaloneClusterTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  static final Duration RUN_TIMEOUT = Duration.ofMinutes(8);

  /** What spark-submit adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions). */
  static final List<String> JVM_FLAGS = crosscheck.spark.JavaFlags.SPARK_ON_JAVA_17;

  static final List<Process> started = new ArrayList<>();
  static Path sparkJar;
  static Path work;
  static Path logs;
  static Path sparkHome;
  static String sparkClasspath;
  static Path executorTmp;
  static Path workerDir;
  static String master;
  static Process worker;

  /** The corpus both cluster runs read: the seeds and a variant of each (see writeCorpus). */
  static Path corpus;

  /** The local-mode reference, started first so that it overlaps the cluster's start-up. */
  static Process local;

  static Path localOut;

  /** One master and one worker for both tests; the local-mode reference runs meanwhile. */
  @BeforeAll
  static void startTheCluster() throws Exception {
    Path build = Path.of(property("crosscheck.build.dir"));
    sparkJar = Path.of(property("crosscheck.spark.jar"));
    assertTrue(
        Files.isRegularFile(sparkJar),
        sparkJar + " is missing: it is built in package (mvn verify)");
    List<Path> classpath =
        Stream.of(
                Files.readString(Path.of(property("crosscheck.classpath.file")))
                    .trim()
                    .split(java.io.File.pathSeparator))
            .map(Path::of)
            .toList();

    work = build.resolve("standalone-cluster");
    deleteRecursively(work);
    logs = Files.createDirectories(work.resolve("logs"));
    sparkHome = sparkHome(work.resolve("spark-home"), sparkJar, classpath);
    sparkClasspath = sparkHome.resolve("jars") + "/*";
    executorTmp = Files.createDirectories(work.resolve("executor-tmp"));
    workerDir = Files.createDirectories(work.resolve("worker"));
    corpus = writeCorpus(work.resolve("corpus"));

    int masterPort = freePort();
    master = "spark://127.0.0.1:" + masterPort;
    // The local reference runs while the cluster starts: both mostly wait on JVM start-up.
    localOut = work.resolve("local/report");
    local =
        start(
            logs.resolve("local-driver"),
            sparkHome,
            submit(
                sparkClasspath,
                sparkJar,
                "local[2]",
                List.of(),
                localOut,
                List.of("--input", corpus.toString())));

    start(
        logs.resolve("master"),
        sparkHome,
        java(
            sparkClasspath,
            "512m",
            List.of("-Dspark.master.rest.enabled=false"),
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(masterPort),
            "--webui-port",
            String.valueOf(freePort())));
    worker =
        start(
            logs.resolve("worker"),
            sparkHome,
            java(
                sparkClasspath,
                "512m",
                List.of(),
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(freePort()),
                "--webui-port",
                String.valueOf(freePort()),
                "--cores",
                "2",
                "--memory",
                "2g",
                "--work-dir",
                workerDir.toString(),
                master));
    awaitLine(logs.resolve("worker.log"), "Successfully registered with master", START_TIMEOUT);
  }

  @AfterAll
  static void stopTheCluster() {
    stopAll();
  }

  /** The cluster runs' settings: one executor of two cores, everything on loopback. */
  static List<String> clusterConf() {
    return List.of(
        "spark.driver.host=127.0.0.1",
        "spark.driver.bindAddress=127.0.0.1",
        "spark.executor.memory=1g",
        "spark.executor.cores=2",
        "spark.cores.max=2",
        // Native files of ONNX Runtime and DJL go to a temporary folder of the executor's own.
        "spark.executor.extraJavaOptions=-Djava.io.tmpdir=" + executorTmp,
        "spark.executorEnv.DJL_CACHE_DIR=" + executorTmp.resolve("djl"));
  }

  @Test
  void theSeedsJobOnAStandaloneClusterEqualsLocalMode() throws Exception {
    Path clusterOut = work.resolve("cluster/report");
    Process cluster =
        start(
            logs.resolve("cluster-driver"),
            sparkHome,
            submit(
                sparkClasspath,
                sparkJar,
                master,
                clusterConf(),
                clusterOut,
                List.of("--input", corpus.toString())));

    awaitExit(local, logs.resolve("local-driver.log"));
    awaitExit(cluster, logs.resolve("cluster-driver.log"));

    assertEquals(
        master, manifest(clusterOut).get("sparkMaster").asText(), "the cluster run's master");
    for (String file : List.of("reuse.jsonl", "conflicts.jsonl", "corroborations.jsonl")) {
      assertEquals(
          Files.readString(localOut.resolve(file)),
          Files.readString(clusterOut.resolve(file)),
          file);
    }
    assertEquals(
        manifest(localOut).get("documents"),
        manifest(clusterOut).get("documents"),
        "manifest documents");
    assertEquals(10, manifest(clusterOut).get("documents").size());
    assertTrue(Files.size(clusterOut.resolve("reuse.jsonl")) > 0, "the cluster run found reuse");

    // The embeddings were computed on the executors: each loaded the model once, natives in its
    // tmp.
    List<Path> executorLogs;
    try (Stream<Path> files =
        Files.walk(workerDir.resolve(appId(logs.resolve("cluster-driver.log"))))) {
      executorLogs = files.filter(p -> p.getFileName().toString().equals("stderr")).toList();
    }
    int loads = 0;
    for (Path log : executorLogs) {
      long count =
          Files.readAllLines(log).stream()
              .filter(l -> l.contains("embedding model loaded"))
              .count();
      assertTrue(count <= 1, log + " loads the model " + count + " times");
      loads += (int) count;
    }
    assertTrue(loads >= 1, "no executor loaded the embedding model: " + executorLogs);
    try (Stream<Path> files = Files.walk(executorTmp.resolve("djl"))) {
      assertTrue(
          files.anyMatch(p -> p.getFileName().toString().startsWith("libtokenizers")),
          "DJL's tokenizer library unpacked into the executor's temporary folder");
    }
  }

  /**
   * The executor JVM killed with SIGKILL once the job is past ingest (its cached partitions and
   * shuffle output die with it): the master launches another, Spark recomputes what was lost, and
   * the run still exits 0 with the findings of local mode.
   */
  @Test
  void anExecutorKilledMidRunIsReplacedAndTheFindingsEqualLocalMode() throws Exception {
    Path clusterOut = work.resolve("killed-executor/report");
    Path driverLog = logs.resolve("killed-executor-driver.log");
    Process driver =
        start(
            logs.resolve("killed-executor-driver"),
            sparkHome,
            submit(
                sparkClasspath,
                sparkJar,
                master,
                clusterConf(),
                clusterOut,
                List.of("--input", corpus.toString())));

    // Past ingest: the segment stage's tasks are under way on the executor.
    awaitLine(driverLog, "stages: ingest", RUN_TIMEOUT, driver);
    String app = appId(driverLog);
    List<ProcessHandle> executors = executorsOf(app);
    assertEquals(
        1, executors.size(), "one executor JVM under the worker for " + app + ": " + executors);
    ProcessHandle executor = executors.get(0);
    String atKill = Files.readString(driverLog, StandardCharsets.ISO_8859_1);
    // Not vacuous: the job must still be running, with stages to go.
    assertTrue(
        driver.isAlive() && !atKill.contains("stages: report"),
        "the job finished before the executor could be killed: make writeCorpus write more\n"
            + tail(driverLog));
    assertTrue(executor.destroyForcibly(), "SIGKILL sent to executor " + executor.pid());
    executor.onExit().get(30, TimeUnit.SECONDS);
    long stagesAtKill = atKill.lines().filter(l -> l.contains("stages: ")).count();

    awaitExit(driver, driverLog);
    awaitExit(local, logs.resolve("local-driver.log"));

    // The kill happened during the run: the driver lost executor 0 to SIGKILL (exit code 128 + 9),
    // the worker launched executor 1 for the same application, which ran the rest of the tasks.
    String log = Files.readString(driverLog, StandardCharsets.ISO_8859_1);
    assertTrue(
        log.contains("Lost executor 0"), "the driver saw executor 0 go:\n" + tail(driverLog));
    assertTrue(
        log.contains(app + "/0 removed: Command exited with code 137"),
        "killed by SIGKILL:\n" + tail(driverLog));
    assertTrue(
        log.lines().filter(l -> l.contains("stages: ")).count() > stagesAtKill,
        "stages finished after the kill");
    Path second = workerDir.resolve(app).resolve("1").resolve("stderr");
    assertTrue(Files.isRegularFile(second), "the worker launched a second executor: " + second);
    assertTrue(
        Files.readString(second, StandardCharsets.ISO_8859_1).contains("Running task"),
        "the second executor ran tasks: " + second);

    // The same findings as local mode (ids, then every byte), and the same manifest entries.
    assertEquals(master, manifest(clusterOut).get("sparkMaster").asText());
    for (String file : List.of("reuse.jsonl", "conflicts.jsonl")) {
      List<String> ids = ids(localOut.resolve(file));
      assertEquals(ids, ids(clusterOut.resolve(file)), file + " ids");
      assertFalse(ids.isEmpty(), file + " has findings");
    }
    for (String file : List.of("reuse.jsonl", "conflicts.jsonl", "corroborations.jsonl")) {
      assertEquals(
          Files.readString(localOut.resolve(file)),
          Files.readString(clusterOut.resolve(file)),
          file);
    }
    assertEquals(
        manifest(localOut).get("documents"),
        manifest(clusterOut).get("documents"),
        "manifest documents");
  }

  /** The ids of a JSON Lines findings file, in file order (sorted by id). */
  static List<String> ids(Path jsonl) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (!line.isBlank()) ids.add(JSON.readTree(line).get("id").asText());
    }
    return ids;
  }

  /** The application id the driver logs when it connects (app-<time>-<n>). */
  static String appId(Path driverLog) throws IOException {
    Matcher m =
        Pattern.compile("app-\\d{14}-\\d{4}")
            .matcher(Files.readString(driverLog, StandardCharsets.ISO_8859_1));
    assertTrue(m.find(), "no application id in " + driverLog);
    return m.group();
  }

  /** The executor JVMs the worker runs for an application (its descendants, by command line). */
  static List<ProcessHandle> executorsOf(String app) {
    return worker
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(
            p -> {
              String command = p.info().commandLine().orElse("");
              return command.contains("CoarseGrainedExecutorBackend") && command.contains(app);
            })
        .toList();
  }

  /**
   * The seeds and a variant of each, so that the job still has plenty of work after ingest: the
   * first half of the seed's paragraphs in reverse order with the year changed (reuse and a
   * conflicting date), then a paragraph of the next seed (reuse across sources).
   */
  static Path writeCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (int i = 0; i < seeds.size(); i++) {
      String name = seeds.get(i).getFileName().toString().replaceFirst("\\.txt$", "");
      String text = Files.readString(seeds.get(i));
      Files.writeString(dir.resolve(name + ".txt"), text);
      List<String> paragraphs = List.of(text.split("\n\\s*\n"));
      List<String> next =
          List.of(Files.readString(seeds.get((i + 1) % seeds.size())).split("\n\\s*\n"));
      List<String> variant =
          new ArrayList<>(paragraphs.subList(0, Math.max(1, paragraphs.size() / 2)));
      java.util.Collections.reverse(variant);
      variant.add(next.get(next.size() / 2));
      Files.writeString(
          dir.resolve(name + "-variant.txt"),
          String.join("\n\n", variant).replace("2023", "2022") + "\n");
    }
    return dir;
  }

  /**
   * spark-submit without the shell script: the SparkSubmit class, with spark-submit's JVM flags.
   */
  static List<String> submit(
      String sparkClasspath,
      Path sparkJar,
      String master,
      List<String> conf,
      Path out,
      List<String> runArgs) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                master,
                "--class",
                "crosscheck.job.Main"));
    for (String c : conf) {
      args.add("--conf");
      args.add(c);
    }
    args.addAll(List.of(sparkJar.toString(), "run", "jobs/seeds.yaml", "--out", out.toString()));
    args.addAll(runArgs);
    return java(sparkClasspath, "1g", List.of(), args.toArray(String[]::new));
  }

  static List<String> java(
      String classpath, String heap, List<String> properties, String... mainAndArgs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.addAll(JVM_FLAGS);
    command.addAll(properties);
    command.addAll(List.of("-cp", classpath));
    command.addAll(List.of(mainAndArgs));
    return command;
  }

  static Process start(Path logBase, Path sparkHome, List<String> command) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(logBase.resolveSibling(logBase.getFileName() + ".log").toFile());
    // Every socket on loopback; the Worker launches executors from SPARK_HOME/jars.
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", property("crosscheck.scala.version"));
    pb.environment().remove("SPARK_CONF_DIR");
    Process process = pb.start();
    started.add(process);
    return process;
  }

  /** Newest first (drivers, then worker with its executors, then master), gently, then by force. */
  static void stopAll() {
    for (int i = started.size() - 1; i >= 0; i--) {
      Process process = started.get(i);
      List<ProcessHandle> children = process.descendants().toList();
      children.forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS))
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
  }

  /** SPARK_HOME/jars: links to the classpath's jars whose contents are not in the -spark jar. */
  static Path sparkHome(Path home, Path sparkJar, List<Path> classpath) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    Set<String> shaded = new HashSet<>();
    try (JarFile jar = new JarFile(sparkJar.toFile())) {
      jar.stream().map(JarEntry::getName).forEach(shaded::add);
    }
    List<String> inSparkJar = new ArrayList<>();
    for (Path entry : classpath) {
      if (!entry.toString().endsWith(".jar")) continue;
      List<String> own = ownFiles(entry);
      // At least half of its files: the -spark jar leaves out a few (OpenNLP's model.properties).
      if (!own.isEmpty() && own.stream().filter(shaded::contains).count() * 2 >= own.size()) {
        inSparkJar.add(entry.getFileName().toString());
      } else {
        Files.createSymbolicLink(jars.resolve(entry.getFileName()), entry.toAbsolutePath());
      }
    }
    for (String library :
        List.of(
            "onnxruntime-",
            "tokenizers-",
            "langchain4j-embeddings-all-minilm",
            "lucene-core-",
            "opennlp-tools-",
            "opennlp-models-sentdetect-en-",
            "opennlp-models-langdetect-",
            "commons-csv-")) {
      assertTrue(
          inSparkJar.stream().anyMatch(n -> n.startsWith(library)), "-spark jar lacks " + library);
    }
    assertTrue(
        inSparkJar.stream().noneMatch(n -> n.startsWith("spark-core_")), "-spark jar holds Spark");
    return home;
  }

  /** The jar's files outside META-INF: what identifies its contents. */
  static List<String> ownFiles(Path jarPath) throws IOException {
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      return jar.stream()
          .filter(e -> !e.isDirectory())
          .map(JarEntry::getName)
          .filter(name -> !name.startsWith("META-INF/") && !name.equals("module-info.class"))
          .toList();
    }
  }

  static void awaitLine(Path log, String text, Duration timeout) throws Exception {
    awaitLine(log, text, timeout, null);
  }

  /** Waits for a line in a process's log; fails at once when the process ends without it. */
  static void awaitLine(Path log, String text, Duration timeout, Process process) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text))
        return;
      if (process != null && !process.isAlive()) {
        fail(
            "ended (status "
                + process.exitValue()
                + ") before '"
                + text
                + "' in "
                + log
                + ":\n"
                + tail(log));
      }
      Thread.sleep(200);
    }
    fail("no '" + text + "' within " + timeout + " in " + log + ":\n" + tail(log));
  }

  static void awaitExit(Process process, Path log) throws Exception {
    if (!process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      fail("still running after " + RUN_TIMEOUT + ": " + log + "\n" + tail(log));
    }
    assertEquals(0, process.exitValue(), "exit status of " + log + "\n" + tail(log));
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
      return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream()
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static JsonNode manifest(Path dir) throws IOException {
    return JSON.readTree(dir.resolve("manifest.json").toFile());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      fail("system property " + name + " is not set: run this test through Maven (mvn verify)");
    }
    return value;
  }

  /** Removes a previous run's folder; symbolic links are removed, never followed. */
  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) throw new UncheckedIOException(e);
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
