package org.gongwen.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.gongwen.database.GongwenRoles;

/**
 * A reachable PostgreSQL server as the tests use it: {@link #user()} is the services' own login, made by
 * {@link GongwenRoles} exactly as in production (no superuser, no CREATEROLE, owner of the service databases), so a
 * permission defect fails a test here before it fails a deployment. The administrator's account ({@code adminUser})
 * only creates roles and databases, and serves the few tests that must show what even a superuser cannot do.
 */
public record PostgresServer(String host, int port, String user, String password, String kind, String adminUser,
                             String adminPassword) {

    /** The services' login in every test JVM; the same name as the local suite's and the deployments'. */
    public static final String SERVICE_LOGIN = "gongwen";
    static final String SERVICE_PASSWORD = "gongwen-test";

    static PostgresServer withServiceLogin(String host, int port, String adminUser, String adminPassword, String kind) {
        return new PostgresServer(host, port, SERVICE_LOGIN, SERVICE_PASSWORD, kind, adminUser, adminPassword);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A connection as the server's administrator: for setting up, and for proving what nobody may do. */
    public Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }

    /**
     * Makes the role set and the service databases ({@link GongwenRoles#ensure}), then the named database if it is
     * another one, owned by the services' login; safe to call from several test classes.
     */
    public void createDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe database name " + database);
        }
        synchronized (PostgresServer.class) {
            try (Connection admin = adminConnection("postgres")) {
                GongwenRoles.ensure(admin, user, password);
                if (!exists(admin, database)) {
                    try (Statement create = admin.createStatement()) {
                        create.execute("CREATE DATABASE " + database + " OWNER " + user);
                        create.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + database + " FROM PUBLIC");
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database + " on " + this, e);
            }
        }
    }

    private static boolean exists(Connection admin, String database) throws SQLException {
        try (PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public String toString() {
        return kind + " PostgreSQL " + host + ":" + port + " (services log in as " + user + ")";
    }
}
