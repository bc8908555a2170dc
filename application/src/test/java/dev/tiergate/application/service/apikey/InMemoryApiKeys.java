package dev.tiergate.application.service.apikey;

import dev.tiergate.application.port.out.apikey.ApiKeyHash;
import dev.tiergate.application.port.out.apikey.ApiKeyHashPort;
import dev.tiergate.application.port.out.apikey.ApiKeyStorePort;
import dev.tiergate.application.port.out.apikey.StoredApiKey;
import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.apikey.ApiKeyToken;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keys in a map sorted by id, as the store orders them; and a stand-in hash (the key reversed, so it
 * is never the key itself) that records every key it was asked to hash.
 */
final class InMemoryApiKeys implements ApiKeyStorePort, ApiKeyHashPort {

    final TreeMap<String, StoredApiKey> keys = new TreeMap<>();
    final List<String> hashed = new ArrayList<>();

    @Override
    public void saveKey(StoredApiKey key) {
        if (keys.putIfAbsent(key.key().id().value(), key) != null) {
            throw new IllegalStateException("id taken");
        }
    }

    @Override
    public Optional<StoredApiKey> findKey(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id.value()));
    }

    @Override
    public List<ApiKey> listKeys(Optional<ApiKeyId> after, int limit) {
        return (after.isEmpty() ? keys : keys.tailMap(after.get().value(), false)).values().stream()
                .map(StoredApiKey::key).limit(limit).toList();
    }

    @Override
    public Optional<ApiKey> revokeKey(ApiKeyId id, Instant at) {
        return findKey(id).map(stored -> {
            StoredApiKey revoked = new StoredApiKey(stored.key().revokedAt(at), stored.hash());
            keys.put(id.value(), revoked);
            return revoked.key();
        });
    }

    @Override
    public ApiKeyHash hash(ApiKeyToken token) {
        hashed.add(token.reveal());
        return ApiKeyHash.of(new StringBuilder(token.reveal()).reverse().toString().getBytes(StandardCharsets.UTF_8));
    }
}
