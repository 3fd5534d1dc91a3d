package org.gongwen.local;

import java.util.Map;

/**
 * Where the suite's PostgreSQL is and who the services log in as, from the same environment variables the
 * services read (defaults = the local suite). The admin login is only used to create the role and databases.
 */
record DatabaseSettings(String host, int port, String user, String password, String adminUser, String adminPassword) {

    static DatabaseSettings fromEnvironment(Map<String, String> env) {
        return new DatabaseSettings(
                env.getOrDefault("GONGWEN_PG_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("GONGWEN_PG_PORT", "15432")),
                env.getOrDefault("GONGWEN_PG_USER", "gongwen"),
                env.getOrDefault("GONGWEN_PG_PASSWORD", "gongwen"),
                env.getOrDefault("GONGWEN_PG_ADMIN_USER", "postgres"),
                env.getOrDefault("GONGWEN_PG_ADMIN_PASSWORD", ""));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
