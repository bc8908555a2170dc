package dev.tiergate.application.port.out.apikey;

import dev.tiergate.domain.apikey.ApiKey;
import java.util.Objects;

/** A key as stored: its model and the hash of the whole key. */
public record StoredApiKey(ApiKey key, ApiKeyHash hash) {

    public StoredApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(hash, "hash");
    }
}
