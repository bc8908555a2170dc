package dev.tiergate.domain.shared;

/** A broken domain invariant: the value or request can never be valid, whatever the state. */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
