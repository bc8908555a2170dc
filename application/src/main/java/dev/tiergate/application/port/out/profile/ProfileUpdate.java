package dev.tiergate.application.port.out.profile;

/** Whether a {@link ProfileChange} was stored; only {@link Saved} changed anything. */
public sealed interface ProfileUpdate {

    record Saved() implements ProfileUpdate {
    }

    /** Another member of the community holds the new nym case-insensitively (left members included). */
    record NymTaken() implements ProfileUpdate {
    }

    /** The member left, or changed its nym, since its profile was read: read it again and decide anew. */
    record Outdated() implements ProfileUpdate {
    }
}
