package org.gongwen.local;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local suite's PostgreSQL: real server binaries from Maven Central (zonky), data kept in a directory that
 * survives restarts, on a fixed loopback port. Creates the gongwen role and databases, prints {@value #READY},
 * then runs until the JVM is told to stop (SIGTERM from {@code ./gongwen down}), when it shuts the server down
 * cleanly (fast mode: running sessions are ended, committed data is kept).
 *
 * <p>Usage: {@code LocalPostgres <data-directory>}; port from {@code GONGWEN_PG_PORT} (15432).
 */
public final class LocalPostgres {

    /** The launcher waits for this line in the log before it starts the services. */
    static final String READY = "LocalPostgres ready";

    private LocalPostgres() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: LocalPostgres <data-directory>");
            System.exit(2);
        }
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getenv());
        EmbeddedPostgres server = start(Path.of(args[0]), settings.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "local-postgres-stop"));
        try (Connection admin = server.getPostgresDatabase().getConnection()) {
            GongwenDatabases.report(GongwenDatabases.ensure(admin, settings.user(), settings.password()));
        }
        System.out.println(READY + " on 127.0.0.1:" + server.getPort());
        new CountDownLatch(1).await(); // until the shutdown hook ends the JVM
    }

    /**
     * zonky runs initdb only when the directory holds no {@code postgresql.conf}, and with cleanDataDirectory off it
     * neither wipes the directory at start nor deletes it at close: so an existing cluster is simply started again.
     */
    static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky turns this off for throw-away test servers; this one keeps the suite's data
                .setServerConfig("synchronous_commit", "on")
                .setRegisterShutdownHook(false)
                .setOutputRedirector(Redirect.INHERIT)
                .setErrorRedirector(Redirect.INHERIT)
                .start();
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
            System.out.println("LocalPostgres stopped");
        } catch (IOException e) {
            System.err.println("LocalPostgres could not stop cleanly: " + e.getMessage());
        }
    }
}
