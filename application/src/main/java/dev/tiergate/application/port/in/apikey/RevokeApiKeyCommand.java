package dev.tiergate.application.port.in.apikey;

import dev.tiergate.domain.apikey.ApiKeyId;
import java.util.Objects;

/** Revoke the key {@code id}. */
public record RevokeApiKeyCommand(ApiKeyId id) {

    public RevokeApiKeyCommand {
        Objects.requireNonNull(id, "id");
    }
}
