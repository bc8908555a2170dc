package dev.tiergate.application.port.out.interaction;

import java.util.Objects;

/**
 * Where an answer goes: the interaction and its token (a secret for 15 minutes, never printed by
 * this record) and the application that owns the original message.
 */
public record ReplyTarget(String interactionId, String token, String applicationId) {

    public ReplyTarget {
        Objects.requireNonNull(interactionId, "interactionId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(applicationId, "applicationId");
    }

    @Override
    public String toString() {
        return "ReplyTarget[interactionId=" + interactionId + ", token=<redacted>]";
    }
}
