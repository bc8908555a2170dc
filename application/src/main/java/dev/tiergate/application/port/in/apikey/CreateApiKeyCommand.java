package dev.tiergate.application.port.in.apikey;

import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.Objects;
import java.util.OptionalInt;

/** A new key named {@code name} with {@code scope}, expiring after {@code expiresInDays} (never when empty). */
public record CreateApiKeyCommand(String name, ApiScope scope, OptionalInt expiresInDays) {

    public static final int MAX_DAYS = 3650;

    public CreateApiKeyCommand {
        ApiKey.requireName(name);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(expiresInDays, "expiresInDays");
        if (expiresInDays.isPresent() && (expiresInDays.getAsInt() < 1 || expiresInDays.getAsInt() > MAX_DAYS)) {
            throw new InvalidFieldException("expires_in_days", "must be a whole number from 1 to " + MAX_DAYS);
        }
    }
}
