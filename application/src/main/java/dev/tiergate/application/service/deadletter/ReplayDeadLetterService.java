package dev.tiergate.application.service.deadletter;

import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.application.port.in.deadletter.ReplayDeadLetterCommand;
import dev.tiergate.application.port.in.deadletter.ReplayDeadLetterUseCase;
import dev.tiergate.application.port.in.deadletter.ReplayOutcome;
import dev.tiergate.application.port.out.deadletter.DeadLettersPort;
import dev.tiergate.application.port.out.deadletter.StoredDeadLetter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Republishes a dead letter's body on its original subject under the de-duplication id
 * {@code replay-<id>}, then removes the letter; a replay interrupted between the two steps is
 * finished by the next one without a second publication. Only event subjects are replayed.
 */
public final class ReplayDeadLetterService implements ReplayDeadLetterUseCase {

    /** The subjects of the streams whose messages stay meaningful later (wire contract: EVENTS, ELIGIBILITY). */
    private static final List<String> REPLAYABLE_PREFIXES = List.of("events.", "eligibility.");
    private static final String INTERACTION_PREFIX = "commands.";

    private final DeadLettersPort deadLetters;

    public ReplayDeadLetterService(DeadLettersPort deadLetters) {
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    @Override
    public ReplayOutcome replayDeadLetter(ReplayDeadLetterCommand command) {
        DeadLetterId id = command.id();
        Optional<StoredDeadLetter> found = deadLetters.find(id.sequence());
        if (found.isEmpty()) {
            return new ReplayOutcome.NoSuchDeadLetter(id);
        }
        StoredDeadLetter letter = found.get();
        Optional<String> refusal = refusal(letter);
        if (refusal.isPresent()) {
            return new ReplayOutcome.Refused(id, refusal.get());
        }
        boolean publishedNow = deadLetters.republishOnce(letter.originalSubject(), letter.body(), "replay-" + id);
        deadLetters.remove(id.sequence());
        return new ReplayOutcome.Replayed(id, letter.originalSubject(), !publishedNow);
    }

    private static Optional<String> refusal(StoredDeadLetter letter) {
        String subject = letter.originalSubject();
        if (subject.startsWith(INTERACTION_PREFIX)) {
            return Optional.of("interactions cannot be replayed: the interaction token was redacted from the "
                    + "dead letter, and Discord stops taking replies 15 minutes after the interaction");
        }
        if (REPLAYABLE_PREFIXES.stream().noneMatch(subject::startsWith)) {
            return Optional.of("only events.* and eligibility.* messages can be replayed, not " + subject);
        }
        if (letter.bodySize() == 0) {
            return Optional.of("the dead letter holds no body: the original message could not be read");
        }
        return Optional.empty();
    }
}
