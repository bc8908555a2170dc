package dev.tiergate.adapter.in.nats;

/**
 * Told whenever a message leaves the happy path, so bootstrap can count it (Micrometer stays out of
 * this adapter). Every label is bounded: a stream name from the wire contract and a fixed cause.
 * Called on the handlers' virtual threads, several at once; an implementation must be quick and never throw.
 */
public interface MessagePathObserver {

    /** Observes nothing; the listeners' default. */
    MessagePathObserver NONE = new MessagePathObserver() {
        @Override
        public void deadLettered(String stream, DeadLetterCause cause) {
        }

        @Override
        public void retried(String stream) {
        }

        @Override
        public void redelivered(String stream) {
        }

        @Override
        public void dropped(String stream, DropCause cause) {
        }
    };

    /** A copy of a message was stored on DEAD_LETTERS (and the message terminated, unless it already expired). */
    void deadLettered(String stream, DeadLetterCause cause);

    /** A handler asked for a retry: the message was nak'd with a delay. */
    void retried(String stream);

    /** A message arrived for a second or later time (after a retry, an ack-wait timeout or a restart). */
    void redelivered(String stream);

    /** A message was terminated without a dead-letter copy. */
    void dropped(String stream, DropCause cause);

    /** Why a message was dead-lettered. */
    enum DeadLetterCause {
        /** Unreadable or rejected by the domain: terminated on its first delivery. */
        POISON("poison"),
        /** Its handler asked for a retry on the last allowed delivery. */
        RETRIES_EXHAUSTED("retries_exhausted"),
        /** Never settled in time on any delivery: copied from JetStream's max-deliveries advisory. */
        MAX_DELIVERIES("max_deliveries");

        private final String label;

        DeadLetterCause(String label) {
            this.label = label;
        }

        /** A metric label value. */
        public String label() {
            return label;
        }
    }

    /** Why a message was dropped without a copy. */
    enum DropCause {
        /** Its handler gave up in a way a copy cannot help (an interaction Discord refused). */
        GAVE_UP("gave_up"),
        /** It should have been dead-lettered, but storing the copy failed on its last delivery. */
        DEAD_LETTER_FAILED("dead_letter_failed");

        private final String label;

        DropCause(String label) {
            this.label = label;
        }

        /** A metric label value. */
        public String label() {
            return label;
        }
    }
}
