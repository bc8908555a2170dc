package dev.tiergate.adapter.in.nats;

import java.util.Objects;
import java.util.function.Function;

/** What reading a message gave: a value, or a poison message with a short, value-free reason. */
sealed interface Decoded<T> {

    /** Continues with the value, or keeps the first poison reason. */
    <R> Decoded<R> then(Function<? super T, Decoded<R>> next);

    static <T> Decoded<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Decoded<T> poison(String reason) {
        return new Poison<>(reason);
    }

    /** A readable message. */
    record Accepted<T>(T value) implements Decoded<T> {

        public Accepted {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> Decoded<R> then(Function<? super T, Decoded<R>> next) {
            return next.apply(value);
        }
    }

    /** A message that can never be processed; the reason never quotes the message's values. */
    record Poison<T>(String reason) implements Decoded<T> {

        public Poison {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public <R> Decoded<R> then(Function<? super T, Decoded<R>> next) {
            return new Poison<>(reason);
        }
    }
}
