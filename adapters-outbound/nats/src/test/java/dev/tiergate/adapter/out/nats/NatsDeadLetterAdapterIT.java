package dev.tiergate.adapter.out.nats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.application.port.in.deadletter.DeadLetterPage;
import dev.tiergate.application.port.in.deadletter.ListDeadLettersQuery;
import dev.tiergate.application.port.in.deadletter.OriginalPosition;
import dev.tiergate.application.port.in.deadletter.ReplayDeadLetterCommand;
import dev.tiergate.application.port.in.deadletter.ReplayOutcome;
import dev.tiergate.application.port.out.deadletter.StoredDeadLetter;
import dev.tiergate.application.port.out.deadletter.StreamPosition;
import dev.tiergate.application.service.deadletter.ListDeadLettersService;
import dev.tiergate.application.service.deadletter.ReplayDeadLetterService;
import io.nats.client.api.MessageInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dead letters on a private nats-server: read by sequence, paged, replayed once, and removed. */
class NatsDeadLetterAdapterIT {

    private static final String MEMBER_JOIN = "{\"event_id\":\"6f1c1d52-0000-4000-8000-000000000001\",\"event_type\":\"member.join\"}";

    @RegisterExtension
    final PrivateNats nats = new PrivateNats();

    private NatsDeadLetterAdapter adapter;

    @BeforeEach
    void createStreams() throws Exception {
        new NatsStreamAdmin(nats.connection()).ensureStreams();
        adapter = new NatsDeadLetterAdapter(nats.connection());
    }

