package dev.tiergate.application.port.in.interaction;

import java.util.Objects;

/**
 * What it takes to answer one Discord interaction. The token is a secret for 15 minutes:
 * this record never prints it.
 */
public record InteractionRef(String interactionId, String token, String applicationId) {

    public InteractionRef {
        Objects.requireNonNull(interactionId, "interactionId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(applicationId, "applicationId");
    }

    @Override
    public String toString() {
        return "InteractionRef[interactionId=" + interactionId + ", token=<redacted>]";
    }
}
