package dev.tiergate.application.port.out.interaction;

/** Discord did not take a reply; {@code retryable} says whether trying again can help. */
public class ReplyNotDeliveredException extends RuntimeException {

    private final boolean retryable;

    public ReplyNotDeliveredException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
