package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.health.DependencyHealth;
import dev.tiergate.application.port.out.health.DependencyHealthPort;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** PostgreSQL is up when a pooled connection answers a validity check within a second. */
@Singleton
final class JdbcHealthAdapter implements DependencyHealthPort {

    private static final int CHECK_SECONDS = 1;

    private final DataSource dataSource;

    JdbcHealthAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public DependencyHealth checkHealth() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(CHECK_SECONDS)
                    ? new DependencyHealth("postgres", DependencyHealth.State.UP, "connected")
                    : new DependencyHealth("postgres", DependencyHealth.State.DOWN, "connection not valid");
        } catch (SQLException unreachable) {
            return new DependencyHealth("postgres", DependencyHealth.State.DOWN, "unreachable");
        }
    }
}
