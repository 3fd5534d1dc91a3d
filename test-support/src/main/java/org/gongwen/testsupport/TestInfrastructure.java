package org.gongwen.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gongwen.platform.web.security.DemoUsers;
import org.gongwen.platform.web.security.RsaPem;
import org.gongwen.platform.web.security.TokenMinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real servers of one test JVM, started once and shared by every test class in it: one PostgreSQL
 * (a database per service) and one Kafka broker. Services and tests connect to PostgreSQL as the services' own
 * non-superuser login with the production role set ({@link PostgresServer}); the server's superuser only sets up.
 *
 * <p>Where they come from, in order: servers named in the environment ({@code GONGWEN_TEST_PG_HOST},
 * {@code GONGWEN_TEST_PG_PORT}, {@code GONGWEN_TEST_PG_USER}, {@code GONGWEN_TEST_PG_PASSWORD},
 * {@code GONGWEN_TEST_KAFKA_BOOTSTRAP}); Testcontainers where a Docker engine answers; otherwise real
 * PostgreSQL binaries from Maven Central (zonky) and an in-process KRaft broker. Never H2, never a fake broker.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    public static final String ISSUER = "gongwen-local";
    public static final String AUDIENCE = "gongwen";

    private static final java.util.Deque<Runnable> AT_EXIT = new java.util.ArrayDeque<>();
    private static PostgresServer postgres;
    private static String kafkaBootstrap;
    private static Boolean docker;
    private static TokenMinter minter;
    private static Path publicKey;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = startPostgres();
            log.info("Test PostgreSQL: {}", postgres);
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrap() {
        if (kafkaBootstrap == null) {
            kafkaBootstrap = startKafka();
            log.info("Test Kafka: {}", kafkaBootstrap);
        }
        return kafkaBootstrap;
    }

    /** Everything a gongwen service needs to run against this JVM's servers, for its own database. */
    public static Map<String, Object> serviceProperties(String database) {
        PostgresServer pg = postgres();
        pg.createDatabase(database);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", pg.jdbcUrl(database));
        p.put("spring.datasource.username", pg.user());
        p.put("spring.datasource.password", pg.password());
        p.put("gongwen.messaging.bootstrap-servers", kafkaBootstrap());
        p.putAll(securityProperties());
        return p;
    }

    public static Map<String, Object> securityProperties() {
        tokens();
        return Map.of("gongwen.security.public-key-location", publicKey.toString(),
                "gongwen.security.issuer", ISSUER,
                "gongwen.security.audience", AUDIENCE);
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        serviceProperties(database).forEach((k, v) -> registry.add(k, () -> v));
    }

    /** Signs tokens the services of this JVM accept, the same way the local suite's /dev/token does. */
    public static synchronized TokenMinter tokens() {
        if (minter == null) {
            try {
                KeyPair pair = RsaPem.generate();
                Path dir = Files.createTempDirectory("gongwen-test-keys");
                RsaPem.write(pair, dir);
                publicKey = dir.resolve("jwt-public.pem");
                minter = new TokenMinter((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(), ISSUER,
                        AUDIENCE, Duration.ofHours(1), Clock.systemUTC());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return minter;
    }

    /** The private key file of {@link #tokens()}, for a gateway under test that issues tokens itself. */
    public static synchronized Path privateKeyFile() {
        tokens();
        return publicKey.resolveSibling("jwt-private.pem");
    }

    public static Path publicKeyFile() {
        tokens();
        return publicKey;
    }

    public static String tokenFor(String username) {
        return tokens().mint(DemoUsers.get(username));
    }

    public static String bearer(String username) {
        return "Bearer " + tokenFor(username);
    }

    private static boolean dockerAvailable() {
        if (docker == null) {
            if ("false".equalsIgnoreCase(System.getenv("GONGWEN_TEST_DOCKER"))) {
                docker = false;
            } else {
                try {
                    docker = DockerClientFactory.instance().isDockerAvailable();
                } catch (RuntimeException | LinkageError e) {
                    docker = false;
                }
            }
            log.info("Docker engine available for Testcontainers: {}", docker);
        }
        return docker;
    }

    private static PostgresServer startPostgres() {
        String host = System.getenv("GONGWEN_TEST_PG_HOST");
        if (host != null && !host.isBlank()) {
            return PostgresServer.withServiceLogin(host, Integer.parseInt(env("GONGWEN_TEST_PG_PORT", "5432")),
                    env("GONGWEN_TEST_PG_USER", "postgres"), env("GONGWEN_TEST_PG_PASSWORD", "postgres"), "external");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            atExit(container::stop);
            return PostgresServer.withServiceLogin(container.getHost(), container.getFirstMappedPort(),
                    container.getUsername(), container.getPassword(), "testcontainers");
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            atExit(() -> {
                try {
                    pg.close();
                } catch (java.io.IOException e) {
                    log.warn("stopping embedded PostgreSQL", e);
                }
            });
            return PostgresServer.withServiceLogin("localhost", pg.getPort(), "postgres", "postgres", "embedded");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    private static String startKafka() {
        String bootstrap = System.getenv("GONGWEN_TEST_KAFKA_BOOTSTRAP");
        if (bootstrap != null && !bootstrap.isBlank()) {
            return bootstrap;
        }
        if (dockerAvailable()) {
            KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
            kafka.start();
            atExit(kafka::stop);
            return kafka.getBootstrapServers();
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions", "6",
                "group.initial.rebalance.delay.ms", "0"));
        broker.kafkaPorts(0);
        broker.afterPropertiesSet();
        atExit(broker::destroy);
        return broker.getBrokersAsString();
    }

    /**
     * Runs {@code stop} when the JVM exits, in one thread and in reverse order of registration: what uses the servers
     * (the e2e suite's applications) registers after them and so stops before them. Separate shutdown hooks run at
     * once, and the applications then logged an ERROR for every consumer group they could no longer leave.
     */
    public static void atExit(Runnable stop) {
        synchronized (AT_EXIT) {
            if (AT_EXIT.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopAll, "stop-test-infrastructure"));
            }
            AT_EXIT.push(stop);
        }
    }

    private static void stopAll() {
        synchronized (AT_EXIT) {
            while (!AT_EXIT.isEmpty()) {
                try {
                    AT_EXIT.pop().run();
                } catch (RuntimeException e) {
                    log.warn("stopping test infrastructure", e);
                }
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
