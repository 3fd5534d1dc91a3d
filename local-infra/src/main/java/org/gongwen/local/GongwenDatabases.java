package org.gongwen.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the gongwen login role and one database per service, each only if it is missing, so it can run on
 * every start. Also a command for an external server:
 * <pre>
 *   java -cp 'local-infra/target/*:local-infra/target/lib/*' org.gongwen.local.GongwenDatabases ensure   # as GONGWEN_PG_ADMIN_USER
 *   java -cp ... org.gongwen.local.GongwenDatabases check                                              # as GONGWEN_PG_USER only
 * </pre>
 */
public final class GongwenDatabases {

    private GongwenDatabases() {
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "ensure" : args[0];
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getenv());
        try {
            switch (mode) {
                case "ensure" -> {
                    try (Connection admin = DriverManager.getConnection(settings.jdbcUrl("postgres"),
                            settings.adminUser(), settings.adminPassword())) {
                        report(ensure(admin, settings.user(), settings.password()));
                    }
                }
                case "check" -> check(settings);
                default -> throw new IllegalArgumentException("usage: GongwenDatabases ensure|check");
            }
        } catch (SQLException e) {
            System.err.println("PostgreSQL at " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Makes sure the role and the databases exist. Returns what it created (empty on a re-run). An existing
     * role keeps its password: on a shared server that is the DBA's, not ours, to change.
     */
    static List<String> ensure(Connection admin, String user, String password) throws SQLException {
        List<String> created = new ArrayList<>();
        admin.setAutoCommit(true); // CREATE DATABASE refuses to run inside a transaction
        if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
            // CREATEROLE: archive-service's migration creates the app role it runs as (record tables without
            // UPDATE/DELETE for the service itself); without it the archive falls back to revoking from the owner
            execute(admin, "CREATE ROLE " + identifier(user) + " LOGIN CREATEROLE PASSWORD " + literal(password));
            created.add("role " + user);
        }
        for (String database : DatabaseSettings.DATABASES) {
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                execute(admin, "CREATE DATABASE " + identifier(database) + " OWNER " + identifier(user)
                        + " ENCODING 'UTF8' TEMPLATE template0");
                created.add("database " + database);
            }
        }
        return created;
    }

    /** For an external server set up by someone else: can the services' login reach each database? */
    static void check(DatabaseSettings settings) throws SQLException {
        for (String database : DatabaseSettings.DATABASES) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(database), settings.user(),
                    settings.password()); Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            }
        }
        System.out.println("gongwen databases reachable as " + settings.user());
    }

    static void report(List<String> created) {
        System.out.println(created.isEmpty() ? "gongwen role and databases already exist" : "created " + created);
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** DDL takes no bind parameters, so names and the password are quoted the way PostgreSQL itself would. */
    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
