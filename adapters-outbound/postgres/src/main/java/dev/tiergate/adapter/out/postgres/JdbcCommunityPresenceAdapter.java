package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.community.CommunityPresencePort;
import dev.tiergate.domain.community.CommunityId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/**
 * The bot's presence in a guild on communities: active, name, and presence_changed_at, the gateway time
 * of the last guild.join or guild.leave applied. Each is one conditional update, so only a newer event
 * applies.
 */
@Singleton
final class JdbcCommunityPresenceAdapter implements CommunityPresencePort {

    private static final String JOIN = """
            UPDATE communities SET active = true, name = COALESCE(?, name), presence_changed_at = ?
            WHERE id = ? AND (presence_changed_at IS NULL OR presence_changed_at < ?)""";

    private static final String LEAVE = """
            UPDATE communities SET active = false, presence_changed_at = ?
            WHERE id = ? AND (presence_changed_at IS NULL OR presence_changed_at < ?)""";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcCommunityPresenceAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public boolean recordJoin(CommunityId communityId, Optional<String> name, Instant at) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(JOIN, statement -> {
            statement.setString(1, name.orElse(null));
            statement.setObject(2, Timestamps.parameter(at));
            statement.setString(3, communityId.value());
            statement.setObject(4, Timestamps.parameter(at));
            return statement.executeUpdate() == 1;
        }));
    }

    @Override
    public boolean recordLeave(CommunityId communityId, Instant at) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(LEAVE, statement -> {
            statement.setObject(1, Timestamps.parameter(at));
            statement.setString(2, communityId.value());
            statement.setObject(3, Timestamps.parameter(at));
            return statement.executeUpdate() == 1;
        }));
    }
}
