package dev.tiergate.domain.apikey;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin API key without its secret: a name for people, a scope, when it was created and, if so,
 * when it expires and when it was revoked. A key is usable while it is neither revoked nor expired;
 * several keys may be usable at once, so a key is rotated by creating the next before revoking it.
 */
public record ApiKey(ApiKeyId id, String name, ApiScope scope, Instant created, Optional<Instant> expires,
        Optional<Instant> revoked) {

    public static final int NAME_MAX = 64;

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(revoked, "revoked");
        requireName(name);
        if (expires.isPresent() && !expires.get().isAfter(created)) {
            throw new InvalidFieldException("expires", "must be after the key's creation");
        }
        if (revoked.isPresent() && revoked.get().isBefore(created)) {
            throw new InvalidFieldException("revoked", "cannot precede the key's creation");
        }
    }

    /** Whether the key authenticates a request at {@code now}: not revoked and not yet expired. */
    public boolean usableAt(Instant now) {
        return revoked.isEmpty() && expires.map(now::isBefore).orElse(true);
    }

    /** This key revoked at {@code at}; a key revoked already keeps its first revocation. */
    public ApiKey revokedAt(Instant at) {
        return revoked.isPresent() ? this : new ApiKey(id, name, scope, created, expires, Optional.of(at));
    }

    /** Checks a name: 1 to {@value #NAME_MAX} characters, not blank, no control characters. */
    public static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("name", "must be 1 to " + NAME_MAX + " characters without control characters");
        }
        return name;
    }
}
