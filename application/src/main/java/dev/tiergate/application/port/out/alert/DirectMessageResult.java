package dev.tiergate.application.port.out.alert;

import java.time.Duration;
import java.util.Objects;

/**
 * What Discord did with one DM. {@link Closed}, {@link Rejected} and {@link Unauthorized} are final for
 * this message; {@link RateLimited} and {@link Unavailable} are transient: the same DM may go later.
 */
public sealed interface DirectMessageResult {

    /** Discord posted the message in the member's DM channel. */
    record Delivered() implements DirectMessageResult {
    }

    /** The member does not accept DMs from the bot (Discord code 50007); never retried. */
    record Closed() implements DirectMessageResult {
    }

    /** Another refusal (HTTP 4xx) that a retry would only repeat. */
    record Rejected(String detail) implements DirectMessageResult {
        public Rejected {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** A rate limit would hold the DM longer than the client waits; try again after {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements DirectMessageResult {
        public RateLimited {
            if (retryAfter == null || retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must be zero or positive");
            }
        }
    }

    /** Discord failed (HTTP 5xx), did not answer in time, or bot calls are paused for now. */
    record Unavailable(String reason) implements DirectMessageResult {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Discord refused the bot token (HTTP 401): no bot call is made again until the service restarts. */
    record Unauthorized() implements DirectMessageResult {
    }
}
