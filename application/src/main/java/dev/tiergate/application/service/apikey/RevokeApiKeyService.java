package dev.tiergate.application.service.apikey;

import dev.tiergate.application.port.in.apikey.ApiKeyRevocation;
import dev.tiergate.application.port.in.apikey.RevokeApiKeyCommand;
import dev.tiergate.application.port.in.apikey.RevokeApiKeyUseCase;
import dev.tiergate.application.port.out.apikey.ApiKeyStorePort;
import dev.tiergate.application.port.out.apikey.StoredApiKey;
import dev.tiergate.domain.apikey.ApiKey;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** Revokes at the current time; a key revoked before keeps its first revocation. */
public final class RevokeApiKeyService implements RevokeApiKeyUseCase {

    private final ApiKeyStorePort store;
    private final Clock clock;

    public RevokeApiKeyService(ApiKeyStorePort store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ApiKeyRevocation revokeApiKey(RevokeApiKeyCommand command) {
        Optional<ApiKey> before = store.findKey(command.id()).map(StoredApiKey::key);
        if (before.isEmpty()) {
            return new ApiKeyRevocation.NoSuchKey(command.id());
        }
        if (before.get().revoked().isPresent()) {
            return new ApiKeyRevocation.AlreadyRevoked(before.get());
        }
        return store.revokeKey(command.id(), clock.instant().truncatedTo(ChronoUnit.MICROS))
                .<ApiKeyRevocation>map(ApiKeyRevocation.Revoked::new)
                .orElseGet(() -> new ApiKeyRevocation.NoSuchKey(command.id()));
    }
}
