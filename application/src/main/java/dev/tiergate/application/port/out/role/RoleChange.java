package dev.tiergate.application.port.out.role;

import java.time.Duration;
import java.util.Objects;

/**
 * What Discord did with one role change. {@link Forbidden}, {@link NotFound}, {@link Rejected} and
 * {@link Unauthorized} are final: retrying cannot help. {@link RateLimited} and {@link Unavailable}
 * are transient: the caller may try again later.
 */
public sealed interface RoleChange {

    /** Whether trying the same change again later may succeed. */
    default boolean retryable() {
        return this instanceof RateLimited || this instanceof Unavailable;
    }

    /** Discord applied the change (adding a role the member holds, or removing one it lacks, also counts). */
    record Applied() implements RoleChange {
    }

    /**
     * HTTP 403: the role sits above the bot's highest role or the bot lacks Manage Roles; record it for
     * the community's admins and never retry.
     */
    record Forbidden(String detail) implements RoleChange {
        public Forbidden {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The member left the guild or the role was deleted (Discord codes 10007, 10011 and the like). */
    record NotFound(String detail) implements RoleChange {
        public NotFound {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Another refusal (HTTP 4xx) that a retry would only repeat. */
    record Rejected(int status, String detail) implements RoleChange {
        public Rejected {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** A rate limit would hold the change longer than the client waits; try again after {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements RoleChange {
        public RateLimited {
            if (retryAfter == null || retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must be zero or positive");
            }
        }
    }

    /** Discord failed (HTTP 5xx), did not answer in time, or bot calls are paused for now. */
    record Unavailable(String reason) implements RoleChange {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Discord refused the bot token (HTTP 401): no bot call is made again until the service restarts. */
    record Unauthorized() implements RoleChange {
    }
}
