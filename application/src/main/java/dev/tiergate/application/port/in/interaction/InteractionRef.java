package dev.tiergate.application.port.in.interaction;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What it takes to answer one Discord interaction. The token is a secret for 15 minutes:
 * this record never prints it. {@code callbackBase} is present when the interaction came through an
 * HTTP interactions endpoint that waits for the initial response itself: the initial response goes
 * there instead of to Discord (edits always go to Discord).
 */
public record InteractionRef(String interactionId, String token, String applicationId, Optional<URI> callbackBase) {

    public InteractionRef {
        Objects.requireNonNull(interactionId, "interactionId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(callbackBase, "callbackBase");
    }

    /** An interaction whose initial response goes to Discord. */
    public InteractionRef(String interactionId, String token, String applicationId) {
        this(interactionId, token, applicationId, Optional.empty());
    }

    @Override
    public String toString() {
        return "InteractionRef[interactionId=" + interactionId + ", token=<redacted>]";
    }
}
