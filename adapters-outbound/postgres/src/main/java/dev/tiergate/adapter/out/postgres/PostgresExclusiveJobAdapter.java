package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.job.ExclusiveJobPort;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replica per job through a session-level advisory lock, held on a connection of its own for
 * the whole run (the job's own transactions use other connections). The lock uses the two-key form
 * {@code (TIERGATE_JOBS, crc32(job))}, a key space apart from the one-key community locks; if the
 * replica or its connection dies, PostgreSQL ends the session and so releases the lock.
 */
@Singleton
final class PostgresExclusiveJobAdapter implements ExclusiveJobPort {

    /** "tg" in ASCII: the first key of every Tiergate job lock. */
    static final int TIERGATE_JOBS = 0x7467;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresExclusiveJobAdapter.class);

    private final DataSource dataSource;

    PostgresExclusiveJobAdapter(DataSource dataSource, DataSourceResolver resolver) {
        // The raw pool, not the transaction-aware proxy: this connection must not join anyone's transaction.
        this.dataSource = resolver.resolve(dataSource);
    }

    @Override
    public boolean runAlone(String job, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!call(connection, "SELECT pg_try_advisory_lock(?, ?)", job)) {
                LOG.debug("Job {} is running on another replica; skipped here", job);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?, ?)", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the lock of job " + job + ": " + e.getSQLState(), e);
        }
    }

    static int key(String job) {
        CRC32 crc = new CRC32();
        crc.update(job.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static boolean call(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, TIERGATE_JOBS);
            statement.setInt(2, key(job));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
