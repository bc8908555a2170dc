package dev.tiergate.adapter.out.discord;

import java.util.Objects;

/**
 * One of Discord's REST routes: the HTTP method and the path template (ids and tokens as
 * {@code {placeholders}}), which is what log lines, errors and rate-limit bookkeeping name.
 */
record DiscordRoute(String method, String template) {

    DiscordRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
