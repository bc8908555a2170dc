package dev.tiergate.adapter.out.postgres;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL database that is fresh for this test JVM, as Micronaut properties. With
 * {@code TEST_DATABASE_URL} set, a new database on that server (dropped when the JVM exits);
 * otherwise a Testcontainers PostgreSQL 15 if Docker answers; otherwise the tests fail with a
 * message saying how to provide one. Tests are never skipped for want of a database.
 */
public final class TestDatabase {

    /** The variable naming a server the tests may create databases on, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}. */
    public static final String URL_VARIABLE = "TEST_DATABASE_URL";

    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    /** The datasource and Flyway properties of this JVM's database; the database is made on the first call. */
    public static synchronized Map<String, Object> micronautProperties() {
        if (properties == null) {
            properties = Map.copyOf(provision());
        }
        return properties;
    }

    private static Map<String, Object> provision() {
        String serverUrl = System.getenv(URL_VARIABLE);
        if (serverUrl != null && !serverUrl.isBlank()) {
            return onServer(serverUrl.strip());
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return inContainer();
        }
        throw new IllegalStateException("No PostgreSQL for the integration tests: set " + URL_VARIABLE
                + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres, a server where the user may"
                + " CREATE DATABASE) or start Docker so Testcontainers can run postgres:15.");
    }

    private static Map<String, Object> onServer(String serverUrl) {
        String database = "tiergate_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(serverUrl); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on the server named by " + URL_VARIABLE
                    + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, database), "drop-" + database));
        Map<String, String> query = queryParameters(serverUrl);
        return datasource(withDatabase(serverUrl, database), query.getOrDefault("user", ""),
                query.getOrDefault("password", ""));
    }

    private static Map<String, Object> inContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
        return datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Map<String, Object> datasource(String url, String user, String password) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", url);
        props.put("datasources.default.username", user);
        props.put("datasources.default.password", password);
        props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        props.put("datasources.default.dialect", "POSTGRES");
        props.put("datasources.default.maximum-pool-size", 8);
        props.put("flyway.datasources.default.enabled", true);
        return props;
    }

    private static void drop(String serverUrl, String database) {
        try (Connection admin = DriverManager.getConnection(serverUrl)) {
            try (PreparedStatement terminate = admin.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                terminate.setString(1, database);
                terminate.execute();
            }
            try (Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + database + ": " + e.getMessage());
        }
    }

    /** The same server URL naming another database: {@code jdbc:postgresql://host:port/<database>?params}. */
    static String withDatabase(String serverUrl, String database) {
        URI uri = URI.create(serverUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + database + query;
    }

    private static Map<String, String> queryParameters(String serverUrl) {
        Map<String, String> parameters = new HashMap<>();
        String query = URI.create(serverUrl.substring("jdbc:".length())).getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals).toLowerCase(Locale.ROOT), pair.substring(equals + 1));
                }
            }
        }
        return parameters;
    }
}
