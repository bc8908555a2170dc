package dev.tiergate.application.port.in.apikey;

import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;
import java.util.List;
import java.util.Optional;

/** A page of keys in id order; {@code next} is the cursor of the following page, empty on the last. */
public record ApiKeyPage(List<ApiKey> keys, Optional<ApiKeyId> next) {

    public ApiKeyPage {
        keys = List.copyOf(keys);
    }
}
