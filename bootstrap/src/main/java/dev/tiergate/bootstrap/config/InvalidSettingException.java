package dev.tiergate.bootstrap.config;

/** A required setting is missing or malformed; the message names the variable, never its value. */
public final class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String variable, String problem) {
        super(variable + " " + problem);
    }
}
