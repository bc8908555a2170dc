package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.interaction.InteractionProgress;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import dev.tiergate.domain.shared.Snowflake;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interaction progress in {@code interaction_progress}, the fallback of the Redis store: qualified
 * {@code @Named("postgres")}, and {@code @Secondary} so that an unqualified {@link InteractionProgressPort}
 * is the Redis adapter. A claim is one INSERT … ON CONFLICT that wins when no row exists or the one
 * there expired (15 minutes after its claim); a record is one upsert whose update only ever moves
 * forward. Both commit at once in a transaction of their own, so a caller's rollback never takes back
 * what Discord may already have seen. Expired rows count as absent; the claim path deletes up to
 * {@link #PRUNE_LIMIT} of them at most once a minute, so no scheduled job is needed.
 */
@Singleton
@Named("postgres")
@Secondary
final class JdbcInteractionProgressAdapter implements InteractionProgressPort {

    /** How long an interaction's token lives, and so its row. */
    static final Duration LIFETIME = Duration.ofMinutes(15);
    static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    static final int PRUNE_LIMIT = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcInteractionProgressAdapter.class);
    private static final TransactionDefinition OWN_TRANSACTION =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);
    /** The steps in the order they are taken, as an SQL array: a step's position in it is its rank. */
    private static final String STEPS = Arrays.stream(InteractionProgress.values())
            .map(step -> "'" + step.name() + "'").collect(Collectors.joining(", ", "ARRAY[", "]"));
    private static final String CLAIM = """
            INSERT INTO interaction_progress AS p (interaction_id, progress, recorded_at, expires_at)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (interaction_id) DO UPDATE
            SET progress = EXCLUDED.progress, recorded_at = EXCLUDED.recorded_at, expires_at = EXCLUDED.expires_at
            WHERE p.expires_at <= EXCLUDED.recorded_at""";
    private static final String RECORD = """
            INSERT INTO interaction_progress AS p (interaction_id, progress, recorded_at, expires_at)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (interaction_id) DO UPDATE
            SET progress = EXCLUDED.progress, recorded_at = EXCLUDED.recorded_at,
                expires_at = CASE WHEN p.expires_at <= EXCLUDED.recorded_at THEN EXCLUDED.expires_at ELSE p.expires_at END
            WHERE p.expires_at <= EXCLUDED.recorded_at
               OR array_position(%1$s, p.progress) < array_position(%1$s, EXCLUDED.progress)""".formatted(STEPS);
    private static final String PROGRESS = """
            SELECT progress FROM interaction_progress WHERE interaction_id = ? AND expires_at > ?""";
    private static final String PRUNE = """
            DELETE FROM interaction_progress WHERE interaction_id IN (
                SELECT interaction_id FROM interaction_progress WHERE expires_at <= ?
                ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)""";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    /** Epoch milliseconds from which the next claim prunes. */
    private final AtomicLong nextPrune = new AtomicLong(Long.MIN_VALUE);

    JdbcInteractionProgressAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean claim(String interactionId) {
        long id = key(interactionId);
        Instant now = clock.instant();
        boolean claimed = write(CLAIM, id, InteractionProgress.RESPONDING, now) == 1;
        pruneIfDue(now);
        return claimed;
    }

    @Override
    public Optional<InteractionProgress> progressOf(String interactionId) {
        long id = key(interactionId);
        return transactions.executeRead(status -> jdbc.prepareStatement(PROGRESS, statement -> {
            statement.setLong(1, id);
            statement.setObject(2, Timestamps.parameter(clock.instant()));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(InteractionProgress.valueOf(row.getString(1))) : Optional.empty();
            }
        }));
    }

    @Override
    public void record(String interactionId, InteractionProgress progress) {
        write(RECORD, key(interactionId), progress, clock.instant());
    }

    /** The snowflake's 64 bits as PostgreSQL's signed bigint: one to one, so every snowflake has its own row. */
    static long key(String interactionId) {
        return Long.parseUnsignedLong(Snowflake.require(interactionId, "interaction_id"));
    }

    private int write(String sql, long id, InteractionProgress progress, Instant now) {
        return transactions.execute(OWN_TRANSACTION, status -> jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            statement.setString(2, progress.name());
            statement.setObject(3, Timestamps.parameter(now));
            statement.setObject(4, Timestamps.parameter(now.plus(LIFETIME)));
            return statement.executeUpdate();
        }));
    }

    /** At most once per {@link #PRUNE_EVERY} in this process; a failure only delays pruning to the next turn. */
    private void pruneIfDue(Instant now) {
        long due = nextPrune.get();
        if (now.toEpochMilli() < due || !nextPrune.compareAndSet(due, now.toEpochMilli() + PRUNE_EVERY.toMillis())) {
            return;
        }
        try {
            int pruned = transactions.execute(OWN_TRANSACTION, status -> jdbc.prepareStatement(PRUNE, statement -> {
                statement.setObject(1, Timestamps.parameter(now));
                statement.setInt(2, PRUNE_LIMIT);
                return statement.executeUpdate();
            }));
            LOG.debug("Pruned {} expired interaction progress rows", pruned);
        } catch (RuntimeException failed) {
            LOG.warn("Could not prune expired interaction progress rows; trying again in {} s: {}",
                    PRUNE_EVERY.toSeconds(), failed.toString());
        }
    }
}
