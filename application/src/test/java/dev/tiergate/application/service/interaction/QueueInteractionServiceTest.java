package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.interaction.QueueInteractionCommand;
import dev.tiergate.application.port.out.interaction.InteractionNotQueuedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueInteractionServiceTest {

    private static final byte[] ENVELOPE = "{\"event_type\":\"interaction.create\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theEnvelopeGoesToTheQueueUnderItsMessageId() {
        List<String> published = new ArrayList<>();
        QueueInteractionService service = new QueueInteractionService(
                (messageId, envelope) -> published.add(messageId + " " + new String(envelope, StandardCharsets.UTF_8)));

        assertThat(service.queue(new QueueInteractionCommand("m-1", ENVELOPE))).isTrue();
        assertThat(published).containsExactly("m-1 {\"event_type\":\"interaction.create\"}");
    }

    @Test
    void aBrokerThatCannotTakeItIsReportedNotThrown() {
        QueueInteractionService service = new QueueInteractionService((messageId, envelope) -> {
            throw new InteractionNotQueuedException("Cannot publish on commands.interaction (IOException)", null);
        });

        assertThat(service.queue(new QueueInteractionCommand("m-1", ENVELOPE))).isFalse();
    }

    @Test
    void theCommandNeverPrintsItsEnvelopeWhichHoldsAToken() {
        QueueInteractionCommand command = new QueueInteractionCommand("m-1",
                "{\"interaction_token\":\"secret\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(command.toString()).contains("m-1").doesNotContain("secret");
    }
}
