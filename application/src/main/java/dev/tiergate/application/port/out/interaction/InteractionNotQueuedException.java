package dev.tiergate.application.port.out.interaction;

/** The broker did not take an interaction; the message says why and never holds the envelope (it carries a token). */
public class InteractionNotQueuedException extends RuntimeException {

    public InteractionNotQueuedException(String message, Throwable cause) {
        super(message, cause);
    }
}
