package dev.tiergate.application.port.in.apikey;

import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.Objects;
import java.util.Optional;

/** One page of keys in id order: those after {@code after} (from the first when empty), at most {@code limit}. */
public record ListApiKeysQuery(Optional<ApiKeyId> after, PageLimit limit) {

    public ListApiKeysQuery {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(limit, "limit");
    }
}
