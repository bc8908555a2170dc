package dev.tiergate.application.port.in.deadletter;

import java.util.List;
import java.util.Optional;

/** A page of dead letters, oldest first; {@code next} is the cursor for the following page, empty on the last. */
public record DeadLetterPage(List<DeadLetterView> entries, Optional<DeadLetterId> next) {

    public DeadLetterPage {
        entries = List.copyOf(entries);
    }
}
