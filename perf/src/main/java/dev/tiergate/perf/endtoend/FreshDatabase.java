package dev.tiergate.perf.endtoend;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An empty database of its own on the run's PostgreSQL server, for one service to migrate and fill;
 * dropped on close. The service reads its JDBC URL, user and password as separate settings.
 */
record FreshDatabase(String serverUrl, String name, String jdbcUrl, String user, String password)
        implements AutoCloseable {

    /** Creates {@code tiergate_perf_<random>} on the server of {@code serverUrl} (a JDBC URL with user in its query). */
    static FreshDatabase create(String serverUrl) throws SQLException {
        String name = "tiergate_perf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(serverUrl); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        URI server = URI.create(serverUrl.substring("jdbc:".length()));
        Map<String, String> query = new HashMap<>();
        if (server.getQuery() != null) {
            for (String pair : server.getQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        String jdbcUrl = "jdbc:postgresql://" + server.getHost() + ":" + (server.getPort() < 0 ? 5432 : server.getPort())
                + "/" + name;
        return new FreshDatabase(serverUrl, name, jdbcUrl, query.getOrDefault("user", "postgres"),
                query.getOrDefault("password", ""));
    }

    /** The variables the service reads for its database. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", jdbcUrl);
        env.put("DATABASE_USER", user);
        if (!password.isEmpty()) {
            env.put("DATABASE_PASSWORD", password);
        }
        return env;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
