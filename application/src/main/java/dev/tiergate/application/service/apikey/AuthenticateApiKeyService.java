package dev.tiergate.application.service.apikey;

import dev.tiergate.application.port.in.apikey.ApiKeyAuthentication;
import dev.tiergate.application.port.in.apikey.AuthenticateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.tiergate.application.port.out.apikey.ApiKeyHashPort;
import dev.tiergate.application.port.out.apikey.ApiKeyStorePort;
import dev.tiergate.application.port.out.apikey.StoredApiKey;
import dev.tiergate.domain.apikey.ApiKeyToken;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the stored key by the presented key's id (not secret, so finding it or not leaks nothing),
 * then compares the hash of the whole presented key with the stored one in constant time.
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    private static final ApiKeyAuthentication REFUSED = new ApiKeyAuthentication.Refused();

    private final ApiKeyStorePort store;
    private final ApiKeyHashPort hashes;
    private final Clock clock;

    public AuthenticateApiKeyService(ApiKeyStorePort store, ApiKeyHashPort hashes, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.hashes = Objects.requireNonNull(hashes, "hashes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ApiKeyAuthentication authenticateApiKey(AuthenticateApiKeyCommand command) {
        Optional<ApiKeyToken> presented = ApiKeyToken.parse(command.presentedKey());
        if (presented.isEmpty()) {
            return REFUSED;
        }
        Optional<StoredApiKey> stored = store.findKey(presented.get().id());
        if (stored.isEmpty() || !stored.get().hash().matches(hashes.hash(presented.get()))) {
            return REFUSED;
        }
        return stored.get().key().usableAt(clock.instant())
                ? new ApiKeyAuthentication.Authenticated(stored.get().key())
                : REFUSED;
    }
}
