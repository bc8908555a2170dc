package dev.tiergate.adapter.out.postgres;

import dev.tiergate.domain.community.CommunityId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * Serialises the writes to one community: a transaction-scoped advisory lock whose key is the
 * guild snowflake read as an unsigned 64-bit number, so two communities never share a key. The
 * lock is re-entrant within a transaction and released at commit or rollback.
 */
@Singleton
final class CommunityAdvisoryLock {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    CommunityAdvisoryLock(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Blocks until this transaction holds the community's lock. */
    void acquire(CommunityId communityId) {
        if (transactions.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException("a community lock is held by a transaction: begin one first");
        }
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?)", statement -> {
            statement.setLong(1, key(communityId));
            statement.execute();
            return null;
        });
    }

    static long key(CommunityId communityId) {
        return Long.parseUnsignedLong(communityId.value());
    }
}
