package dev.tiergate.application.port.out.registration;

/** The platform did not take the command list; the message says why (status, error code) and never holds a secret. */
public class CommandsNotRegisteredException extends RuntimeException {

    public CommandsNotRegisteredException(String message) {
        super(message);
    }
}
