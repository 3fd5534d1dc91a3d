package org.gongwen.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gongwen.platform.web.security.RsaPem;
import org.gongwen.platform.web.security.TokenMinter;
import org.gongwen.testsupport.FreePorts;
import org.gongwen.testsupport.Health;

/**
 * The suite as the chaos tests run it: a Kafka broker and a PostgreSQL server each its own process on its own data
 * directory (so both can be killed and started again), and gateway + drafting + review + archive each its own JVM.
 * With {@code instances > 1}, drafting, review and archive run that many JVMs each on distinct ports, sharing the
 * service's database and consumer group (the scale-out of issue 8); the gateway stays one.
 */
final class ChaosSuite implements AutoCloseable {

    static final List<String> SERVICES = List.of("drafting-service", "review-service", "archive-service",
            "registry-service", "gateway");
    static final List<String> BACKENDS = List.of("drafting-service", "review-service", "archive-service",
            "registry-service");
    /**
     * Whether the gateway gets every instance of a service (comma-separated: it takes them in turn and fails over
     * on a refused connection, gateway README "Several instances"). With {@code -Dchaos.gateway-balances=false}
     * it routes to instance 1 only, and the other instances share only the Kafka work. The services' own calls to
     * each other always go to instance 1 (they do not balance).
     */
    static final boolean GATEWAY_BALANCES = Boolean.parseBoolean(System.getProperty("chaos.gateway-balances", "true"));
    /** Generous: on a shared 2-core machine under load a Spring Boot JVM has been seen to need over 3 minutes. */
    private static final Duration START_DEADLINE = Duration.ofMinutes(6);

    private final Path root;
    private final Path dir;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final int kafkaPort = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final int postgresPort = FreePorts.next();
    private final int instances;
    /** Instance name (the service's name for instance 1, {@code <service>-<n>} for the others) to its port. */
    private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
    private final Map<String, ManagedProcess> services = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private ManagedProcess kafka;
    private ManagedProcess postgres;
    private TokenMinter tokens;

    ChaosSuite(Path root, Path dir) {
        this(root, dir, 1);
    }

    ChaosSuite(Path root, Path dir, int instances) {
        this.root = root;
        this.dir = dir;
        this.instances = instances;
        for (String service : SERVICES) {
            servicePorts.put(service, FreePorts.next());
            if (BACKENDS.contains(service)) {
                for (int n = 2; n <= instances; n++) {
                    servicePorts.put(instanceName(service, n), FreePorts.next());
                }
            }
        }
    }

    static String instanceName(String service, int n) {
        return n == 1 ? service : service + "-" + n;
    }

