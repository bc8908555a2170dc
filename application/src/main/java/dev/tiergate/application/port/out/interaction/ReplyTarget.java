package dev.tiergate.application.port.out.interaction;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an answer goes: the interaction and its token (a secret for 15 minutes, never printed by
 * this record), the application that owns the original message, and, when the interaction arrived
 * through an HTTP interactions endpoint, the base URL that takes its initial response instead of
 * Discord (edits of the original always go to Discord).
 */
public record ReplyTarget(String interactionId, String token, String applicationId, Optional<URI> callbackBase) {

    public ReplyTarget {
        Objects.requireNonNull(interactionId, "interactionId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(callbackBase, "callbackBase");
    }

    /** A target whose initial response goes to Discord. */
    public ReplyTarget(String interactionId, String token, String applicationId) {
        this(interactionId, token, applicationId, Optional.empty());
    }

    @Override
    public String toString() {
        return "ReplyTarget[interactionId=" + interactionId + ", token=<redacted>]";
    }
}
