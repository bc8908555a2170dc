package dev.tiergate.application.port.in.deadletter;

import java.util.Objects;

/** Replays the dead letter {@code id} to the subject its message was first published on. */
public record ReplayDeadLetterCommand(DeadLetterId id) {

    public ReplayDeadLetterCommand {
        Objects.requireNonNull(id, "id");
    }
}
