package dev.tiergate.application.service.apikey;

import dev.tiergate.application.port.in.apikey.CreateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.CreateApiKeyUseCase;
import dev.tiergate.application.port.in.apikey.CreatedApiKey;
import dev.tiergate.application.port.out.apikey.ApiKeyHashPort;
import dev.tiergate.application.port.out.apikey.ApiKeyStorePort;
import dev.tiergate.application.port.out.apikey.StoredApiKey;
import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyToken;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** Generates the key from a SecureRandom, stores its hash only, and returns the whole key once. */
public final class CreateApiKeyService implements CreateApiKeyUseCase {

    private final ApiKeyStorePort store;
    private final ApiKeyHashPort hashes;
    private final SecureRandom random;
    private final Clock clock;

    public CreateApiKeyService(ApiKeyStorePort store, ApiKeyHashPort hashes, SecureRandom random, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.hashes = Objects.requireNonNull(hashes, "hashes");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CreatedApiKey createApiKey(CreateApiKeyCommand command) {
        // Microseconds, as the store keeps them: the key returned is exactly the key a list shows later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ApiKeyToken token = ApiKeyToken.generate(random);
        Optional<Instant> expires = command.expiresInDays().isPresent()
                ? Optional.of(now.plus(Duration.ofDays(command.expiresInDays().getAsInt())))
                : Optional.empty();
        ApiKey key = new ApiKey(token.id(), command.name(), command.scope(), now, expires, Optional.empty());
        store.saveKey(new StoredApiKey(key, hashes.hash(token)));
        return new CreatedApiKey(key, token.reveal());
    }
}
