package dev.tiergate.adapter.in.nats;

import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import io.nats.client.Connection;
import io.nats.client.Message;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the slash commands on {@code commands.interaction} (durable pull consumer
 * {@code tiergate-commands} on COMMANDS): poison is dead-lettered without its token, a reply
 * Discord may still take is retried with back-off, anything else is logged and dropped.
 */
public final class InteractionListener extends GatewayListener {

    static final PullConsumerLoop.ConsumerSpec CONSUMER = new PullConsumerLoop.ConsumerSpec("COMMANDS",
            "tiergate-commands", "commands.interaction", 3, Duration.ofSeconds(30));
    private static final Logger LOG = LoggerFactory.getLogger(InteractionListener.class);

    private final AnswerInteractionUseCase answers;
    private final SlashCommandRouter router;

    public InteractionListener(Connection connection, AnswerInteractionUseCase answers, ListenerSettings settings) {
        super(connection, CONSUMER, settings);
        this.answers = Objects.requireNonNull(answers, "answers");
        this.router = new SlashCommandRouter(settings.applicationId());
    }

    @Override
    Settlement handle(Message message) {
        return switch (parser.parse(message.getData()).then(router::route)) {
            case Decoded.Poison<InteractionRequest>(String reason) -> new Settlement.Poison(reason);
            case Decoded.Accepted<InteractionRequest>(InteractionRequest request) -> answer(request);
        };
    }

    private Settlement answer(InteractionRequest request) {
        String interactionId = request.ref().interactionId();
        try {
            InteractionOutcome outcome = answers.answer(request);
            LOG.debug("Interaction {} ({}) ended {}", interactionId, request.command(), outcome);
            return switch (outcome) {
                case ANSWERED, ANSWERED_AFTER_DEFER, EXPIRED -> Settlement.ACK;
                case RETRY_LATER -> new Settlement.Retry("interaction " + interactionId + ": Discord did not take the reply yet");
                case NOT_DELIVERED -> new Settlement.GiveUp("interaction " + interactionId + ": Discord refused the reply");
            };
        } catch (RuntimeException failure) {
            return new Settlement.GiveUp("interaction " + interactionId + " failed: "
                    + FailureText.describe(failure, request.ref().token()));
        }
    }
}
