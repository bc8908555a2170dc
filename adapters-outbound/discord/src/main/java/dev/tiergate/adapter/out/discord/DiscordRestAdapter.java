package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException.Refusal;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers interactions through Discord's REST API: the initial response (a message, a deferral, a
 * message update or autocomplete suggestions) and the edit of the original message. Its calls form the
 * interaction lane, exempt from the global limit but not from the per-route buckets (keyed by the
 * interaction), which it learns and never runs into. An initial response has
 * {@value #CALLBACK_BUDGET_MILLIS} ms in all, as Discord drops the interaction 3 s after it was created; an
 * edit, whose token lives 15 minutes, has {@value #EDIT_BUDGET_MILLIS} ms. Within that, a 429 is waited
 * out once, and a 5xx or a missing answer retried twice after a short back-off; 40060, 10062, 401 and
 * 403 never are. The interaction token sits in the URL path, so exception messages and log lines name
 * only the route template, never the URL.
 *
 * <p>An interaction that came through an HTTP interactions endpoint names a callback base
 * ({@link ReplyTarget#callbackBase()}): its initial response goes there, to the endpoint that holds
 * Discord's request open and answers it with this response, and is refused there as Discord would
 * (40060 once the endpoint answered by itself, 10062 for an interaction it does not know). Edits of
 * the original always go to Discord.
 */
public final class DiscordRestAdapter implements InteractionResponderPort, AutoCloseable {

    static final long CALLBACK_BUDGET_MILLIS = 1_500;
    static final long EDIT_BUDGET_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(DiscordRestAdapter.class);
    private static final DiscordRoute CALLBACK = new DiscordRoute("POST", "/interactions/{id}/{token}/callback");
    private static final DiscordRoute ENDPOINT_CALLBACK =
            new DiscordRoute("POST", "{callback_url}/{id}/{token}/callback");
    private static final DiscordRoute EDIT_ORIGINAL =
            new DiscordRoute("PATCH", "/webhooks/{application_id}/{token}/messages/@original");
    private static final RequestLane.Policy POLICY =
            new RequestLane.Policy(1, List.of(Duration.ofMillis(100), Duration.ofMillis(300)), Duration.ofMillis(250));
    private static final int ALREADY_ACKNOWLEDGED = 40060;
    private static final int UNKNOWN_MESSAGE = 10008;
    private static final int UNKNOWN_WEBHOOK = 10015;
    private static final int UNKNOWN_INTERACTION = 10062;
    private static final int NOT_FOUND = 404;
    private static final int SERVER_ERROR = 500;

    private final DiscordApiSettings settings;
    private final DiscordTransport transport;
    private final RequestLane lane;
    private final MessageRenderer renderer = new MessageRenderer();

    /** An adapter with figures of its own. */
    public DiscordRestAdapter(DiscordApiSettings settings) {
        this(settings, new DiscordClientTelemetry());
    }

    /** An adapter reporting to {@code telemetry}, the one the process's bot lane reports to as well. */
    public DiscordRestAdapter(DiscordApiSettings settings, DiscordClientTelemetry telemetry) {
        this.settings = settings;
        this.transport = new DiscordTransport(settings, "interactions");
        this.lane = new RequestLane(DiscordClientTelemetry.Lane.INTERACTION, transport,
                DiscordRateLimiter.exemptFromGlobalLimit(System::nanoTime), telemetry, POLICY, System::nanoTime);
    }

    @Override
    public void respond(ReplyTarget target, Reply reply) {
        callback(target, renderer.respond(reply));
    }

    @Override
    public void defer(ReplyTarget target, boolean ephemeral) {
        callback(target, renderer.defer(ephemeral));
    }

    @Override
    public void editOriginal(ReplyTarget target, Reply reply) {
        URI uri = URI.create(settings.baseUrl() + "/webhooks/" + DiscordHttp.segment(target.applicationId()) + "/"
                + DiscordHttp.segment(target.token()) + "/messages/@original");
        send(EDIT_ORIGINAL, uri, target, renderer.edit(reply), Duration.ofMillis(EDIT_BUDGET_MILLIS));
    }

    @Override
    public void update(ReplyTarget target, Reply reply) {
        callback(target, renderer.update(reply));
    }

    @Override
    public void deferUpdate(ReplyTarget target) {
        callback(target, renderer.deferUpdate());
    }

    @Override
    public void suggest(ReplyTarget target, List<Choice> choices) {
        callback(target, renderer.suggest(choices));
    }

    /** Closes the HTTP client, dropping calls under way. */
    @Override
    public void close() {
        transport.close();
    }

    private void callback(ReplyTarget target, Object body) {
        String path = "/" + DiscordHttp.segment(target.interactionId()) + "/" + DiscordHttp.segment(target.token())
                + "/callback";
        DiscordRoute route = target.callbackBase().isPresent() ? ENDPOINT_CALLBACK : CALLBACK;
        String base = target.callbackBase().map(uri -> uri.toString().replaceAll("/+$", "")).orElseGet(() -> settings.baseUrl() + "/interactions");
        send(route, URI.create(base + path), target, body, Duration.ofMillis(CALLBACK_BUDGET_MILLIS));
    }

    /** Sends through the lane, the interaction id as the bucket's major parameter (it names the token's interaction). */
    private void send(DiscordRoute route, URI uri, ReplyTarget target, Object body, Duration budget) {
        switch (lane.send(route, target.interactionId(), uri, Map.of(), body, budget)) {
            case LaneReply.Answered answered when answered.succeeded() ->
                    LOG.debug("{} for interaction {}: HTTP {}", route, target.interactionId(), answered.status());
            case LaneReply.Answered answered -> throw refused(route, target, answered);
            case LaneReply.Throttled throttled -> throw undelivered(route, target, "rate limited, retry after "
                    + throttled.retryAfter().toMillis() + " ms (" + throttled.cause() + ")", Refusal.RETRYABLE,
                    Optional.of(throttled.retryAfter()));
            case LaneReply.Unavailable unavailable ->
                    throw undelivered(route, target, unavailable.reason(), Refusal.RETRYABLE, Optional.empty());
            case LaneReply.Halted _ -> throw new IllegalStateException("The interaction lane is never halted");
        }
    }

    private static ReplyNotDeliveredException refused(DiscordRoute route, ReplyTarget target,
            LaneReply.Answered answered) {
        int status = answered.status();
        JsonNode error = DiscordHttp.error(answered.body());
        String outcome = "HTTP " + status + DiscordHttp.codeOf(error);
        int code = error.path("code").asInt(-1);
        if (code == ALREADY_ACKNOWLEDGED) {
            return undelivered(route, target, "already answered (" + outcome + ")", Refusal.ALREADY_ANSWERED,
                    Optional.empty());
        }
        Optional<String> gone = gone(route, status, code);
        if (gone.isPresent()) {
            return undelivered(route, target, gone.get() + " (" + outcome + ")", Refusal.EXPIRED, Optional.empty());
        }
        if (status >= SERVER_ERROR) {
            return undelivered(route, target, "Discord failed (" + outcome + ")", Refusal.RETRYABLE, Optional.empty());
        }
        return undelivered(route, target, "rejected (" + outcome + ")", Refusal.REFUSED, Optional.empty());
    }

    /** What is gone when Discord no longer knows the interaction, its webhook or its message; else empty. */
    private static Optional<String> gone(DiscordRoute route, int status, int code) {
        return switch (code) {
            case UNKNOWN_INTERACTION -> Optional.of("interaction expired");
            case UNKNOWN_MESSAGE -> Optional.of("original message gone");
            case UNKNOWN_WEBHOOK -> Optional.of("interaction webhook gone");
            default -> status == NOT_FOUND && route.equals(EDIT_ORIGINAL) ? Optional.of("original message not found")
                    : Optional.empty();
        };
    }

    private static ReplyNotDeliveredException undelivered(DiscordRoute route, ReplyTarget target, String reason,
            Refusal refusal, Optional<Duration> retryAfter) {
        String message = "Discord did not take " + route + " for interaction " + target.interactionId() + ": "
                + reason + (refusal == Refusal.RETRYABLE ? "; retryable" : "; not retryable");
        LOG.warn(message);
        return new ReplyNotDeliveredException(message, refusal, retryAfter);
    }
}
