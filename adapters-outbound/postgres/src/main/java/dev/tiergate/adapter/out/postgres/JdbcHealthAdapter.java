package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.health.DependencyHealth;
import dev.tiergate.application.port.out.health.DependencyHealthPort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/** PostgreSQL is up when a pooled connection answers a validity check within a second. */
@Singleton
final class JdbcHealthAdapter implements DependencyHealthPort {

    private static final int CHECK_SECONDS = 1;

    private final TransactionOperations<Connection> transactions;

    JdbcHealthAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public DependencyHealth checkHealth() {
        try {
            boolean valid = transactions.executeRead(status -> isValid(status.getConnection()));
            return valid
                    ? new DependencyHealth("postgres", DependencyHealth.State.UP, "connected")
                    : new DependencyHealth("postgres", DependencyHealth.State.DOWN, "connection not valid");
        } catch (RuntimeException unreachable) {
            return new DependencyHealth("postgres", DependencyHealth.State.DOWN, "unreachable");
        }
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(CHECK_SECONDS);
        } catch (SQLException broken) {
            return false;
        }
    }
}
