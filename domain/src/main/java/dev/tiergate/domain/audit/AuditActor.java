package dev.tiergate.domain.audit;

import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.shared.InvalidFieldException;

/**
 * Who acted: the id of the API key a request authenticated with, {@code anonymous} for a request
 * that did not authenticate, or {@code cli} for the service's own command line.
 */
public record AuditActor(String value) {

    public static final AuditActor ANONYMOUS = new AuditActor("anonymous");
    public static final AuditActor COMMAND_LINE = new AuditActor("cli");

    public AuditActor {
        if (!"anonymous".equals(value) && !"cli".equals(value) && !ApiKeyId.isValid(value)) {
            throw new InvalidFieldException("actor", "must be anonymous, cli or an API key id");
        }
    }

    public static AuditActor of(ApiKeyId key) {
        return new AuditActor(key.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
