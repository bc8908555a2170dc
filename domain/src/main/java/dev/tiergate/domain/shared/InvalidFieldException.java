package dev.tiergate.domain.shared;

/** A value rejected on write; the message names the field so an admin or user can fix it. */
public final class InvalidFieldException extends DomainException {

    private final String field;
    private final String problem;

    public InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the value, without the field name (for messages that name the field themselves). */
    public String problem() {
        return problem;
    }
}
