package dev.tiergate.application.port.out.alert;

import java.util.Objects;

/** The text of one alert DM: a short title and a one-paragraph description, both plain text. */
public record AlertMessage(String title, String description) {

    public AlertMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
