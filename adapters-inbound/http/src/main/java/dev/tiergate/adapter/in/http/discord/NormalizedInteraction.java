package dev.tiergate.adapter.in.http.discord;

import dev.tiergate.application.port.in.interaction.QueueInteractionCommand;
import java.time.Instant;
import java.util.Objects;

/**
 * A Discord interaction rewritten as the gateway's wire envelope: its id and token (a secret, never
 * printed), its kind, when Discord created it (its id's snowflake time: the 3-second clock starts
 * there), and the envelope to queue under the id the broker de-duplicates by.
 */
record NormalizedInteraction(String interactionId, String token, InteractionKind kind, Instant createdAt,
        QueueInteractionCommand queued) {

    NormalizedInteraction {
        Objects.requireNonNull(interactionId, "interactionId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(queued, "queued");
    }

    @Override
    public String toString() {
        return "NormalizedInteraction[interactionId=" + interactionId + ", kind=" + kind + ", token=<redacted>]";
    }
}
