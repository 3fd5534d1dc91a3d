package org.gongwen.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.gongwen.database.GongwenRoles;

/**
 * Creates the gongwen roles and one database per service ({@link GongwenRoles}), each only if it is missing, so it can run on
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

    /** Makes sure the role set and the databases exist ({@link GongwenRoles}); returns what it created. */
    static List<String> ensure(Connection admin, String user, String password) throws SQLException {
        return GongwenRoles.ensure(admin, user, password);
    }

    /** For an external server set up by someone else: can the services' login reach each database? */
    static void check(DatabaseSettings settings) throws SQLException {
        for (String database : GongwenRoles.DATABASES) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(database), settings.user(),
                    settings.password()); Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            }
        }
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(GongwenRoles.DATABASES.get(0)),
                settings.user(), settings.password())) {
            List<String> excess = GongwenRoles.excessPrivileges(connection, settings.user());
            if (!excess.isEmpty()) {
                System.err.println("warning: " + settings.user() + " has " + excess + "; the services need none of it");
            }
        }
        System.out.println("gongwen databases reachable as " + settings.user());
    }

    static void report(List<String> created) {
        System.out.println(created.isEmpty() ? "gongwen role and databases already exist" : "created " + created);
    }
}
