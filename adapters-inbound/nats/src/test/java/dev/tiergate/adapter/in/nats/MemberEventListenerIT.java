package dev.tiergate.adapter.in.nats;

import static dev.tiergate.adapter.in.nats.JetStreamFixture.await;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.awaitTrue;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.freshEventId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.community.CommunityJoinResult;
import dev.tiergate.application.port.in.community.CommunityLeaveResult;
import dev.tiergate.application.port.in.community.JoinCommunityCommand;
import dev.tiergate.application.port.in.community.LeaveCommunityCommand;
import dev.tiergate.application.port.in.member.JoinMemberCommand;
import dev.tiergate.application.port.in.member.LeaveMemberCommand;
import dev.tiergate.application.port.in.member.MemberJoinResult;
import dev.tiergate.application.port.in.member.MemberLeaveResult;
import dev.tiergate.application.port.in.member.MemberRolesResult;
import dev.tiergate.application.port.in.member.RecordMemberRolesCommand;
import dev.tiergate.domain.profile.Nym;
import io.nats.client.api.ConsumerConfiguration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle listeners against a private nats-server, with in-memory use cases that record their commands. */
class MemberEventListenerIT {

    private static final ListenerSettings SETTINGS = ListenerSettings.defaults("111111111111111111");

    private JetStreamFixture nats;
    private MemberEventListener guilds;
    private MemberEventListener members;
    private final List<Record> applied = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private final MemberEventUseCases useCases = new MemberEventUseCases(
            (JoinCommunityCommand command) -> {
                applied.add(command);
                return new CommunityJoinResult.Created();
            },
            (LeaveCommunityCommand command) -> {
                applied.add(command);
                return new CommunityLeaveResult.Deactivated();
            },
            (JoinMemberCommand command) -> {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("database unavailable");
                }
                applied.add(command);
                return new MemberJoinResult.Joined(new Nym(command.username()));
            },
            (LeaveMemberCommand command) -> {
                applied.add(command);
                return new MemberLeaveResult.Left(0, 0);
            },
            (RecordMemberRolesCommand command) -> {
                applied.add(command);
                return new MemberRolesResult.Recorded();
            });

    @BeforeEach
    void start() throws Exception {
        nats = new JetStreamFixture();
        guilds = MemberEventListener.forGuildEvents(nats.connection, useCases, SETTINGS);
        members = MemberEventListener.forMemberEvents(nats.connection, useCases, SETTINGS);
        guilds.start();
        members.start();
    }

    @AfterEach
    void stop() throws Exception {
        members.close();
        nats.closeAfter(guilds, "no secret here");
    }

    @Test
    void everyLifecycleEventReachesItsUseCaseAndIsAcked() throws Exception {
        publish("events.guild.join", "guild.join", "{\"id\": \"123456789012345678\", \"name\": \"Sietch\"}");
        publish("events.guild.leave", "guild.leave", "{\"unavailable\": false}");
        publish("events.member.join", "member.join", "{\"username\": \"stilgar\", \"discriminator\": 0}");
        publish("events.member.update", "member.update", "{\"roles\": [\"111111111111111111\"], \"nick\": null}");
        publish("events.member.leave", "member.leave", "null");

        awaitTrue("five commands", () -> applied.size() == 5);
        assertThat(applied).extracting(command -> command.getClass().getSimpleName()).containsExactlyInAnyOrder(
                "JoinCommunityCommand", "LeaveCommunityCommand", "JoinMemberCommand", "RecordMemberRolesCommand",
                "LeaveMemberCommand");
        awaitSettled();
        assertThat(nats.deadLetters()).isEmpty();
    }

    @Test
    void aFailingUseCaseIsRetriedAndAMalformedEventIsDeadLettered() throws Exception {
        failuresLeft.set(1);

        publish("events.member.join", "member.join", "{\"username\": \"chani\"}");
        publish("events.member.update", "member.update", "{\"roles\": [\"@everyone\"]}");

        awaitTrue("the retried join is applied", () -> applied.size() == 1);
        await("one dead letter", () -> nats.deadLetters().size() == 1);
        assertThat(nats.deadLetters().getFirst().getHeaders().getFirst("Tiergate-Dead-Letter-Reason"))
                .isEqualTo("roles holds a value that is not a snowflake");
        awaitSettled();
    }

    @Test
    void anEventTypeTheLifecycleDoesNotActOnIsAckedWithoutAnyUseCase() throws Exception {
        publish("events.guild.update", "guild.update", "{\"name\": \"Renamed\"}");
        publish("events.guild.join", "guild.join", "{\"name\": \"Sietch\"}");

        awaitTrue("the join", () -> applied.size() == 1);
        await("both acked", () -> nats.consumer("EVENTS", "tiergate-guild-events").getNumPending() == 0
                && nats.consumer("EVENTS", "tiergate-guild-events").getNumAckPending() == 0);
        assertThat(applied).singleElement().isInstanceOf(JoinCommunityCommand.class);
        assertThat(nats.deadLetters()).isEmpty();
    }

    @Test
    void eachListenerHasItsDurableFilterAndEightDeliveries() throws Exception {
        ConsumerConfiguration guildConfig = nats.consumer("EVENTS", "tiergate-guild-events").getConsumerConfiguration();
        ConsumerConfiguration memberConfig = nats.consumer("EVENTS", "tiergate-member-events")
                .getConsumerConfiguration();

        assertThat(guildConfig.getFilterSubject()).isEqualTo("events.guild.>");
        assertThat(memberConfig.getFilterSubject()).isEqualTo("events.member.>");
        assertThat(guildConfig.getMaxDeliver()).isEqualTo(8);
        assertThat(memberConfig.getMaxDeliver()).isEqualTo(8);
    }

    private void publish(String subject, String type, String data) throws Exception {
        String eventId = freshEventId();
        nats.publish(subject, eventId, MemberEventMapperTest.envelope(type, data)
                .replace("00000000-0000-4000-8000-000000000009", eventId));
    }

    private void awaitSettled() throws Exception {
        await("all settled", () -> nats.consumer("EVENTS", "tiergate-guild-events").getNumAckPending() == 0
                && nats.consumer("EVENTS", "tiergate-member-events").getNumAckPending() == 0
                && nats.consumer("EVENTS", "tiergate-member-events").getNumPending() == 0);
    }
}
