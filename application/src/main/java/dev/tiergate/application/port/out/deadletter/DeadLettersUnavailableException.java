package dev.tiergate.application.port.out.deadletter;

/** The dead-letter store could not be read or written; the message says what failed and holds no message body. */
public class DeadLettersUnavailableException extends RuntimeException {

    public DeadLettersUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
