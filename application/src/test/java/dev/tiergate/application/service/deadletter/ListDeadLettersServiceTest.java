package dev.tiergate.application.service.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.application.port.in.deadletter.DeadLetterPage;
import dev.tiergate.application.port.in.deadletter.DeadLetterView;
import dev.tiergate.application.port.in.deadletter.ListDeadLettersQuery;
import dev.tiergate.application.port.in.deadletter.OriginalPosition;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dead letters are listed oldest first, a bounded page at a time, with a cursor to the next page. */
class ListDeadLettersServiceTest {

    private final InMemoryDeadLetters store = new InMemoryDeadLetters();
    private final ListDeadLettersService service = new ListDeadLettersService(store);

    @Test
    void describesEachDeadLetterWithoutItsBody() {
        store.add(4, "events.member.join", "{\"event_id\":\"e\"}");

        DeadLetterPage page = service.listDeadLetters(new ListDeadLettersQuery(Optional.empty(), 20));

        assertThat(page.entries()).containsExactly(new DeadLetterView(new DeadLetterId(4), "events.member.join",
                Optional.of(new OriginalPosition("EVENTS", 40)), "failed all 8 deliveries: database down",
                InMemoryDeadLetters.STORED_AT, 16));
        assertThat(page.next()).isEmpty();
    }

    @Test
    void pagesByCursorUntilTheLastPage() {
        for (long sequence : new long[] {2, 3, 5, 8, 9}) {
            store.add(sequence, "events.member.join", "{}");
        }

        DeadLetterPage first = service.listDeadLetters(new ListDeadLettersQuery(Optional.empty(), 2));
        DeadLetterPage second = service.listDeadLetters(new ListDeadLettersQuery(first.next(), 2));
        DeadLetterPage last = service.listDeadLetters(new ListDeadLettersQuery(second.next(), 2));

        assertThat(first.entries()).extracting(view -> view.id().sequence()).containsExactly(2L, 3L);
        assertThat(first.next()).hasValue(new DeadLetterId(3));
        assertThat(second.entries()).extracting(view -> view.id().sequence()).containsExactly(5L, 8L);
        assertThat(last.entries()).extracting(view -> view.id().sequence()).containsExactly(9L);
        assertThat(last.next()).isEmpty();
    }

    @Test
    void aPageThatEndsExactlyAtTheLastLetterHasNoNext() {
        store.add(1, "events.member.join", "{}");
        store.add(2, "events.member.join", "{}");

        assertThat(service.listDeadLetters(new ListDeadLettersQuery(Optional.empty(), 2)).next()).isEmpty();
        assertThat(service.listDeadLetters(new ListDeadLettersQuery(Optional.of(new DeadLetterId(2)), 2)).entries())
                .isEmpty();
    }

    @Test
    void pagesHoldOneToAHundredLetters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ListDeadLettersQuery(Optional.empty(), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new ListDeadLettersQuery(Optional.empty(), 101));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadLetterId(0));
        assertThat(new ListDeadLettersQuery(Optional.empty(), 100).limit()).isEqualTo(100);
    }
}
