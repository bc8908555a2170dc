package dev.tiergate.domain.shared;

/** A value rejected on write; the message names the field so an admin or user can fix it. */
public final class InvalidFieldException extends DomainException {

    private final String field;

    public InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
