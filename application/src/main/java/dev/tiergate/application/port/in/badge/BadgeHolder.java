package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.profile.UserId;
import java.util.Objects;

/** The member a badge command is about: by the nym an admin typed in Discord, or by user id (admin API). */
public sealed interface BadgeHolder {

    /** What names the member, as a "not found" answer repeats it. */
    String named();

    /** A nym as typed: untrusted input; one that cannot be a nym names nobody. */
    record ByNym(String typed) implements BadgeHolder {
        @Override
        public String named() {
            return String.valueOf(typed);
        }
    }

    record ById(UserId userId) implements BadgeHolder {
        public ById {
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public String named() {
            return userId.value();
        }
    }
}
