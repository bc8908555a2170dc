package dev.tiergate.adapter.in.nats;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What a handler decided about one message; {@link PullConsumerLoop} turns it into ack, nak or term. */
sealed interface Settlement {

    Settlement ACK = new Ack();

    /** Done: acknowledge. */
    record Ack() implements Settlement {
    }

    /**
     * A transient failure: redeliver after the back-off, or later when {@code notBefore} asks for
     * more (a rate limit's retry-after); dead-letter once deliveries run out.
     */
    record Retry(String why, Optional<Duration> notBefore) implements Settlement {

        public Retry {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(notBefore, "notBefore");
            if (notBefore.filter(Duration::isNegative).isPresent()) {
                throw new IllegalArgumentException("notBefore must not be negative");
            }
        }

        /** Redeliver after the back-off alone. */
        public Retry(String why) {
            this(why, Optional.empty());
        }

        /** Redeliver no sooner than {@code notBefore}, and no sooner than the back-off. */
        static Retry notBefore(String why, Duration notBefore) {
            return new Retry(why, Optional.of(notBefore));
        }
    }

    /** Can never be processed: terminate at once and dead-letter with the reason. */
    record Poison(String reason) implements Settlement {
    }

    /** Failed in a way retrying cannot fix and a copy cannot help: terminate and log. */
    record GiveUp(String why) implements Settlement {
    }
}
