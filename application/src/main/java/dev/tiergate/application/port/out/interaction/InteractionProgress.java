package dev.tiergate.application.port.out.interaction;

/**
 * How far answering one interaction got, so a redelivery continues instead of starting over:
 * {@code RESPONDING} is written before the initial response leaves (it may or may not have reached
 * Discord), {@code DEFERRED} once Discord took a deferral, {@code ANSWERED} once the answer is out.
 */
public enum InteractionProgress {
    RESPONDING, DEFERRED, ANSWERED
}
