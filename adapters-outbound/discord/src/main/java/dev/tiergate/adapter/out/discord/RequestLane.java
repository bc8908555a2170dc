package dev.tiergate.adapter.out.discord;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lane of calls to Discord. Each call waits for its rate limits ({@link DiscordRateLimiter}), goes
 * out through the {@link DiscordTransport}, and its answer teaches the limiter the route's bucket. A 429
 * is waited out and the call repeated, a 5xx or a missing answer retried after the lane's back-off,
 * while the {@link Policy} allows and the wait fits the call's budget; 401 and 403 are never retried.
 * Every answer is counted by status, every missing one as unanswered, and 401, 403 and non-shared 429s
 * as invalid requests; every figure goes to the {@link DiscordClientTelemetry}. Log lines name the route
 * template and the major parameter (a guild, a channel, an interaction id), never the URL, which may
 * hold a token.
 */
final class RequestLane {

    /**
     * How a lane retries: how many 429s one call may wait out, the back-off before each retry of a 5xx
     * or a missing answer (empty: never retried), and how much of a call's budget its last attempt keeps
     * (waits and retries stop that long before the budget ends).
     */
    record Policy(int rateLimitRetries, List<Duration> failureBackoff, Duration lastAttemptReserve) {

        Policy {
            failureBackoff = List.copyOf(failureBackoff);
            Objects.requireNonNull(lastAttemptReserve, "lastAttemptReserve");
            if (rateLimitRetries < 0 || lastAttemptReserve.isNegative() || lastAttemptReserve.isZero()) {
                throw new IllegalArgumentException("A lane retries 429s zero or more times and keeps time for its last attempt");
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RequestLane.class);
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private final DiscordClientTelemetry.Lane lane;
    private final DiscordTransport transport;
    private final DiscordRateLimiter limiter;
    private final DiscordClientTelemetry telemetry;
    private final Policy policy;
    private final LongSupplier ticker;

    RequestLane(DiscordClientTelemetry.Lane lane, DiscordTransport transport, DiscordRateLimiter limiter,
            DiscordClientTelemetry telemetry, Policy policy, LongSupplier ticker) {
        this.lane = lane;
        this.transport = transport;
        this.limiter = limiter;
        this.telemetry = telemetry;
        this.policy = policy;
        this.ticker = ticker;
    }

    /**
     * Calls {@code route} at {@code uri} with {@code headers} and {@code body} as JSON (none when null),
     * all waits, attempts and retries within {@code budget}; {@code major} is the route's major parameter,
     * which scopes its rate-limit bucket (never a token).
     */
    LaneReply send(DiscordRoute route, String major, URI uri, Map<String, String> headers, Object body,
            Duration budget) {
        long deadline = ticker.getAsLong() + budget.toNanos();
        long waitsEnd = deadline - policy.lastAttemptReserve().toNanos();
        int rateLimits = 0;
        int failures = 0;
        while (true) {
            DiscordRateLimiter.Admission admission;
            try {
                admission = admit(route, major, waitsEnd);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new LaneReply.Unavailable("interrupted while waiting for a rate limit");
            }
            DiscordRateLimiter.Ticket ticket;
            switch (admission) {
                case DiscordRateLimiter.Admission.Halted _ -> {
                    return new LaneReply.Halted();
                }
                case DiscordRateLimiter.Admission.Refused refused -> {
                    return new LaneReply.Throttled(Duration.ofNanos(refused.waitNanos()), "a rate limit is spent");
                }
                case DiscordRateLimiter.Admission.Granted granted -> ticket = granted.ticket();
            }
            DiscordTransport.Answer answer;
            try {
                answer = transport.send(route.method(), uri, headers, body,
                        Duration.ofNanos(Math.max(1, deadline - ticker.getAsLong())));
            } catch (DiscordTransport.NoAnswerException e) {
                limiter.settleUnanswered(ticket);
                telemetry.countUnanswered(lane);
                if (backOff(failures++, waitsEnd, route, major, e.getMessage())) {
                    continue;
                }
                return new LaneReply.Unavailable(e.getMessage());
            }
            int status = answer.status();
            telemetry.countAnswered(lane, status);
            RateLimitHeaders limits = RateLimitHeaders.of(answer);
            limiter.settle(ticket, status, limits);
            LOG.debug("{} for '{}': HTTP {}", route, major, status);
            if (status == UNAUTHORIZED || status == FORBIDDEN) {
                telemetry.countRefused();
            } else if (status == TOO_MANY_REQUESTS) {
                boolean retry = rateLimits++ < policy.rateLimitRetries()
                        && ticker.getAsLong() + limits.retryAfterNanos() - waitsEnd <= 0;
                LaneReply.Throttled throttled = rateLimited(route, major, limits, retry);
                if (retry) {
                    continue;
                }
                return throttled;
            } else if (status >= SERVER_ERROR && backOff(failures++, waitsEnd, route, major, "HTTP " + status)) {
                continue;
            }
            return new LaneReply.Answered(status, answer.body());
        }
    }

    /** A duration as seconds to the millisecond, without trailing zeros ("2.5", "60"). */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /**
     * The limiter's verdict, the call counted as waiting until it comes; a granted call reports how long
     * it waited to be allowed to send.
     */
    private DiscordRateLimiter.Admission admit(DiscordRoute route, String major, long waitsEnd)
            throws InterruptedException {
        long asked = ticker.getAsLong();
        telemetry.waitStarted(lane);
        DiscordRateLimiter.Admission admission;
        try {
            admission = limiter.admit(route, major, waitsEnd);
        } finally {
            telemetry.waitEnded(lane);
        }
        if (admission instanceof DiscordRateLimiter.Admission.Granted) {
            telemetry.admitted(lane, ticker.getAsLong() - asked);
        }
        return admission;
    }

    private LaneReply.Throttled rateLimited(DiscordRoute route, String major, RateLimitHeaders limits, boolean retry) {
        DiscordClientTelemetry.RateLimitScope scope = limits.scopeHit();
        telemetry.countRateLimited(lane, scope);
        Duration retryAfter = Duration.ofNanos(limits.retryAfterNanos());
        String limit = scope.name().toLowerCase(Locale.ROOT) + " limit";
        LOG.warn("Discord rate-limited {} for '{}' ({}): {} after {} s", route, major, limit,
                retry ? "retrying" : "giving up, retry", seconds(retryAfter));
        return new LaneReply.Throttled(retryAfter, "HTTP 429, " + limit);
    }

    /**
     * Sleeps the back-off before retry number {@code failures + 1} of a failed attempt, when the policy
     * has one and it ends before the waits must; false when the call should end now.
     */
    private boolean backOff(int failures, long waitsEnd, DiscordRoute route, String major, String failure) {
        if (failures >= policy.failureBackoff().size() || Thread.currentThread().isInterrupted()) {
            return false;
        }
        Duration pause = policy.failureBackoff().get(failures);
        if (ticker.getAsLong() + pause.toNanos() - waitsEnd > 0) {
            return false;
        }
        LOG.info("{} for '{}' failed ({}); retrying in {} ms", route, major, failure, pause.toMillis());
        telemetry.waitStarted(lane);
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            telemetry.waitEnded(lane);
        }
    }
}
