package dev.tiergate.application.port.in.apikey;

import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;

/** What revoking a key did. */
public sealed interface ApiKeyRevocation {

    /** The key was usable or expired and is revoked now. */
    record Revoked(ApiKey key) implements ApiKeyRevocation {
    }

    /** The key had been revoked before; it keeps that revocation. */
    record AlreadyRevoked(ApiKey key) implements ApiKeyRevocation {
    }

    /** No key has this id. */
    record NoSuchKey(ApiKeyId id) implements ApiKeyRevocation {
    }
}
