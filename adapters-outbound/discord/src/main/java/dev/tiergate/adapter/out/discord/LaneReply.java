package dev.tiergate.adapter.out.discord;

import java.time.Duration;

/** How a call through a {@link RequestLane} ended, after the lane's waits and retries. */
sealed interface LaneReply {

    /** Discord answered (never a 429: those are waited out or end as {@link Throttled}). */
    record Answered(int status, String body) implements LaneReply {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    /** A rate limit would hold the call past its deadline; {@code cause} says which (no secrets). */
    record Throttled(Duration retryAfter, String cause) implements LaneReply {
    }

    /** Discord refused the bot token earlier; the call was not sent. */
    record Halted() implements LaneReply {
    }

    /** No answer: a timeout, a transport failure, an interruption, or bot calls paused; {@code reason} says which. */
    record Unavailable(String reason) implements LaneReply {
    }
}
