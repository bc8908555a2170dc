package dev.tiergate.bootstrap;

import dev.tiergate.adapter.out.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** The running service's PostgreSQL, seeded and read directly where no command or event reaches. */
final class ServiceDatabase {

    private ServiceDatabase() {
    }

    static void execute(String sql, String... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a {@code SELECT count(*) …} answers. */
    static long count(String sql, String... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, String... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setString(i + 1, parameters[i]);
        }
        return statement;
    }

    /** A connection of the test's own to the service's database. */
    private static Connection connect() throws SQLException {
        Map<String, Object> database = TestDatabase.micronautProperties();
        return DriverManager.getConnection((String) database.get("datasources.default.url"),
                (String) database.get("datasources.default.username"),
                (String) database.get("datasources.default.password"));
    }
}
