package dev.tiergate.application.port.out.interaction;

import java.util.Objects;

/** One autocomplete suggestion: what the member sees and the option value it fills in. */
public record Choice(String name, String value) {

    /** Discord shows at most 25 suggestions. */
    public static final int MAX_CHOICES = 25;

    public Choice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
