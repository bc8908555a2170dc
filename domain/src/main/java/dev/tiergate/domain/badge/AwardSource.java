package dev.tiergate.domain.badge;

import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.profile.UserId;
import java.util.Objects;

/**
 * Who awarded or revoked a badge: a member (an admin), an admin API key, an automatic rule that names
 * itself, or a member whose data was deleted since (who acted is then no longer kept).
 */
public sealed interface AwardSource {

    /** How the source is recorded: the member's user id, {@code api-key:<id>}, {@code rule:<name>}, or {@code erased}. */
    String recorded();

    /** Reads a recorded source back. */
    static AwardSource parse(String recorded) {
        if (recorded.equals(Erased.RECORDED)) {
            return new Erased();
        }
        if (recorded.startsWith(ApiKey.PREFIX)) {
            return new ApiKey(new ApiKeyId(recorded.substring(ApiKey.PREFIX.length())));
        }
        return recorded.startsWith(Rule.PREFIX) ? new Rule(recorded.substring(Rule.PREFIX.length()))
                : new Member(new UserId(recorded));
    }

    /** A member acting by hand. */
    record Member(UserId userId) implements AwardSource {
        @Override
        public String recorded() {
            return userId.value();
        }
    }

    /** An admin API key acting by hand, known by its public id (never by its secret). */
    record ApiKey(ApiKeyId keyId) implements AwardSource {

        static final String PREFIX = "api-key:";

        public ApiKey {
            Objects.requireNonNull(keyId, "keyId");
        }

        @Override
        public String recorded() {
            return PREFIX + keyId.value();
        }
    }

    /** An automatic rule, named after the badge it awards (e.g. {@code rule:veteran}). */
    record Rule(String name) implements AwardSource {

        static final String PREFIX = "rule:";

        public Rule {
            new BadgeId(name);
        }

        @Override
        public String recorded() {
            return PREFIX + name;
        }
    }

    /** A member whose data was deleted: the award or revocation stays, who did it is forgotten. */
    record Erased() implements AwardSource {

        public static final String RECORDED = "erased";

        @Override
        public String recorded() {
            return RECORDED;
        }
    }
}
