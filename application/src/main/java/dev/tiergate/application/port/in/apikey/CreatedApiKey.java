package dev.tiergate.application.port.in.apikey;

import dev.tiergate.domain.apikey.ApiKey;
import java.util.Objects;

/**
 * A key just created: its stored form and {@code secret}, the whole key ({@code tg_<id>_<secret>}) to
 * hand to its holder now, as it is never available again. It never prints the secret.
 */
public record CreatedApiKey(ApiKey key, String secret) {

    public CreatedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "CreatedApiKey[key=" + key + "]";
    }
}
