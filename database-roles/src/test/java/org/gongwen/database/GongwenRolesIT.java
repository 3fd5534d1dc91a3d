package org.gongwen.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The role set is the same wherever it is made: {@link GongwenRoles} (local suite, tests) and
 * deploy/postgres/init-gongwen.sh (docker-compose, an administrator's server), run here with the real psql against a
 * real server; and what the role set must and must not allow.
 */
class GongwenRolesIT {

    private static final Path INIT_SCRIPT = Path.of("../deploy/postgres/init-gongwen.sh");
    /** A server of its own per test: the databases have fixed names, and each test makes them for another login. */
    private static EmbeddedPostgres server;

    @BeforeEach
    void start() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void theInitScriptMakesWhatGongwenRolesWouldMake() throws Exception {
        runInitScript("gongwen_script", "script-password");
        try (Connection admin = admin()) {
            // nothing left for the Java side to create: the script made the same roles and databases
            List<String> created = GongwenRoles.ensure(admin, "gongwen_script", "script-password");
            assertThat(created).isEmpty();
            assertThat(GongwenRoles.excessPrivileges(admin, "gongwen_script")).isEmpty();
        }
        runInitScript("gongwen_script", "script-password"); // a second run changes nothing and does not fail
        assertLeastPrivilege("gongwen_script", "script-password");
    }

    @Test
    void gongwenRolesMakesALoginThatOwnsItsDatabasesAndNothingMore() throws Exception {
        try (Connection admin = admin()) {
            GongwenRoles.ensure(admin, "gongwen_java", "java-password");
            assertThat(GongwenRoles.ensure(admin, "gongwen_java", "java-password")).isEmpty();
        }
        assertLeastPrivilege("gongwen_java", "java-password");
    }

    @Test
    void anOlderLoginWithCreateRoleLosesIt() throws SQLException {
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE gongwen_old LOGIN CREATEROLE PASSWORD 'old'");
            GongwenRoles.ensure(admin, "gongwen_old", "old");
            assertThat(GongwenRoles.excessPrivileges(admin, "gongwen_old")).isEmpty();
        }
    }

    @Test
    void aSuperuserIsRefusedAsTheServicesLogin() throws SQLException {
        try (Connection admin = admin()) {
            assertThatThrownBy(() -> GongwenRoles.ensure(admin, "postgres", "ignored"))
                    .hasMessageContaining("superuser");
        }
    }

    private static void assertLeastPrivilege(String login, String password) throws SQLException {
        for (String database : GongwenRoles.DATABASES) {
            try (Connection connection = login(database, login, password); Statement sql = connection.createStatement()) {
                // owner: may migrate its own database
                sql.execute("CREATE TABLE IF NOT EXISTS probe (id int)");
                sql.execute("SET ROLE " + GongwenRoles.runtimeRole(database));
                sql.execute("RESET ROLE");
                assertThatThrownBy(() -> sql.execute("CREATE ROLE sneaky")).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> sql.execute("CREATE DATABASE sneaky")).hasMessageContaining("permission denied");
            }
        }
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE outsider LOGIN PASSWORD 'outsider'");
        }
        assertThatThrownBy(() -> login("gongwen_archive", "outsider", "outsider").close())
                .hasMessageContaining("permission denied");
    }

    private static void runInitScript(String login, String password) throws IOException, InterruptedException {
        ProcessBuilder psql = new ProcessBuilder("bash", INIT_SCRIPT.toString()).redirectErrorStream(true);
        psql.environment().putAll(java.util.Map.of("POSTGRES_USER", "postgres", "PGHOST", "localhost",
                "PGPORT", Integer.toString(server.getPort()), "PGPASSWORD", "postgres",
                "GONGWEN_PG_USER", login, "GONGWEN_PG_PASSWORD", password));
        Process process = psql.start();
        List<String> output = new ArrayList<>();
        try (var lines = process.inputReader()) {
            lines.lines().forEach(output::add);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("init-gongwen.sh said %s", output).isZero();
    }

    private static Connection admin() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    private static Connection login(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.getPort() + "/" + database, user,
                password);
    }
}
