package dev.tiergate.application.service.apikey;

import dev.tiergate.application.port.in.apikey.ApiKeyPage;
import dev.tiergate.application.port.in.apikey.ListApiKeysQuery;
import dev.tiergate.application.port.in.apikey.ListApiKeysUseCase;
import dev.tiergate.application.port.out.apikey.ApiKeyStorePort;
import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads one key more than the page holds, so the page knows whether another follows. */
public final class ListApiKeysService implements ListApiKeysUseCase {

    private final ApiKeyStorePort store;

    public ListApiKeysService(ApiKeyStorePort store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public ApiKeyPage listApiKeys(ListApiKeysQuery query) {
        int limit = query.limit().value();
        List<ApiKey> keys = store.listKeys(query.after(), limit + 1);
        List<ApiKey> page = keys.stream().limit(limit).toList();
        Optional<ApiKeyId> next = keys.size() > limit ? Optional.of(page.getLast().id()) : Optional.empty();
        return new ApiKeyPage(page, next);
    }
}
