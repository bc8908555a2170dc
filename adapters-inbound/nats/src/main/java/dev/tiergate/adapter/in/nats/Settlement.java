package dev.tiergate.adapter.in.nats;

/** What a handler decided about one message; {@link PullConsumerLoop} turns it into ack, nak or term. */
sealed interface Settlement {

    Settlement ACK = new Ack();

    /** Done: acknowledge. */
    record Ack() implements Settlement {
    }

    /** A transient failure: redeliver after a back-off, dead-letter once deliveries run out. */
    record Retry(String why) implements Settlement {
    }

    /** Can never be processed: terminate at once and dead-letter with the reason. */
    record Poison(String reason) implements Settlement {
    }

    /** Failed in a way retrying cannot fix and a copy cannot help: terminate and log. */
    record GiveUp(String why) implements Settlement {
    }
}
