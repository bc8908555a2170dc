package dev.tiergate.application.port.in.deadletter;

/** A dead letter's position on the DEAD_LETTERS stream: positive, and never reused. */
public record DeadLetterId(long sequence) {

    public DeadLetterId {
        if (sequence < 1) {
            throw new IllegalArgumentException("a dead letter id is a positive stream sequence");
        }
    }

    @Override
    public String toString() {
        return Long.toString(sequence);
    }
}
