package dev.tiergate.adapter.out.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.tiergate.application.port.out.interaction.InteractionNotQueuedException;
import io.nats.client.api.MessageInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Interactions queued on a private nats-server: on the commands subject, once per message id. */
class NatsInteractionQueueAdapterIT {

    private static final byte[] ENVELOPE = "{\"event_type\":\"interaction.create\"}".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    final PrivateNats nats = new PrivateNats();

    @Test
    void anInteractionIsStoredOnceOnTheCommandsSubjectWithItsMessageIdAsNatsMsgId() throws Exception {
        new NatsStreamAdmin(nats.connection()).ensureStreams();
        NatsInteractionQueueAdapter queue = new NatsInteractionQueueAdapter(nats.connection(), Duration.ofSeconds(2));

        queue.enqueue("0b2f6f0e-5b3f-3c4e-9d3a-1f2e3d4c5b6a", ENVELOPE);
        queue.enqueue("0b2f6f0e-5b3f-3c4e-9d3a-1f2e3d4c5b6a", ENVELOPE);

        assertThat(nats.jsm().getStreamInfo("COMMANDS").getStreamState().getMsgCount()).as("the repeat is dropped").isEqualTo(1);
        MessageInfo stored = nats.jsm().getMessage("COMMANDS", 1);
        assertThat(stored.getSubject()).isEqualTo("commands.interaction");
        assertThat(stored.getData()).isEqualTo(ENVELOPE);
        assertThat(stored.getHeaders().getFirst("Nats-Msg-Id")).isEqualTo("0b2f6f0e-5b3f-3c4e-9d3a-1f2e3d4c5b6a");
    }

    @Test
    void withoutTheCommandsStreamNothingIsQueuedAndTheFailureSaysSo() {
        NatsInteractionQueueAdapter queue = new NatsInteractionQueueAdapter(nats.connection(), Duration.ofMillis(500));

        assertThatExceptionOfType(InteractionNotQueuedException.class)
                .isThrownBy(() -> queue.enqueue("0b2f6f0e-5b3f-3c4e-9d3a-1f2e3d4c5b6b", ENVELOPE))
                .withMessageStartingWith("Cannot publish on commands.interaction");
    }
}
