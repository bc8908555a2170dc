package dev.tiergate.adapter.in.http.discord;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A Discord interaction rewritten as the gateway's wire envelope: its id and token (a secret, never
 * printed), its kind, when Discord created it (its id's snowflake time: the 3-second clock starts
 * there), and the envelope with the id the broker de-duplicates by.
 */
record NormalizedInteraction(String interactionId, String token, InteractionKind kind, Instant createdAt,
        String eventId, byte[] envelope) {

    NormalizedInteraction {
        Objects.requireNonNull(interactionId, "interactionId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(eventId, "eventId");
        envelope = envelope.clone();
    }

    @Override
    public byte[] envelope() {
        return envelope.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalizedInteraction that && eventId.equals(that.eventId)
                && Arrays.equals(envelope, that.envelope);
    }

    @Override
    public int hashCode() {
        return eventId.hashCode();
    }

    @Override
    public String toString() {
        return "NormalizedInteraction[interactionId=" + interactionId + ", kind=" + kind + ", token=<redacted>]";
    }
}
