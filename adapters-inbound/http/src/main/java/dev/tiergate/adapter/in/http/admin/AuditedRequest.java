package dev.tiergate.adapter.in.http.admin;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How a request to the admin API reads in the audit log: the action is the method and the route's
 * template ({@code DELETE /api/v1/api-keys/{id}}), so every call of a route shares one action; the
 * target is its path variables by name ({@code guildId=…,userId=…}), empty when it has none.
 */
record AuditedRequest(String action, String target) {

    static final String NO_ROUTE = "(no route)";
    static final String WITHHELD = "(withheld: a credential was in the URL)";

    /** {@code template} is null when no route matched the path. */
    static AuditedRequest of(String method, String template, Map<String, Object> pathVariables) {
        String target = new TreeMap<>(pathVariables).entrySet().stream()
                .map(variable -> variable.getKey() + "=" + variable.getValue())
                .collect(Collectors.joining(","));
        return new AuditedRequest(method + " " + (template == null ? NO_ROUTE : template), target);
    }

    /** The same action with its target withheld, for a request whose path may carry a secret. */
    AuditedRequest withoutTarget() {
        return new AuditedRequest(action, WITHHELD);
    }
}
