package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;
import io.micronaut.http.HttpRequest;

/**
 * The API key a request to an admin route authenticated with, as {@link AdminApiFilter} left it on the
 * request; a route only runs once the filter authenticated the caller, so the key is always there.
 */
final class AdminCaller {

    static final String ATTRIBUTE = "tiergate.admin.caller";

    private AdminCaller() {
    }

    static ApiKey key(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, ApiKey.class)
                .orElseThrow(() -> new IllegalStateException("an admin route ran without an authenticated caller"));
    }

    static ApiKeyId keyId(HttpRequest<?> request) {
        return key(request).id();
    }
}
