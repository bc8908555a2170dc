package dev.tiergate.adapter.out.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stream admin against a private nats-server: creates, reconciles, and leaves a correct set alone. */
class NatsStreamAdminIT {

    @RegisterExtension
    final PrivateNats nats = new PrivateNats();

    @Test
    void createsTheFourContractStreamsFromNothing() throws Exception {
        assertThat(nats.jsm().getStreamNames()).isEmpty();

        Map<String, NatsStreamAdmin.Outcome> outcomes = new NatsStreamAdmin(nats.connection()).reconcileStreams();

        assertThat(outcomes).containsExactly(
                Map.entry("COMMANDS", NatsStreamAdmin.Outcome.CREATED),
                Map.entry("EVENTS", NatsStreamAdmin.Outcome.CREATED),
                Map.entry("ELIGIBILITY", NatsStreamAdmin.Outcome.CREATED),
                Map.entry("DEAD_LETTERS", NatsStreamAdmin.Outcome.CREATED));
        assertStream("COMMANDS", "commands.>", RetentionPolicy.WorkQueue, Duration.ofMinutes(15));
        assertStream("EVENTS", "events.>", RetentionPolicy.Limits, Duration.ofHours(24));
        assertStream("ELIGIBILITY", "eligibility.>", RetentionPolicy.Limits, Duration.ofDays(7));
        assertStream("DEAD_LETTERS", "dlq.>", RetentionPolicy.Limits, Duration.ofDays(14));
        for (String stream : List.of("COMMANDS", "EVENTS", "ELIGIBILITY")) {
            assertThat(nats.jsm().getStreamInfo(stream).getConfiguration().getDuplicateWindow())
                    .as(stream).isEqualTo(Duration.ofMinutes(2));
        }
    }

    @Test
    void correctsADriftedStream() throws Exception {
        nats.jsm().addStream(StreamConfiguration.builder().name("EVENTS").subjects("events.member.>")
                .retentionPolicy(RetentionPolicy.Limits).storageType(StorageType.File)
                .maxAge(Duration.ofMinutes(5)).duplicateWindow(Duration.ofSeconds(30)).build());
        nats.connection().jetStream().publish("events.member.join", "kept".getBytes());

        Map<String, NatsStreamAdmin.Outcome> outcomes = new NatsStreamAdmin(nats.connection()).reconcileStreams();

        assertThat(outcomes).containsEntry("EVENTS", NatsStreamAdmin.Outcome.UPDATED)
                .containsEntry("COMMANDS", NatsStreamAdmin.Outcome.CREATED);
        assertStream("EVENTS", "events.>", RetentionPolicy.Limits, Duration.ofHours(24));
        assertThat(nats.jsm().getStreamInfo("EVENTS").getConfiguration().getDuplicateWindow())
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(nats.jsm().getStreamInfo("EVENTS").getStreamState().getMsgCount()).isEqualTo(1);
    }

    @Test
    void runningTwiceChangesNothing() throws Exception {
        NatsStreamAdmin admin = new NatsStreamAdmin(nats.connection());
        admin.ensureStreams();
        StreamConfiguration before = nats.jsm().getStreamInfo("COMMANDS").getConfiguration();

        Map<String, NatsStreamAdmin.Outcome> second = admin.reconcileStreams();

        assertThat(second).hasSize(4).allSatisfy((stream, outcome) ->
                assertThat(outcome).as(stream).isEqualTo(NatsStreamAdmin.Outcome.UNCHANGED));
        assertThat(nats.jsm().getStreamInfo("COMMANDS").getConfiguration().toJson()).isEqualTo(before.toJson());
    }

    @Test
    void refusesAStreamWhoseRetentionCannotChangeInPlace() throws Exception {
        nats.jsm().addStream(StreamConfiguration.builder().name("COMMANDS").subjects("commands.>")
                .retentionPolicy(RetentionPolicy.Limits).storageType(StorageType.File).build());

        assertThatThrownBy(() -> new NatsStreamAdmin(nats.connection()).ensureStreams())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COMMANDS")
                .hasMessageContaining("retention " + RetentionPolicy.WorkQueue);
        assertThat(nats.jsm().getStreamInfo("COMMANDS").getConfiguration().getRetentionPolicy())
                .isEqualTo(RetentionPolicy.Limits);
    }

    @Test
    void keepsStreamsAndMessagesAcrossAServerRestart() throws Exception {
        new NatsStreamAdmin(nats.connection()).ensureStreams();
        nats.connection().jetStream().publish("eligibility.scores", "batch".getBytes());

        nats.server().restart();

        Connection again = Nats.connect(nats.server().url());
        try {
            JetStreamManagement restarted = again.jetStreamManagement();
            assertThat(restarted.getStreamNames())
                    .containsExactlyInAnyOrder("COMMANDS", "EVENTS", "ELIGIBILITY", "DEAD_LETTERS");
            assertThat(restarted.getStreamInfo("ELIGIBILITY").getStreamState().getMsgCount()).isEqualTo(1);
            assertThat(new NatsStreamAdmin(again).reconcileStreams())
                    .allSatisfy((stream, outcome) -> assertThat(outcome).isEqualTo(NatsStreamAdmin.Outcome.UNCHANGED));
        } finally {
            again.close();
        }
    }

    private void assertStream(String name, String subject, RetentionPolicy retention, Duration maxAge)
            throws Exception {
        StreamConfiguration config = nats.jsm().getStreamInfo(name).getConfiguration();
        assertThat(config.getSubjects()).as(name).containsExactly(subject);
        assertThat(config.getRetentionPolicy()).as(name).isEqualTo(retention);
        assertThat(config.getStorageType()).as(name).isEqualTo(StorageType.File);
        assertThat(config.getMaxAge()).as(name).isEqualTo(maxAge);
    }
}
