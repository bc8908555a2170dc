package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.domain.apikey.ApiKeyToken;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a request carries what looks like a credential in its URL, where proxies, logs and browser
 * histories keep it: a query parameter named like one ({@code key}, {@code api_key}, {@code token},
 * {@code access_token}, in any case) or any query or path value that starts like an API key.
 */
final class CredentialsInUrl {

    private static final Set<String> CREDENTIAL_NAMES = Set.of("key", "api_key", "token", "access_token");

    private CredentialsInUrl() {
    }

    /** {@code query}: each parameter's decoded values by name; {@code pathValues}: the decoded path segments or variables. */
    static boolean present(Map<String, List<String>> query, Collection<String> pathValues) {
        boolean namedLikeOne = query.keySet().stream()
                .anyMatch(name -> CREDENTIAL_NAMES.contains(name.toLowerCase(Locale.ROOT)));
        boolean valueLikeOne = query.values().stream().flatMap(List::stream).anyMatch(CredentialsInUrl::looksLikeKey)
                || pathValues.stream().anyMatch(CredentialsInUrl::looksLikeKey);
        return namedLikeOne || valueLikeOne;
    }

    private static boolean looksLikeKey(String value) {
        return value != null && value.regionMatches(true, 0, ApiKeyToken.PREFIX, 0, ApiKeyToken.PREFIX.length());
    }
}
