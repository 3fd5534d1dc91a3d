package org.gongwen.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The one role set gongwen runs with, wherever it runs: the local suite ({@code ./gongwen up}), every integration,
 * e2e and chaos test, docker-compose and Kubernetes ({@code deploy/postgres/init-gongwen.sh} is the same in psql).
 * <ul>
 *   <li>the services' login (default {@code gongwen}): owns the services' databases, applies the Flyway migrations and
 *       is the role drafting and review run as. Not a superuser and without CREATEROLE, CREATEDB, REPLICATION or
 *       BYPASSRLS: a superuser hides permission defects (a foreign-key check, say), and a login that can create
 *       roles can give itself more than its databases;</li>
 *   <li>one runtime role per service, {@code <database>_app} (NOLOGIN), that the service switches to on every
 *       pooled connection: rows of its tables only, no DDL (platform-messaging R__runtime_role_functions.sql);
 *       archive's gongwen_archive_app narrower still, SELECT/INSERT only on the record tables
 *       (archive-service V2). The login is made a member so that it may {@code SET ROLE} to them.</li>
 * </ul>
 * Nobody else may connect to the databases (CONNECT revoked from PUBLIC). Everything is created only if missing,
 * so {@link #ensure} runs on every start. It needs an administrator's connection (a superuser, or a role with
 * CREATEROLE and CREATEDB that may grant the app role).
 */
public final class GongwenRoles {

    /** One database per service. */
    public static final List<String> DATABASES = List.of("gongwen_drafting", "gongwen_review", "gongwen_archive",
            "gongwen_registry");

    /** The services' runtime roles, one per database: {@code <database>_app}. */
    public static final List<String> RUNTIME_ROLES = DATABASES.stream().map(GongwenRoles::runtimeRole).toList();

    /** What a services' login must not be allowed: checked by {@link #excessPrivileges}. */
    private static final String LOGIN_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

    private GongwenRoles() {
    }

    /**
     * Creates what is missing and returns what it created (empty on a re-run). An existing login keeps its password
     * (on a shared server that is the DBA's to change) but loses any attribute a services' login must not have.
     */
    public static List<String> ensure(Connection admin, String login, String password) throws SQLException {
        List<String> created = new ArrayList<>();
        boolean autoCommit = admin.getAutoCommit();
        admin.setAutoCommit(true); // CREATE DATABASE refuses to run inside a transaction
        try {
            if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", login)) {
                execute(admin, "CREATE ROLE " + identifier(login) + " " + LOGIN_ATTRIBUTES + " PASSWORD "
                        + literal(password));
                created.add("role " + login);
            } else if (!excessPrivileges(admin, login).isEmpty()) {
                // an older local suite gave the login CREATEROLE; a superuser login is refused outright
                execute(admin, "ALTER ROLE " + identifier(login) + " NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            }
            for (String runtime : RUNTIME_ROLES) {
                if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", runtime)) {
                    execute(admin, "CREATE ROLE " + identifier(runtime) + " NOLOGIN");
                    created.add("role " + runtime);
                }
                if (!exists(admin, "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                        + " JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = ? AND u.rolname = ?", runtime, login)) {
                    execute(admin, "GRANT " + identifier(runtime) + " TO " + identifier(login));
                    created.add("membership " + login + " in " + runtime);
                }
            }
            for (String database : DATABASES) {
                if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    execute(admin, "CREATE DATABASE " + identifier(database) + " OWNER " + identifier(login)
                            + " ENCODING 'UTF8' TEMPLATE template0");
                    execute(admin, "REVOKE CONNECT, TEMPORARY ON DATABASE " + identifier(database) + " FROM PUBLIC");
                    created.add("database " + database);
                }
            }
        } finally {
            admin.setAutoCommit(autoCommit);
        }
        return created;
    }

    /** The attributes of the login that least privilege forbids (empty when it is as it should be). */
    public static List<String> excessPrivileges(Connection connection, String login) throws SQLException {
        List<String> excess = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls
                  FROM pg_roles WHERE rolname = ?""")) {
            query.setString(1, login);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no role " + login);
                }
                String[] names = {"SUPERUSER", "CREATEDB", "CREATEROLE", "REPLICATION", "BYPASSRLS"};
                for (int i = 0; i < names.length; i++) {
                    if (row.getBoolean(i + 1)) {
                        excess.add(names[i]);
                    }
                }
            }
        }
        if (excess.contains("SUPERUSER")) {
            throw new SQLException("the services' login " + login + " is a superuser: give them a plain login");
        }
        return excess;
    }

    /** The role a service's pooled connections switch to. */
    public static String runtimeRole(String database) {
        return database + "_app";
    }

    private static boolean exists(Connection connection, String query, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
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