    void start() throws IOException {
        deleteRecursively(dir);
        Files.createDirectories(dir.resolve("logs"));
        KeyPair keys = RsaPem.generate();
        RsaPem.write(keys, dir.resolve("keys"));
        tokens = new TokenMinter((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate(), "gongwen-local",
                "gongwen", Duration.ofHours(4), Clock.systemUTC());
        kafka = kafkaProcess();
        kafka.start();
        postgres = postgresProcess();
        postgres.start();
        kafka.awaitReady(START_DEADLINE);
        postgres.awaitReady(START_DEADLINE);
        // the first instances (and the gateway) first, the others once those are up: fewer JVMs starting at once
        for (int n = 1; n <= instances; n++) {
            List<ManagedProcess> wave = new ArrayList<>();
            for (String service : n == 1 ? SERVICES : BACKENDS) {
                String instance = instanceName(service, n);
                ManagedProcess process = serviceProcess(instance);
                services.put(instance, process);
                process.start();
                wave.add(process);
            }
            wave.forEach(p -> p.awaitReady(START_DEADLINE));
        }
    }

    TokenMinter tokens() {
        return tokens;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + servicePorts.get("gateway");
    }

    ManagedProcess service(String instance) {
        return services.get(instance);
    }

    /** SIGKILL one instance for good: what is left of the suite has to carry on without it. */
    void crash(String instance) {
        services.get(instance).kill();
    }

    /**
     * SIGKILL a service and start it again; returns once it reports healthy, so that on a 2-core machine the monkey
     * does not spend all the CPU on JVM starts and the documents still move between the kills.
     */
    void crashAndRestart(String service) {
        ManagedProcess process = services.get(service);
        process.kill();
        process.start();
        process.awaitReady(START_DEADLINE);
    }

    void awaitAllReady() {
        services.values().stream().filter(ManagedProcess::alive).forEach(p -> p.awaitReady(START_DEADLINE));
    }

    void crashAndRestartKafka() {
        kafka.kill();
        kafka.start();
        kafka.awaitReady(START_DEADLINE);
    }

    /** Kills the postmaster itself (a database crash), then starts the server again on the same data: crash recovery. */
    void crashAndRestartPostgres() throws IOException {
        Path pidFile = dir.resolve("pg").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(postmaster).ifPresent(handle -> {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            });
        }
        postgres.stop();
        postgres.start();
        postgres.awaitReady(START_DEADLINE);
    }

    Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + name, "gongwen", "gongwen");
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    @Override
    public void close() {
        services.values().forEach(ManagedProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    private ManagedProcess kafkaProcess() throws IOException {
        Path data = dir.resolve("kafka");
        String properties = Files.readString(root.resolve("local-infra/kafka/server.properties"))
                .replace("@KAFKA_DATA@", data.toString())
                .replace("127.0.0.1:9092", "127.0.0.1:" + kafkaPort)
                .replace("127.0.0.1:9093", "127.0.0.1:" + controllerPort)
                .replace("auto.create.topics.enable=true", "auto.create.topics.enable=false");
        Path config = dir.resolve("server.properties");
        Files.writeString(config, properties);
        String classpath = root.resolve("local-infra/target/lib").toString() + "/*";
        run(List.of(java, "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", "chaos-test-cluster-0001",
                "-c", config.toString(), "--ignore-formatted"));
        return new ManagedProcess("kafka", List.of(java, "-XX:+UseSerialGC", "-Xmx384m",
                "-Dlog4j2.configurationFile=" + root.resolve("local-infra/kafka/log4j2.properties"),
                "-cp", classpath, "kafka.Kafka", config.toString()), Map.of(),
                dir.resolve("logs/kafka.log"), dir.toFile(), () -> portOpen(kafkaPort));
    }

    private ManagedProcess postgresProcess() {
        String classpath = root.resolve("local-infra/target/local-infra-0.1.0-SNAPSHOT.jar") + ":"
                + root.resolve("local-infra/target/lib") + "/*";
        Path log = dir.resolve("logs/postgres.log");
        return new ManagedProcess("postgres", List.of(java, "-XX:+UseSerialGC", "-Xmx96m", "-cp", classpath,
                "org.gongwen.local.LocalPostgres", dir.resolve("pg").toString()),
                Map.of("GONGWEN_PG_PORT", Integer.toString(postgresPort)), log, dir.toFile(),
                () -> logSaysReadySinceLastStart(log));
    }

    private ManagedProcess serviceProcess(String instance) {
        String module = instance.replaceFirst("-\\d+$", "");
        Path jar = root.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run through ./mvnw verify from the root");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GONGWEN_PG_HOST", "127.0.0.1");
        env.put("GONGWEN_PG_PORT", Integer.toString(postgresPort));
        env.put("GONGWEN_KAFKA_BOOTSTRAP", kafkaBootstrap());
        env.put("GONGWEN_JWT_PUBLIC_KEY", dir.resolve("keys/jwt-public.pem").toString());
        env.put("GONGWEN_JWT_PRIVATE_KEY", dir.resolve("keys/jwt-private.pem").toString());
        boolean listAll = module.equals("gateway") && GATEWAY_BALANCES;
        env.put("GONGWEN_DRAFTING_URL", urls("drafting-service", listAll));
        env.put("GONGWEN_REVIEW_URL", urls("review-service", listAll));
        env.put("GONGWEN_ARCHIVE_URL", urls("archive-service", listAll));
        env.put("GONGWEN_REGISTRY_URL", urls("registry-service", listAll));
        env.put("GONGWEN_TOKEN_URI", gatewayUrl() + "/dev/token");
        int port = servicePorts.get(instance);
        // archive-service also renders PDF/A and OFD (issue 18): its parsed fonts keep ~150 MB of heap live
        String heap = module.equals("archive-service") ? "-Xmx448m" : "-Xmx320m";
        return new ManagedProcess(module, List.of(java, "-XX:+UseSerialGC", "-Xms64m", heap,
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port,
                "--spring.profiles.active=local"), env, dir.resolve("logs/" + instance + ".log"), root.toFile(),
                () -> healthy(port));
    }

    /** Instance 1 only, or every instance comma-separated for a gateway that balances. */
    private String urls(String service, boolean all) {
        List<String> urls = new ArrayList<>();
        for (int n = 1; n <= (all ? instances : 1); n++) {
            urls.add("http://127.0.0.1:" + servicePorts.get(instanceName(service, n)));
        }
        return String.join(",", urls);
    }

    private boolean healthy(int port) {
        return Health.isUp(http, port);
    }

    private static boolean logSaysReadySinceLastStart(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(text.lastIndexOf("==== start #")).contains("LocalPostgres ready");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean portOpen(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void run(List<String> command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("logs/kafka-format.log").toFile())).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("failed: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
