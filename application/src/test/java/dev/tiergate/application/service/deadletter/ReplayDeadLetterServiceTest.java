package dev.tiergate.application.service.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.application.port.in.deadletter.ReplayDeadLetterCommand;
import dev.tiergate.application.port.in.deadletter.ReplayOutcome;
import org.junit.jupiter.api.Test;

/** A replay publishes an event's body once on its original subject and removes the letter; interactions are refused. */
class ReplayDeadLetterServiceTest {

    private static final DeadLetterId ID = new DeadLetterId(7);

    private final InMemoryDeadLetters store = new InMemoryDeadLetters();
    private final ReplayDeadLetterService service = new ReplayDeadLetterService(store);

    @Test
    void publishesTheBodyOnItsOriginalSubjectAndRemovesTheLetter() {
        store.add(7, "events.member.join", "{\"event_id\":\"e\"}");

        ReplayOutcome outcome = replay(ID);

        assertThat(outcome).isEqualTo(new ReplayOutcome.Replayed(ID, "events.member.join", false));
        assertThat(store.published).containsExactly(
                new InMemoryDeadLetters.Published("events.member.join", "{\"event_id\":\"e\"}", "replay-7"));
        assertThat(store.letters).isEmpty();
    }

    @Test
    void replayingTwicePublishesOnce() {
        store.add(7, "eligibility.scores", "{}");

        replay(ID);
        ReplayOutcome second = replay(ID);

        assertThat(second).isEqualTo(new ReplayOutcome.NoSuchDeadLetter(ID));
        assertThat(store.published).hasSize(1);
    }

    @Test
    void finishesAReplayThatPublishedButDidNotRemoveTheLetter() {
        store.add(7, "events.guild.join", "{}");
        store.deduplicationIds.add("replay-7");

        ReplayOutcome outcome = replay(ID);

        assertThat(outcome).isEqualTo(new ReplayOutcome.Replayed(ID, "events.guild.join", true));
        assertThat(store.published).isEmpty();
        assertThat(store.letters).isEmpty();
    }

    @Test
    void refusesAnInteractionAndKeepsTheLetter() {
        store.add(7, "commands.interaction", "{\"data\":{\"interaction_token\":\"<redacted>\"}}");

        ReplayOutcome outcome = replay(ID);

        assertThat(outcome).isInstanceOfSatisfying(ReplayOutcome.Refused.class, refused ->
                assertThat(refused.reason()).contains("interaction token was redacted", "15 minutes"));
        assertThat(store.published).isEmpty();
        assertThat(store.letters).containsKey(7L);
    }

    @Test
    void refusesASubjectNoTiergateStreamCarriesAndAnEmptyBody() {
        store.add(7, "$JS.API.STREAM.DELETE.EVENTS", "{}");
        store.add(8, "events.member.join", "");

        assertThat(replay(ID)).isInstanceOfSatisfying(ReplayOutcome.Refused.class, refused ->
                assertThat(refused.reason()).contains("only events.* and eligibility.*"));
        assertThat(replay(new DeadLetterId(8))).isInstanceOfSatisfying(ReplayOutcome.Refused.class, refused ->
                assertThat(refused.reason()).contains("no body"));
        assertThat(store.published).isEmpty();
        assertThat(store.letters).containsOnlyKeys(7L, 8L);
    }

    @Test
    void anUnknownIdIsNoSuchDeadLetter() {
        assertThat(replay(new DeadLetterId(99))).isEqualTo(new ReplayOutcome.NoSuchDeadLetter(new DeadLetterId(99)));
        assertThat(store.published).isEmpty();
    }

    private ReplayOutcome replay(DeadLetterId id) {
        return service.replayDeadLetter(new ReplayDeadLetterCommand(id));
    }
}
