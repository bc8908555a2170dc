package dev.tiergate.application.port.in.apikey;

import dev.tiergate.domain.apikey.ApiKey;
import java.util.Objects;

/** Whether a presented key authenticates, and as which key. */
public sealed interface ApiKeyAuthentication {

    /** The key is genuine and usable now. */
    record Authenticated(ApiKey key) implements ApiKeyAuthentication {

        public Authenticated {
            Objects.requireNonNull(key, "key");
        }
    }

    /** Malformed, unknown, wrong, revoked or expired: deliberately not said which. */
    record Refused() implements ApiKeyAuthentication {
    }
}
