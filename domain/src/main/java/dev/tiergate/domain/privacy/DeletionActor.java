package dev.tiergate.domain.privacy;

import dev.tiergate.domain.profile.UserId;
import java.util.Objects;

/** Who asked for a member's data to be deleted: an admin of the community, or the member itself. */
public sealed interface DeletionActor {

    /** How the actor is recorded in the deletion audit: the admin's user id, or {@code member}. */
    String recorded();

    /** An admin acting on the member's request or the community's duty. */
    record Admin(UserId userId) implements DeletionActor {

        public Admin {
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public String recorded() {
            return userId.value();
        }
    }

    /** The member asking for its own data to be deleted. */
    record Member() implements DeletionActor {

        @Override
        public String recorded() {
            return "member";
        }
    }
}
