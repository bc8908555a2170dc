package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.in.nats.ActivityListener;
import dev.tiergate.adapter.in.nats.InteractionListener;
import dev.tiergate.adapter.in.nats.ListenerSettings;
import dev.tiergate.adapter.in.nats.MemberEventListener;
import dev.tiergate.adapter.in.nats.MemberEventUseCases;
import dev.tiergate.adapter.in.nats.ScoreListener;
import dev.tiergate.adapter.out.nats.NatsHealthAdapter;
import dev.tiergate.adapter.out.nats.NatsStreamAdmin;
import dev.tiergate.application.port.in.activity.RecordActivityUseCase;
import dev.tiergate.application.port.in.community.JoinCommunityUseCase;
import dev.tiergate.application.port.in.community.LeaveCommunityUseCase;
import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.member.JoinMemberUseCase;
import dev.tiergate.application.port.in.member.LeaveMemberUseCase;
import dev.tiergate.application.port.in.member.RecordMemberRolesUseCase;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.bootstrap.config.ConsumerSettings;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** Connects to NATS once and builds the stream administration and the listeners on that connection. */
@Factory
class NatsFactory {

    @Singleton
    Connection natsConnection(TiergateSettings settings) throws IOException, InterruptedException {
        Options options = settings.nats().options("tiergate")
                // Keep trying through a NATS restart: the listeners resume where their durable consumers left off.
                // The jitter spreads the replicas' reconnects so a restarted server is not hit by all at once.
                .maxReconnects(-1)
                .reconnectWait(Duration.ofSeconds(1))
                .reconnectJitter(Duration.ofMillis(500))
                .reconnectJitterTls(Duration.ofSeconds(1))
                .build();
        return Nats.connect(options);
    }

    @Singleton
    NatsStreamAdmin natsStreamAdmin(Connection connection) {
        return new NatsStreamAdmin(connection);
    }

    @Singleton
    NatsHealthAdapter natsHealth(Connection connection) {
        return new NatsHealthAdapter(connection);
    }

    @Singleton
    ListenerSettings listenerSettings(TiergateSettings settings, MeterRegistry meters) {
        ConsumerSettings consumers = settings.consumers();
        return new ListenerSettings(settings.discordApplicationId(), consumers.commandsInFlight(),
                consumers.eventsInFlight(), consumers.shutdownDeadline(), new MessagePathMeters(meters))
                .withCallbackHosts(settings.interactionsEndpoint().callbackHosts());
    }

    @Singleton
    InteractionListener interactionListener(Connection connection, AnswerInteractionUseCase answers,
            ListenerSettings settings) {
        return new InteractionListener(connection, answers, settings);
    }

    @Singleton
    @Named("activity-messages")
    ActivityListener activityMessages(Connection connection, RecordActivityUseCase activity, ListenerSettings settings) {
        return ActivityListener.forMessages(connection, activity, settings);
    }

    @Singleton
    @Named("activity-reactions")
    ActivityListener activityReactions(Connection connection, RecordActivityUseCase activity, ListenerSettings settings) {
        return ActivityListener.forReactions(connection, activity, settings);
    }

    @Singleton
    MemberEventUseCases memberEventUseCases(JoinCommunityUseCase joinCommunity, LeaveCommunityUseCase leaveCommunity,
            JoinMemberUseCase joinMember, LeaveMemberUseCase leaveMember, RecordMemberRolesUseCase recordRoles) {
        return new MemberEventUseCases(joinCommunity, leaveCommunity, joinMember, leaveMember, recordRoles);
    }

    @Singleton
    @Named("guild-events")
    MemberEventListener guildEvents(Connection connection, MemberEventUseCases useCases, ListenerSettings settings) {
        return MemberEventListener.forGuildEvents(connection, useCases, settings);
    }

    @Singleton
    @Named("member-events")
    MemberEventListener memberEvents(Connection connection, MemberEventUseCases useCases, ListenerSettings settings) {
        return MemberEventListener.forMemberEvents(connection, useCases, settings);
    }

    @Singleton
    ScoreListener scoreListener(Connection connection, IngestScoresUseCase scores, ListenerSettings settings,
            Clock clock, MeterRegistry meters) {
        return new ScoreListener(connection, new ScoreIngestionMeters(scores, clock, meters), settings);
    }
}
