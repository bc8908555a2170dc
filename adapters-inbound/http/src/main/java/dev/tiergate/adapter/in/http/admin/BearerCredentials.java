package dev.tiergate.adapter.in.http.admin;

import java.util.List;
import java.util.Optional;

/**
 * The key of an {@code Authorization: Bearer <key>} header (the scheme in any case, RFC 9110): exactly
 * one such header, and a key without spaces. Anything else is no key at all.
 */
final class BearerCredentials {

    private static final String SCHEME = "Bearer";

    private BearerCredentials() {
    }

    static Optional<String> key(List<String> authorizationHeaders) {
        if (authorizationHeaders.size() != 1) {
            return Optional.empty();
        }
        String header = authorizationHeaders.getFirst();
        int space = header.indexOf(' ');
        if (space != SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String key = header.substring(space + 1);
        return key.isEmpty() || key.chars().anyMatch(Character::isWhitespace) ? Optional.empty() : Optional.of(key);
    }
}
