package dev.tiergate.application.port.in.apikey;

import dev.tiergate.domain.apikey.ApiKeyId;
import java.util.Objects;

/** One request made with the key {@code key}. */
public record AdmitApiRequestCommand(ApiKeyId key) {

    public AdmitApiRequestCommand {
        Objects.requireNonNull(key, "key");
    }
}
