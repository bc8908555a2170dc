package dev.tiergate.application.port.in.interaction;

import java.util.Arrays;
import java.util.Objects;

/**
 * One interaction to queue: its wire envelope (opaque here, as the inbound adapter wrote it; it holds
 * the interaction token, so it is never printed) and the message id the broker de-duplicates by.
 */
public record QueueInteractionCommand(String messageId, byte[] envelope) {

    public QueueInteractionCommand {
        Objects.requireNonNull(messageId, "messageId");
        envelope = envelope.clone();
        if (messageId.isBlank() || envelope.length == 0) {
            throw new IllegalArgumentException("an interaction is queued with a message id and an envelope");
        }
    }

    @Override
    public byte[] envelope() {
        return envelope.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueueInteractionCommand that && messageId.equals(that.messageId)
                && Arrays.equals(envelope, that.envelope);
    }

    @Override
    public int hashCode() {
        return messageId.hashCode();
    }

    @Override
    public String toString() {
        return "QueueInteractionCommand[messageId=" + messageId + ", envelope=<" + envelope.length + " bytes>]";
    }
}
