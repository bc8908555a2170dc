package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.apikey.ApiKeyHash;
import dev.tiergate.application.port.out.apikey.ApiKeyStorePort;
import dev.tiergate.application.port.out.apikey.StoredApiKey;
import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.apikey.ApiScope;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * API keys in {@code api_keys}: one row per key with the hash of the whole key, never the key. A
 * revocation is one UPDATE that keeps an earlier revocation ({@code coalesce}) and answers the row.
 */
@Singleton
final class JdbcApiKeyStoreAdapter implements ApiKeyStorePort {

    private static final String COLUMNS = "id, name, scope, key_hash, created_at, expires_at, revoked_at";
    private static final String SAVE = "INSERT INTO api_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM api_keys WHERE id = ?";
    private static final String LIST_FIRST = "SELECT " + COLUMNS + " FROM api_keys ORDER BY id LIMIT ?";
    private static final String LIST_AFTER = "SELECT " + COLUMNS + " FROM api_keys WHERE id > ? ORDER BY id LIMIT ?";
    private static final String REVOKE = "UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?"
            + " RETURNING " + COLUMNS;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ReadStatements reads;

    JdbcApiKeyStoreAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions, ReadStatements reads) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.reads = reads;
    }

    @Override
    public void saveKey(StoredApiKey stored) {
        ApiKey key = stored.key();
        transactions.executeWrite(status -> jdbc.prepareStatement(SAVE, statement -> {
            statement.setString(1, key.id().value());
            statement.setString(2, key.name());
            statement.setString(3, key.scope().label());
            statement.setBytes(4, stored.hash().bytes());
            statement.setObject(5, Timestamps.parameter(key.created()));
            statement.setObject(6, key.expires().map(Timestamps::parameter).orElse(null));
            statement.setObject(7, key.revoked().map(Timestamps::parameter).orElse(null));
            return statement.executeUpdate();
        }));
    }

    @Override
    public Optional<StoredApiKey> findKey(ApiKeyId id) {
        return reads.list(FIND, List.of(id.value()), JdbcApiKeyStoreAdapter::stored).stream().findFirst();
    }

    @Override
    public List<ApiKey> listKeys(Optional<ApiKeyId> after, int limit) {
        return after.isPresent()
                ? reads.list(LIST_AFTER, List.of(after.get().value(), limit), row -> stored(row).key())
                : reads.list(LIST_FIRST, List.of(limit), row -> stored(row).key());
    }

    @Override
    public Optional<ApiKey> revokeKey(ApiKeyId id, Instant at) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(REVOKE, statement -> {
            statement.setObject(1, Timestamps.parameter(at));
            statement.setString(2, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(stored(row).key()) : Optional.empty();
            }
        }));
    }

    private static StoredApiKey stored(ResultSet row) throws SQLException {
        ApiKey key = new ApiKey(new ApiKeyId(row.getString("id")), row.getString("name"),
                ApiScope.fromLabel(row.getString("scope")), instant(row, "created_at").orElseThrow(),
                instant(row, "expires_at"), instant(row, "revoked_at"));
        return new StoredApiKey(key, ApiKeyHash.of(row.getBytes("key_hash")));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
