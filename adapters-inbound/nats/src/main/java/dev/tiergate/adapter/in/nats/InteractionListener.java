package dev.tiergate.adapter.in.nats;

import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.interaction.Delivery;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import io.nats.client.Connection;
import io.nats.client.Message;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the slash commands on {@code commands.interaction} (durable pull consumer
 * {@code tiergate-commands} on COMMANDS): poison is dead-lettered without its token; an interaction
 * not answered yet (Discord unavailable, a failure a later attempt may not meet) is redelivered after
 * a back-off, no sooner than Discord asked, and the use case continues where the last attempt stopped;
 * a reply Discord refused for good is logged and dropped.
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
        this.router = new SlashCommandRouter(settings.applicationId(), new CallbackUrls(settings.callbackHosts()));
    }

    @Override
    Settlement handle(Message message) {
        return switch (parser.parse(message.getData()).then(router::route)) {
            case Decoded.Poison<InteractionRequest>(String reason) -> new Settlement.Poison(reason);
            case Decoded.Accepted<InteractionRequest>(InteractionRequest request) -> answer(request, deliveryOf(message));
        };
    }

    private Delivery deliveryOf(Message message) {
        long attempt = message.metaData().deliveredCount();
        return new Delivery(attempt, attempt >= CONSUMER.maxDeliver());
    }

    private Settlement answer(InteractionRequest request, Delivery delivery) {
        String interactionId = request.ref().interactionId();
        try {
            InteractionOutcome outcome = answers.answer(request, delivery);
            LOG.debug("Interaction {} ({}) ended {}", interactionId, request.command(), outcome.label());
            return switch (outcome) {
                case InteractionOutcome.RetryLater(Optional<Duration> notBefore) ->
                        new Settlement.Retry("interaction " + interactionId + " is not answered yet", notBefore);
                case InteractionOutcome.NotDelivered notDelivered ->
                        new Settlement.GiveUp("interaction " + interactionId + ": Discord refused the reply");
                default -> Settlement.ACK;
            };
        } catch (RuntimeException failure) {
            // The progress store could not be read or written (Redis and Postgres both down): try again later.
            return new Settlement.Retry("interaction " + interactionId + " failed: "
                    + FailureText.describe(failure, request.ref().token()));
        }
    }
}
