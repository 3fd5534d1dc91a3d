package org.gongwen.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local suite's promise: data written before {@code ./gongwen down} is there after the next {@code up}. */
class LocalPostgresIT {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsRoleDatabasesAndRowsAcrossARestartOnTheSameDataDirectory() throws Exception {
        int port = freePort();
        try (EmbeddedPostgres first = LocalPostgres.start(dataDirectory, port)) {
            try (Connection admin = first.getPostgresDatabase().getConnection()) {
                assertThat(GongwenDatabases.ensure(admin, "gongwen", "it's-a-test"))
                        .containsExactly("role gongwen", "role gongwen_drafting_app",
                                "membership gongwen in gongwen_drafting_app", "role gongwen_review_app",
                                "membership gongwen in gongwen_review_app", "role gongwen_archive_app",
                                "membership gongwen in gongwen_archive_app", "role gongwen_registry_app",
                                "membership gongwen in gongwen_registry_app", "database gongwen_drafting",
                                "database gongwen_review", "database gongwen_archive", "database gongwen_registry");
            }
            try (Connection drafting = login(port, "gongwen_drafting"); Statement sql = drafting.createStatement()) {
                sql.execute("CREATE TABLE survivor (name text)");
                sql.execute("INSERT INTO survivor VALUES ('张伟')");
            }
        }

        try (EmbeddedPostgres second = LocalPostgres.start(dataDirectory, port)) {
            try (Connection admin = second.getPostgresDatabase().getConnection()) {
                assertThat(GongwenDatabases.ensure(admin, "gongwen", "it's-a-test")).isEmpty();
            }
            try (Connection drafting = login(port, "gongwen_drafting"); Statement sql = drafting.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT name, current_user FROM survivor")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("张伟");
                assertThat(rows.getString(2)).isEqualTo("gongwen");
            }
        }
    }

    private static Connection login(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "gongwen", "it's-a-test");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
