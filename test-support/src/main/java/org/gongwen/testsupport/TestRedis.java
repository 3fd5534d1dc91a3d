package org.gongwen.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Redis server per test JVM, for the gateway's rate limits. Where it comes from, in order: a server named
 * in the environment ({@code GONGWEN_REDIS_HOST}, {@code GONGWEN_REDIS_PORT}); otherwise {@code redis-server} from
 * the PATH started on a free loopback port without persistence, stopped when the JVM exits. Without either the
 * test fails with a message saying how to get one. Never a fake.
 */
public final class TestRedis {

    private static final Logger log = LoggerFactory.getLogger(TestRedis.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

    /** Where a Redis server answers. */
    public record Endpoint(String host, int port) {
    }

    private static Endpoint server;

    private TestRedis() {
    }

    public static synchronized Endpoint server() {
        if (server == null) {
            server = fromEnvironment().orElseGet(TestRedis::start);
            log.info("Test Redis: {}:{}", server.host(), server.port());
        }
        return server;
    }

    private static Optional<Endpoint> fromEnvironment() {
        String host = System.getenv("GONGWEN_REDIS_HOST");
        String port = System.getenv("GONGWEN_REDIS_PORT");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        Endpoint endpoint = new Endpoint(host, port == null || port.isBlank() ? 6379 : Integer.parseInt(port));
        if (!answersPing(endpoint)) {
            throw new IllegalStateException("GONGWEN_REDIS_HOST/PORT name " + endpoint + " but no Redis answers PING there");
        }
        return Optional.of(endpoint);
    }

    private static Endpoint start() {
        Path executable = redisServerOnPath().orElseThrow(() -> new IllegalStateException(
                "no Redis for the tests: install redis-server (Debian: apt-get install -y redis-server) so that it is "
                        + "on the PATH, or set GONGWEN_REDIS_HOST and GONGWEN_REDIS_PORT to a running server"));
        Endpoint endpoint = new Endpoint("127.0.0.1", FreePorts.next());
        try {
            Path directory = Files.createTempDirectory("gongwen-test-redis");
            Process process = new ProcessBuilder(executable.toString(), "--bind", endpoint.host(),
                    "--port", Integer.toString(endpoint.port()), "--save", "", "--appendonly", "no",
                    "--dir", directory.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("redis.log").toFile())
                    .start();
            TestInfrastructure.atExit(process::destroy);
            boolean answered = Awaitility.await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(20))
                    .until(() -> !process.isAlive() || answersPing(endpoint), done -> done)
                    && process.isAlive();
            if (!answered) {
                throw new IllegalStateException("redis-server exited on " + endpoint + "; its log: "
                        + directory.resolve("redis.log"));
            }
            return endpoint;
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("redis-server did not answer PING on 127.0.0.1 within "
                    + START_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + executable, e);
        }
    }

    private static Optional<Path> redisServerOnPath() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin:/usr/sbin:/usr/local/bin";
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }


    /** Sends an inline PING (the Redis protocol accepts plain text commands) and expects +PONG. */
    static boolean answersPing(Endpoint endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), 200);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(7);
            return new String(answer, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException notYet) {
            return false;
        }
    }
}
