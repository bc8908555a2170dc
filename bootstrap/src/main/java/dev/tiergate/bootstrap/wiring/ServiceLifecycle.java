package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.in.nats.ActivityListener;
import dev.tiergate.adapter.in.nats.InteractionListener;
import dev.tiergate.adapter.in.nats.MemberEventListener;
import dev.tiergate.adapter.in.nats.ScoreListener;
import dev.tiergate.adapter.out.nats.NatsStreamAdmin;
import dev.tiergate.bootstrap.demo.DemoCommunitySeeder;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order things start and stop in: streams before consumers, the demo data before anyone
 * asks; on shutdown, stop pulling and finish in-flight work before the connection drains.
 */
@Singleton
class ServiceLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLifecycle.class);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);

    private final TiergateSettings settings;
    private final NatsStreamAdmin streams;
    private final DemoCommunitySeeder demo;
    private final InteractionListener interactions;
    private final ScoreListener scores;
    private final ActivityListener activityMessages;
    private final ActivityListener activityReactions;
    private final MemberEventListener guildEvents;
    private final MemberEventListener memberEvents;
    private final Connection connection;

    ServiceLifecycle(TiergateSettings settings, NatsStreamAdmin streams, DemoCommunitySeeder demo,
            InteractionListener interactions, ScoreListener scores,
            @Named("activity-messages") ActivityListener activityMessages,
            @Named("activity-reactions") ActivityListener activityReactions,
            @Named("guild-events") MemberEventListener guildEvents,
            @Named("member-events") MemberEventListener memberEvents, Connection connection) {
        this.settings = settings;
        this.streams = streams;
        this.demo = demo;
        this.interactions = interactions;
        this.scores = scores;
        this.activityMessages = activityMessages;
        this.activityReactions = activityReactions;
        this.guildEvents = guildEvents;
        this.memberEvents = memberEvents;
        this.connection = connection;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        streams.ensureStreams();
        connection.addConnectionListener(this::reconcileAfterReconnect);
        if (settings.demo()) {
            demo.seed(settings.demoReseed());
        }
        guildEvents.start();
        memberEvents.start();
        scores.start();
        activityMessages.start();
        activityReactions.start();
        interactions.start();
        LOG.info("Tiergate is consuming interactions, scores, activity and the member lifecycle");
    }

    /** A NATS server that lost its store comes back without streams: put them back (the loops redo their consumers). */
    private void reconcileAfterReconnect(Connection reconnected, ConnectionListener.Events event) {
        if (event != ConnectionListener.Events.RECONNECTED) {
            return;
        }
        Thread.ofVirtual().name("nats-reconcile").start(() -> {
            try {
                streams.ensureStreams();
                LOG.info("Reconnected to NATS; streams reconciled");
            } catch (RuntimeException failure) {
                LOG.warn("Reconnected to NATS but could not reconcile the streams: {}", failure.toString());
            }
        });
    }

    /**
     * Every listener stops pulling and finishes its messages in flight at the same time, so the whole
     * shutdown takes one deadline, not one per listener; what is unfinished then is redelivered later.
     */
    @PreDestroy
    void stop() {
        List<Thread> closing = Stream.<AutoCloseable>of(interactions, activityMessages, activityReactions, memberEvents,
                guildEvents, scores)
                .map(listener -> Thread.ofVirtual().name("listener-shutdown").start(() -> closeQuietly(listener)))
                .toList();
        for (Thread thread : closing) {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            connection.drain(DRAIN_TIMEOUT).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | java.util.concurrent.ExecutionException | IllegalStateException drainFailed) {
            LOG.warn("NATS connection did not drain cleanly: {}", drainFailed.getClass().getSimpleName());
        }
    }

    private static void closeQuietly(AutoCloseable listener) {
        try {
            listener.close();
        } catch (Exception failure) {
            LOG.warn("A listener did not stop cleanly: {}", failure.toString());
        }
    }
}
