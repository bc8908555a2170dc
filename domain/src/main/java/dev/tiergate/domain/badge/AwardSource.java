package dev.tiergate.domain.badge;

import dev.tiergate.domain.profile.UserId;

/** Who awarded or revoked a badge: a member (an admin), or an automatic rule that names itself. */
public sealed interface AwardSource {

    /** How the source is recorded: the member's user id, or {@code rule:<name>}. */
    String recorded();

    /** Reads a recorded source back. */
    static AwardSource parse(String recorded) {
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
}
