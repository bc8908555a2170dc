package dev.tiergate.adapter.out.nats;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the four JetStream streams of the wire contract, or brings a drifted one back to the
 * contract's subjects, max age and duplicate window; storage and retention cannot change in place.
 */
public final class NatsStreamAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(NatsStreamAdmin.class);
    private static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(2);

    /** The streams exactly as wire-contract.md specifies them. */
    static final List<ContractStream> CONTRACT = List.of(
            new ContractStream("COMMANDS", "commands.>", RetentionPolicy.WorkQueue, Duration.ofMinutes(15),
                    Optional.of(DUPLICATE_WINDOW)),
            new ContractStream("EVENTS", "events.>", RetentionPolicy.Limits, Duration.ofHours(24),
                    Optional.of(DUPLICATE_WINDOW)),
            new ContractStream("ELIGIBILITY", "eligibility.>", RetentionPolicy.Limits, Duration.ofDays(7),
                    Optional.of(DUPLICATE_WINDOW)),
            new ContractStream("DEAD_LETTERS", "dlq.>", RetentionPolicy.Limits, Duration.ofDays(14),
                    Optional.empty()));

    private final Connection connection;

    public NatsStreamAdmin(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Creates or reconciles every contract stream; fails with the stream's name when the server refuses. */
    public void ensureStreams() {
        reconcileStreams().forEach((stream, outcome) -> {
            switch (outcome) {
                case CREATED -> LOG.info("Created JetStream stream {}", stream);
                case UPDATED -> LOG.info("Updated drifted JetStream stream {} to the wire contract", stream);
                case UNCHANGED -> LOG.debug("JetStream stream {} matches the wire contract", stream);
            }
        });
    }

    /** What {@link #ensureStreams()} did to each stream, in contract order. */
    Map<String, Outcome> reconcileStreams() {
        JetStreamManagement jsm;
        List<String> existing;
        try {
            jsm = connection.jetStreamManagement();
            existing = jsm.getStreamNames();
        } catch (IOException | JetStreamApiException failure) {
            throw new IllegalStateException("Cannot list JetStream streams: " + failure.getMessage(), failure);
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (ContractStream stream : CONTRACT) {
            try {
                outcomes.put(stream.name(), existing.contains(stream.name())
                        ? reconcile(jsm, stream, jsm.getStreamInfo(stream.name()).getConfiguration())
                        : create(jsm, stream));
            } catch (IOException | JetStreamApiException failure) {
                throw new IllegalStateException(
                        "Cannot create or update JetStream stream " + stream.name() + ": " + failure.getMessage(),
                        failure);
            }
        }
        return outcomes;
    }

    private static Outcome create(JetStreamManagement jsm, ContractStream stream)
            throws IOException, JetStreamApiException {
        jsm.addStream(stream.applyTo(StreamConfiguration.builder()).build());
        return Outcome.CREATED;
    }

    private static Outcome reconcile(JetStreamManagement jsm, ContractStream stream, StreamConfiguration actual)
            throws IOException, JetStreamApiException {
        if (actual.getStorageType() != StorageType.File || actual.getRetentionPolicy() != stream.retention()) {
            throw new IllegalStateException("JetStream stream " + stream.name() + " has storage "
                    + actual.getStorageType() + " and retention " + actual.getRetentionPolicy()
                    + ", but the wire contract requires storage " + StorageType.File + " and retention "
                    + stream.retention() + "; neither changes in place: move its messages and delete the stream");
        }
        if (stream.matches(actual)) {
            return Outcome.UNCHANGED;
        }
        jsm.updateStream(stream.applyTo(StreamConfiguration.builder(actual)).build());
        return Outcome.UPDATED;
    }

    /** What reconciling did to one stream. */
    enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** One stream of the contract; an empty duplicate window leaves the server's default. */
    record ContractStream(String name, String subject, RetentionPolicy retention, Duration maxAge,
            Optional<Duration> duplicateWindow) {

        StreamConfiguration.Builder applyTo(StreamConfiguration.Builder builder) {
            builder.name(name).subjects(subject).retentionPolicy(retention).storageType(StorageType.File)
                    .maxAge(maxAge);
            duplicateWindow.ifPresent(builder::duplicateWindow);
            return builder;
        }

        boolean matches(StreamConfiguration actual) {
            return actual.getSubjects().equals(List.of(subject))
                    && maxAge.equals(actual.getMaxAge())
                    && duplicateWindow.map(window -> window.equals(actual.getDuplicateWindow())).orElse(true);
        }
    }
}
