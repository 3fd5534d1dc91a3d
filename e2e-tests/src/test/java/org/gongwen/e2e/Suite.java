package org.gongwen.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.gongwen.testsupport.FreePorts;
import org.gongwen.testsupport.Health;
import org.gongwen.testsupport.PostgresServer;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestRedis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole suite for the end-to-end tests, started once per test JVM: this JVM's PostgreSQL and Kafka
 * broker (test-support), and gateway + drafting + review + archive + registry each as its own JVM from the exec jar the
 * build just made, configured the way the local suite configures them (environment variables, profile local).
 * Public for the browser tests (org.gongwen.e2e.browser), which drive the same suite through the web page.
 */
public final class Suite {

    private static final Logger log = LoggerFactory.getLogger(Suite.class);
    // -Dgongwen.e2e.startup-minutes: more on a machine shared with other builds (5 JVMs start at once)
    private static final Duration STARTUP_DEADLINE = Duration.ofMinutes(Long.getLong("gongwen.e2e.startup-minutes", 4));
    private static Suite instance;

    private final List<Service> services = new ArrayList<>();
    private final String gatewayUrl;

    private record Service(String module, int port, Process process, Path log) {
    }

    public static synchronized Suite get() {
        if (instance == null) {
            instance = new Suite();
        }
        return instance;
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** Base URL of one application on its own port, not through the gateway (its /v3/api-docs, actuator). */
    public String serviceUrl(String module) {
        return services.stream().filter(s -> s.module().equals(module)).findFirst()
                .map(s -> "http://127.0.0.1:" + s.port())
                .orElseThrow(() -> new IllegalArgumentException("no application " + module + " in the suite"));
    }

    /** The applications of the suite by module name, the gateway last. */
    public List<String> modules() {
        return services.stream().map(Service::module).toList();
    }

    /**
     * The file one application's standard output and error go to. Every class of the test JVM shares it: to read
     * only what one test caused, remember the file's size before and read from there (org.gongwen.e2e.walk).
     */
    public Path logFile(String module) {
        return services.stream().filter(s -> s.module().equals(module)).findFirst().map(Service::log)
                .orElseThrow(() -> new IllegalArgumentException("no application " + module + " in the suite"));
    }

    private Suite() {
        Path root = Path.of(System.getProperty("gongwen.repository.root", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("gongwen.e2e.logs", "target/e2e-logs"));
        PostgresServer pg = TestInfrastructure.postgres();
        for (String database : List.of("gongwen_drafting", "gongwen_review", "gongwen_archive", "gongwen_registry")) {
            pg.createDatabase(database);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GONGWEN_PG_HOST", pg.host());
        env.put("GONGWEN_PG_PORT", Integer.toString(pg.port()));
        env.put("GONGWEN_PG_USER", pg.user());
        env.put("GONGWEN_PG_PASSWORD", pg.password());
        env.put("GONGWEN_KAFKA_BOOTSTRAP", TestInfrastructure.kafkaBootstrap());
        env.put("GONGWEN_JWT_PUBLIC_KEY", TestInfrastructure.publicKeyFile().toString());
        env.put("GONGWEN_JWT_PRIVATE_KEY", TestInfrastructure.privateKeyFile().toString());
        env.put("GONGWEN_JWT_ISSUER", TestInfrastructure.ISSUER);
        // the gateway's rate limits in a real Redis, generous enough that no test of the suite meets them
        TestRedis.Endpoint redis = TestRedis.server();
        env.put("GONGWEN_REDIS_HOST", redis.host());
        env.put("GONGWEN_REDIS_PORT", Integer.toString(redis.port()));
        env.put("GONGWEN_RATE_LIMIT_PER_SECOND", "1000");
        env.put("GONGWEN_RATE_LIMIT_BURST", "5000");

        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String module : List.of("drafting-service", "review-service", "archive-service", "registry-service", "gateway")) {
            ports.put(module, FreePorts.next());
        }
        env.put("GONGWEN_DRAFTING_URL", "http://127.0.0.1:" + ports.get("drafting-service"));
        env.put("GONGWEN_REVIEW_URL", "http://127.0.0.1:" + ports.get("review-service"));
        env.put("GONGWEN_ARCHIVE_URL", "http://127.0.0.1:" + ports.get("archive-service"));
        env.put("GONGWEN_REGISTRY_URL", "http://127.0.0.1:" + ports.get("registry-service"));
        // services that call other services get their own token where clients get theirs (client-credentials style)
        env.put("GONGWEN_TOKEN_URI", "http://127.0.0.1:" + ports.get("gateway") + "/dev/token");
        // before the servers it uses stop, not beside them
        TestInfrastructure.atExit(this::stop);
        try {
            Files.createDirectories(logs);
            ports.forEach((module, port) -> services.add(start(root, logs, module, port, env)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            awaitHealthy();
        } catch (RuntimeException e) {
            // the next Suite.get() starts a whole new suite: stop this one's applications rather than leave them running
            stop();
            throw e;
        }
        gatewayUrl = "http://127.0.0.1:" + ports.get("gateway");
    }

    private static Service start(Path root, Path logs, String module, int port, Map<String, String> env) {
        Path jar = root.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run the e2e tests through ./mvnw verify from the root");
        }
        Path logFile = logs.resolve(module + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // archive-service also renders PDF/A and OFD (issue 18): its parsed fonts keep ~150 MB of heap live
        String heap = module.equals("archive-service") ? "-Xmx448m" : "-Xmx320m";
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xms64m", heap,
                "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-jar", jar.toString(),
                "--server.port=" + port, "--spring.profiles.active=local")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(env);
        try {
            return new Service(module, port, builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<Service> pending = new ArrayList<>(services);
        try {
            Awaitility.await("gateway and services healthy").atMost(STARTUP_DEADLINE)
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        for (Service service : List.copyOf(pending)) {
                            if (!service.process().isAlive()) {
                                throw new IllegalStateException(service.module() + " exited during startup:\n"
                                        + tail(service.log()));
                            }
                            if (healthy(http, service.port())) {
                                log.info("{} is up on port {}", service.module(), service.port());
                                pending.remove(service);
                            }
                        }
                        return pending.isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            StringBuilder logsOfPending = new StringBuilder();
            pending.forEach(s -> logsOfPending.append("\n== ").append(s.module()).append('\n').append(tail(s.log())));
            throw new IllegalStateException("not healthy within " + STARTUP_DEADLINE + ":" + logsOfPending, e);
        }
    }

    private static boolean healthy(HttpClient http, int port) {
        return Health.isUp(http, port);
    }

    private void stop() {
        for (Service service : services) {
            service.process().destroy();
        }
        for (Service service : services) {
            try {
                if (!service.process().waitFor(15, TimeUnit.SECONDS)) {
                    service.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                service.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join(File.separator.equals("/") ? "\n" : System.lineSeparator(),
                    lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