    @Test
    void readsWhatTheDeadLetterPublisherWrote() throws Exception {
        Instant before = Instant.now();
        deadLetter("events.member.join", "EVENTS-42", "failed all 8 deliveries: database down", MEMBER_JOIN);

        StoredDeadLetter letter = adapter.find(1).orElseThrow();

        assertThat(letter.sequence()).isEqualTo(1);
        assertThat(letter.originalSubject()).isEqualTo("events.member.join");
        assertThat(letter.original()).hasValue(new StreamPosition("EVENTS", 42));
        assertThat(letter.reason()).isEqualTo("failed all 8 deliveries: database down");
        assertThat(letter.storedAt()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(new String(letter.body(), StandardCharsets.UTF_8)).isEqualTo(MEMBER_JOIN);
    }

    @Test
    void aLetterWithoutTiergatesHeadersStillReads() throws Exception {
        nats.connection().jetStream().publish("dlq.events.guild.join", new byte[0]);

        StoredDeadLetter letter = adapter.find(1).orElseThrow();

        assertThat(letter.originalSubject()).isEqualTo("events.guild.join");
        assertThat(letter.original()).isEmpty();
        assertThat(letter.reason()).isEqualTo("(no reason recorded)");
        assertThat(letter.bodySize()).isZero();
    }

    @Test
    void listsPagesInSequenceOrderSkippingRemovedLetters() throws Exception {
        for (int i = 1; i <= 5; i++) {
            deadLetter("events.member.join", "EVENTS-" + i, "poison " + i, MEMBER_JOIN);
        }
        assertThat(adapter.remove(2)).isTrue();
        assertThat(adapter.remove(2)).isFalse();
        ListDeadLettersService list = new ListDeadLettersService(adapter);

        DeadLetterPage first = list.listDeadLetters(new ListDeadLettersQuery(Optional.empty(), 2));
        DeadLetterPage second = list.listDeadLetters(new ListDeadLettersQuery(first.next(), 2));

        assertThat(first.entries()).extracting(entry -> entry.id().sequence()).containsExactly(1L, 3L);
        assertThat(first.entries().getLast().original()).hasValue(new OriginalPosition("EVENTS", 3));
        assertThat(first.entries().getLast().reason()).isEqualTo("poison 3");
        assertThat(first.entries().getLast().bodySize()).isEqualTo(MEMBER_JOIN.length());
        assertThat(first.next()).hasValue(new DeadLetterId(3));
        assertThat(second.entries()).extracting(entry -> entry.id().sequence()).containsExactly(4L, 5L);
        assertThat(second.next()).isEmpty();
        assertThat(adapter.listAfter(5, 10)).isEmpty();
    }

    @Test
    void replayingTwicePublishesOnceAndRemovesTheLetter() throws Exception {
        deadLetter("events.member.join", "EVENTS-42", "failed all 8 deliveries: database down", MEMBER_JOIN);
        ReplayDeadLetterService replay = new ReplayDeadLetterService(adapter);

        ReplayOutcome first = replay.replayDeadLetter(new ReplayDeadLetterCommand(new DeadLetterId(1)));
        ReplayOutcome second = replay.replayDeadLetter(new ReplayDeadLetterCommand(new DeadLetterId(1)));

        assertThat(first).isEqualTo(new ReplayOutcome.Replayed(new DeadLetterId(1), "events.member.join", false));
        assertThat(second).isEqualTo(new ReplayOutcome.NoSuchDeadLetter(new DeadLetterId(1)));
        assertThat(nats.jsm().getStreamInfo("EVENTS").getStreamState().getMsgCount()).isEqualTo(1);
        MessageInfo replayed = nats.jsm().getMessage("EVENTS", 1);
        assertThat(replayed.getSubject()).isEqualTo("events.member.join");
        assertThat(new String(replayed.getData(), StandardCharsets.UTF_8)).isEqualTo(MEMBER_JOIN);
        assertThat(nats.jsm().getStreamInfo("DEAD_LETTERS").getStreamState().getMsgCount()).isZero();
    }

    @Test
    void theDuplicateWindowDropsASecondPublicationUnderTheSameId() throws Exception {
        byte[] body = MEMBER_JOIN.getBytes(StandardCharsets.UTF_8);

        assertThat(adapter.republishOnce("events.member.join", body, "replay-9")).isTrue();
        assertThat(adapter.republishOnce("events.member.join", body, "replay-9")).isFalse();

        assertThat(nats.jsm().getStreamInfo("EVENTS").getStreamState().getMsgCount()).isEqualTo(1);
    }

    @Test
    void refusesAnInteractionAndKeepsIt() throws Exception {
        deadLetter("commands.interaction", "COMMANDS-7", "not JSON",
                "{\"data\":{\"interaction_token\":\"<redacted>\"}}");

        ReplayOutcome outcome = new ReplayDeadLetterService(adapter)
                .replayDeadLetter(new ReplayDeadLetterCommand(new DeadLetterId(1)));

        assertThat(outcome).isInstanceOf(ReplayOutcome.Refused.class);
        assertThat(nats.jsm().getStreamInfo("COMMANDS").getStreamState().getMsgCount()).isZero();
        assertThat(adapter.find(1)).isPresent();
    }

    @Test
    void anUnknownIdIsNeitherFoundNorRemoved() {
        assertThat(adapter.find(77)).isEmpty();
        assertThat(adapter.remove(77)).isFalse();
        assertThat(new ReplayDeadLetterService(adapter).replayDeadLetter(new ReplayDeadLetterCommand(new DeadLetterId(77))))
                .isEqualTo(new ReplayOutcome.NoSuchDeadLetter(new DeadLetterId(77)));
    }

    /** Stores a dead letter exactly as the inbound adapter's DeadLetterPublisher does. */
    private void deadLetter(String subject, String origin, String reason, String body) throws Exception {
        nats.connection().jetStream().publish(NatsMessage.builder().subject("dlq." + subject)
                .headers(new Headers().put(NatsDeadLetterAdapter.REASON_HEADER, reason)
                        .put(NatsDeadLetterAdapter.SUBJECT_HEADER, subject)
                        .put(NatsDeadLetterAdapter.SEQUENCE_HEADER, origin))
                .data(body.getBytes(StandardCharsets.UTF_8)).build());
    }
}
