package dev.tiergate.adapter.out.discord;

import java.util.Objects;

/**
 * One of Discord's REST routes called with the bot token: the HTTP method and the path template (ids
 * as {@code {placeholders}}), which is what log lines, errors and rate-limit bookkeeping name.
 */
record BotRoute(String method, String template) {

    BotRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
