package org.gongwen.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.gongwen.database.GongwenRoles;

/**
 * What a service's own pooled connection may do, as production runs it (issue 14): it is the service's runtime role
 * ({@link GongwenRoles#runtimeRole}), not the owner, and every statement below is refused.
 */
public final class RuntimeRole {

    /** Statements a runtime role must be refused, each with why it matters. */
    private static final Map<String, String> REFUSED = Map.of(
            "CREATE TABLE intruder (id int)", "DDL: a new table",
            "ALTER TABLE outbox ADD COLUMN intruder int", "DDL: changing a table",
            "TRUNCATE outbox", "emptying a table in one statement",
            "DELETE FROM flyway_schema_history", "rewriting the migration history",
            "CREATE ROLE intruder", "creating roles");

    private RuntimeRole() {
    }

    /** Empty when the pool runs as the runtime role of {@code database} and is refused everything it should be. */
    public static List<String> excesses(DataSource pool, String database) throws SQLException {
        List<String> excesses = new ArrayList<>();
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            try (ResultSet who = sql.executeQuery("SELECT current_user, session_user")) {
                who.next();
                if (!GongwenRoles.runtimeRole(database).equals(who.getString(1))) {
                    excesses.add("runs as " + who.getString(1) + ", not " + GongwenRoles.runtimeRole(database));
                }
                if (!PostgresServer.SERVICE_LOGIN.equals(who.getString(2))) {
                    excesses.add("logged in as " + who.getString(2) + ", not " + PostgresServer.SERVICE_LOGIN);
                }
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (Map.Entry<String, String> refused : REFUSED.entrySet()) {
                    try (Statement attempt = connection.createStatement()) {
                        attempt.execute("SAVEPOINT probe");
                        attempt.execute(refused.getKey());
                        excesses.add("allowed: " + refused.getKey() + " (" + refused.getValue() + ")");
                    } catch (SQLException expected) {
                        if (!expected.getMessage().contains("permission denied")
                                && !expected.getMessage().contains("must be owner")) {
                            excesses.add("refused for another reason: " + refused.getKey() + ": " + expected.getMessage());
                        }
                    } finally {
                        try (Statement undo = connection.createStatement()) {
                            undo.execute("ROLLBACK TO SAVEPOINT probe");
                        }
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
        return excesses;
    }
}
