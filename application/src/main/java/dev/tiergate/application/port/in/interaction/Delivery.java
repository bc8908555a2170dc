package dev.tiergate.application.port.in.interaction;

/**
 * Which delivery of a message this is: the broker delivers at least once, so an interaction may
 * arrive again after a crash or a failed attempt; on the {@code last} one nothing is retried.
 */
public record Delivery(long attempt, boolean last) {

    /** A message that is delivered once and never again. */
    public static final Delivery ONLY = new Delivery(1, true);

    public Delivery {
        if (attempt < 1) {
            throw new IllegalArgumentException("a delivery attempt counts from 1, was " + attempt);
        }
    }
}
