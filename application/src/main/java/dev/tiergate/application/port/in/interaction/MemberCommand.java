package dev.tiergate.application.port.in.interaction;

import java.util.Optional;

/** A slash command as Tiergate understood it, or the reason it could not be understood. */
public sealed interface MemberCommand {

    /** Whether the answer shows only to the member who asked. */
    boolean ephemeral();

    record ShowPosition() implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }

    record ShowThreshold() implements MemberCommand {
        public boolean ephemeral() {
            return false;
        }
    }

    /** /profile view, of the caller when {@code nym} is empty. */
    record ViewProfile(Optional<String> nym) implements MemberCommand {
        public boolean ephemeral() {
            return nym.isEmpty();
        }
    }

    /** The interaction arrived without the fields that say which command it is. */
    record Unreadable() implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }

    /** A command Tiergate does not offer (yet). */
    record Unknown(String name) implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }
}
