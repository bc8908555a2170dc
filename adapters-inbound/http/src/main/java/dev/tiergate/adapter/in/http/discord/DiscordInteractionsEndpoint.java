package dev.tiergate.adapter.in.http.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.in.interaction.QueueInteractionUseCase;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's HTTP interactions endpoint, whatever serves it. A request is Discord's only with a valid,
 * fresh signature ({@link SignedRequests}), checked before its body is read as JSON. A PING is answered
 * PONG; any other interaction goes to the workers as the gateway's wire envelope and the request is
 * held open for the initial response the worker sends to this replica's callback address: Discord gets
 * it as this request's response. With no response by {@link #ANSWER_BY_AGE} of the interaction's age
 * (or of its time here), the endpoint defers by itself and the worker, refused there as by Discord,
 * edits the original instead; autocomplete gets no choices. When the workers cannot be reached, the
 * member gets a short notice rather than "the application did not respond".
 */
@Singleton
final class DiscordInteractionsEndpoint {

    static final int MAX_BODY_BYTES = 64 * 1024;
    /** Discord drops an interaction 3 s after creating it: the answer leaves here by 2.5 s. */
    static final Duration ANSWER_BY_AGE = Duration.ofMillis(2500);
    private static final Logger LOG = LoggerFactory.getLogger(DiscordInteractionsEndpoint.class);
    private static final int PING = 1;
    /** The initial responses a worker may send: message, deferral, deferred update, update, choices, modal. */
    private static final Set<Integer> RESPONSE_TYPES = Set.of(4, 5, 6, 7, 8, 9);

    private final SignedRequests signedRequests;
    private final QueueInteractionUseCase queue;
    private final CallbackAddress callbackAddress;
    private final PendingInteractions pending;
    private final Clock clock;

    DiscordInteractionsEndpoint(Ed25519SignatureVerifier verifier, QueueInteractionUseCase queue,
            CallbackAddress callbackAddress, Clock clock) {
        this.signedRequests = new SignedRequests(verifier, clock);
        this.queue = Objects.requireNonNull(queue, "queue");
        this.callbackAddress = Objects.requireNonNull(callbackAddress, "callbackAddress");
        this.pending = new PendingInteractions(clock);
        this.clock = clock;
    }

    /** A request Discord posted, with its signature headers (null when missing) and raw body. */
    EndpointReply receive(String signature, String timestamp, byte[] body) {
        if (!signedRequests.authentic(signature, timestamp, body)) {
            LOG.debug("Refused an interaction request without a valid, fresh signature");
            return EndpointReply.UNAUTHORIZED;
        }
        Optional<JsonNode> interaction = StrictJson.object(body);
        if (interaction.isEmpty()) {
            return EndpointReply.NOT_AN_INTERACTION;
        }
        JsonNode type = interaction.get().path("type");
        if (type.isInt() && type.intValue() == PING) {
            return EndpointReply.PONG;
        }
        Instant received = clock.instant();
        return GatewayEnvelopeWriter.write(interaction.get(), callbackAddress.base(), received)
                .map(normalized -> answer(normalized, received))
                .orElse(EndpointReply.NOT_AN_INTERACTION);
    }

    /** A worker's initial response for an interaction held open here; refused as Discord would refuse it. */
    EndpointReply acceptResponse(String interactionId, String token, byte[] body) {
        Optional<JsonNode> response = StrictJson.object(body);
        JsonNode type = response.map(r -> r.path("type")).orElse(null);
        if (type == null || !type.isInt() || !RESPONSE_TYPES.contains(type.intValue())) {
            return EndpointReply.INVALID_FORM_BODY;
        }
        return switch (pending.complete(interactionId, token, body)) {
            case DELIVERED -> EndpointReply.TAKEN;
            case ALREADY_ACKNOWLEDGED -> EndpointReply.ALREADY_ACKNOWLEDGED;
            case UNKNOWN -> EndpointReply.UNKNOWN_INTERACTION;
        };
    }

    private EndpointReply answer(NormalizedInteraction interaction, Instant received) {
        String id = interaction.interactionId();
        Optional<PendingInteractions.Pending> opened = pending.open(id, interaction.token());
        if (opened.isEmpty()) {
            LOG.info("Interaction {} was posted again after its initial response: refused", id);
            return EndpointReply.ANSWERED_BEFORE;
        }
        PendingInteractions.Pending wait = opened.get();
        try {
            // The workers take envelopes of at most 64 KiB (wire contract); a larger one would be dropped as poison.
            if (interaction.queued().envelope().length > MAX_BODY_BYTES || !queue.queue(interaction.queued())) {
                LOG.warn("Interaction {} could not be handed to the workers: answered with a notice", id);
                return EndpointReply.ok(wait.respondItself(interaction.kind().unavailable()));
            }
            Instant answerBy = earlier(interaction.createdAt(), received).plus(ANSWER_BY_AGE);
            byte[] response = wait.await(Duration.between(clock.instant(), answerBy)).orElseGet(() -> {
                LOG.info("Interaction {}: no answer from the workers in time, the endpoint defers it", id);
                return wait.respondItself(interaction.kind().deferral());
            });
            return EndpointReply.ok(response);
        } finally {
            pending.settle(id);
        }
    }

    /** The interaction's creation, unless a skewed clock puts it after its arrival here. */
    private static Instant earlier(Instant createdAt, Instant received) {
        return createdAt.isBefore(received) ? createdAt : received;
    }
}
