package dev.tiergate.adapter.out.discord;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way bot-token calls reach Discord (role changes, command registration, later DMs), shaped
 * by a {@link DiscordRateLimiter}; interaction callbacks do not pass here, Discord exempts them from the
 * global limit. A 429 is waited out and the call repeated while the wait fits the deadline
 * ({@link BotLaneSettings#maxWait()}); 401, 403 and non-shared 429s are counted as invalid requests, and
 * at {@link BotLaneSettings#invalidRequestPause()} of them in ten minutes bot calls pause. The first 401
 * stops every bot call until restart, with one error logged. The token is sent only in the
 * {@code Authorization} header; log lines name the route template and the guild, never the token.
 */
public final class BotRequestLane implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BotRequestLane.class);
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int TOO_MANY_REQUESTS = 429;

    private final DiscordApiSettings api;
    private final DiscordBotCredentials credentials;
    private final BotLaneSettings settings;
    private final HttpClient http;
    private final LongSupplier ticker = System::nanoTime;
    private final DiscordRateLimiter limiter;
    private final InvalidRequestCounter invalidRequests;
    private final AtomicBoolean paused = new AtomicBoolean();

    public BotRequestLane(DiscordApiSettings api, DiscordBotCredentials credentials, BotLaneSettings settings) {
        this.api = api;
        this.credentials = credentials;
        this.settings = settings;
        this.http = DiscordHttp.client(api);
        this.limiter = new DiscordRateLimiter(settings.requestsPerSecond(), ticker);
        this.invalidRequests = new InvalidRequestCounter(ticker);
    }

    /** Invalid requests (401, 403, 429 except shared-scope ones) Discord answered in the last ten minutes. */
    public int invalidRequestCount() {
        return invalidRequests.count();
    }

    /** Whether Discord refused the bot token, which stopped every bot call until restart. */
    public boolean halted() {
        return limiter.halted();
    }

    /** Closes the HTTP client, waiting for calls under way. */
    @Override
    public void close() {
        http.close();
    }

    String applicationId() {
        return credentials.applicationId();
    }

    /**
     * Calls {@code route} at {@code path} (below the API base, ids already encoded) with the bot's
     * authorisation, {@code body} as JSON (none when null) and {@code headers}; {@code major} is the
     * route's major parameter (the guild, or empty) that scopes its rate-limit bucket.
     */
    BotReply send(BotRoute route, String major, String path, Object body, Map<String, String> headers) {
        long deadline = ticker.getAsLong() + settings.maxWait().toNanos();
        while (true) {
            int invalid = invalidRequests.count();
            if (invalid >= settings.invalidRequestPause()) {
                if (paused.compareAndSet(false, true)) {
                    LOG.error("Bot calls to Discord are paused: {} invalid requests in the last 10 minutes (pause at {},"
                            + " Discord bans the IP at 10,000)", invalid, settings.invalidRequestPause());
                }
                return new BotReply.Unavailable("bot calls paused after " + invalid + " invalid requests in 10 minutes");
            }
            paused.set(false);
            DiscordRateLimiter.Admission admission;
            try {
                admission = limiter.admit(route, major, deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new BotReply.Unavailable("interrupted while waiting for a rate limit");
            }
            switch (admission) {
                case DiscordRateLimiter.Admission.Halted _ -> {
                    return new BotReply.Halted();
                }
                case DiscordRateLimiter.Admission.Refused refused -> {
                    return new BotReply.Throttled(Duration.ofNanos(refused.waitNanos()), "a rate limit is spent");
                }
                case DiscordRateLimiter.Admission.Granted granted -> {
                    Optional<BotReply> reply = exchange(granted, path, body, headers, deadline);
                    if (reply.isPresent()) {
                        return reply.get();
                    }
                }
            }
        }
    }

    /** One request on a granted ticket; empty when Discord answered 429 and the call goes again within the deadline. */
    private Optional<BotReply> exchange(DiscordRateLimiter.Admission.Granted granted, String path, Object body,
            Map<String, String> headers, long deadline) {
        DiscordRateLimiter.Ticket ticket = granted.ticket();
        BotRoute route = ticket.route();
        HttpRequest.Builder request = DiscordHttp.request(api, route.method(), URI.create(api.baseUrl() + path), body)
                .header("Authorization", credentials.authorization());
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            limiter.settleUnanswered(ticket);
            return Optional.of(new BotReply.Unavailable("no answer within " + api.requestTimeout().toMillis() + " ms"));
        } catch (IOException e) {
            // The JDK's exception is not chained: its text is not ours to vouch for.
            limiter.settleUnanswered(ticket);
            return Optional.of(new BotReply.Unavailable("transport failure (" + e.getClass().getSimpleName() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            limiter.settleUnanswered(ticket);
            return Optional.of(new BotReply.Unavailable("interrupted while waiting for Discord"));
        }
        int status = response.statusCode();
        RateLimitHeaders limits = RateLimitHeaders.of(status, response.headers(), response.body());
        limiter.settle(ticket, status, limits);
        LOG.debug("{} for guild '{}': HTTP {}", route, ticket.major(), status);
        if (status == UNAUTHORIZED) {
            invalidRequests.record();
            if (limiter.halt()) {
                LOG.error("Discord refused the bot token (HTTP 401) on {}: every bot call to Discord stops until"
                        + " Tiergate restarts with a valid DISCORD_BOT_TOKEN", route);
            }
        } else if (status == FORBIDDEN) {
            invalidRequests.record();
        } else if (status == TOO_MANY_REQUESTS) {
            return rateLimited(ticket, limits, deadline);
        }
        return Optional.of(new BotReply.Answered(status, response.body()));
    }

    private Optional<BotReply> rateLimited(DiscordRateLimiter.Ticket ticket, RateLimitHeaders limits, long deadline) {
        if (!limits.shared()) {
            invalidRequests.record();
        }
        String scope = limits.global() ? "global" : limits.scope().isEmpty() ? "route" : limits.scope();
        Duration retryAfter = Duration.ofNanos(limits.retryAfterNanos());
        boolean retry = ticker.getAsLong() + limits.retryAfterNanos() - deadline <= 0;
        LOG.warn("Discord rate-limited {} for guild '{}' ({} limit): {} after {} s", ticket.route(), ticket.major(),
                scope, retry ? "retrying" : "giving up, retry", seconds(retryAfter));
        return retry ? Optional.empty() : Optional.of(new BotReply.Throttled(retryAfter, "HTTP 429, " + scope + " limit"));
    }

    /** A duration as seconds to the millisecond, without trailing zeros ("2.5", "60"). */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
