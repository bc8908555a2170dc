package dev.tiergate.application.service.deadletter;

import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.application.port.in.deadletter.DeadLetterPage;
import dev.tiergate.application.port.in.deadletter.DeadLetterView;
import dev.tiergate.application.port.in.deadletter.ListDeadLettersQuery;
import dev.tiergate.application.port.in.deadletter.ListDeadLettersUseCase;
import dev.tiergate.application.port.in.deadletter.OriginalPosition;
import dev.tiergate.application.port.out.deadletter.DeadLettersPort;
import dev.tiergate.application.port.out.deadletter.StoredDeadLetter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads one entry more than the page holds, so the page knows whether another follows. */
public final class ListDeadLettersService implements ListDeadLettersUseCase {

    private final DeadLettersPort deadLetters;

    public ListDeadLettersService(DeadLettersPort deadLetters) {
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    @Override
    public DeadLetterPage listDeadLetters(ListDeadLettersQuery query) {
        long after = query.after().map(DeadLetterId::sequence).orElse(0L);
        List<StoredDeadLetter> stored = deadLetters.listAfter(after, query.limit() + 1);
        List<DeadLetterView> page = stored.stream().limit(query.limit()).map(ListDeadLettersService::view).toList();
        Optional<DeadLetterId> next = stored.size() > query.limit()
                ? Optional.of(page.getLast().id())
                : Optional.empty();
        return new DeadLetterPage(page, next);
    }

    private static DeadLetterView view(StoredDeadLetter letter) {
        return new DeadLetterView(new DeadLetterId(letter.sequence()), letter.originalSubject(),
                letter.original().map(position -> new OriginalPosition(position.stream(), position.sequence())),
                letter.reason(), letter.storedAt(), letter.bodySize());
    }
}
