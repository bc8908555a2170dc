package dev.tiergate.application.port.out.apikey;

import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys by id, each with its hash and never the key itself; a key is revoked, never deleted. */
public interface ApiKeyStorePort {

    /** Stores a new key; an id already taken fails (ids are random, so that never happens in practice). */
    void saveKey(StoredApiKey key);

    Optional<StoredApiKey> findKey(ApiKeyId id);

    /** Keys in id order after {@code after} (from the first when empty), at most {@code limit}. */
    List<ApiKey> listKeys(Optional<ApiKeyId> after, int limit);

    /** Marks the key revoked at {@code at} unless it already is; answers the key as stored afterwards. */
    Optional<ApiKey> revokeKey(ApiKeyId id, Instant at);
}
