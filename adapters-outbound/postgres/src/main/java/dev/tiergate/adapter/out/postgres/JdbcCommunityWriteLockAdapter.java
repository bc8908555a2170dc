package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.community.CommunityId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Runs a community's write as one transaction holding that community's advisory lock: every
 * adapter called inside joins the transaction, an exception rolls all of it back, and a second
 * writer to the same community waits until the first commits.
 */
@Singleton
final class JdbcCommunityWriteLockAdapter implements CommunityWriteLockPort {

    private final TransactionOperations<Connection> transactions;
    private final CommunityAdvisoryLock lock;

    JdbcCommunityWriteLockAdapter(TransactionOperations<Connection> transactions, CommunityAdvisoryLock lock) {
        this.transactions = transactions;
        this.lock = lock;
    }

    @Override
    public <T> T inCommunityTransaction(CommunityId communityId, Supplier<T> work) {
        return transactions.executeWrite(status -> {
            lock.acquire(communityId);
            return work.get();
        });
    }
}
