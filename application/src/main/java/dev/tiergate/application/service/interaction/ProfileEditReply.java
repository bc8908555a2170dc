package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.profile.ProfileEdit;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders /profile edit for the editing member only. The bio is shown as typed, except that every
 * {@code @} gets a zero-width space after it, so {@code @everyone}, {@code @here} and {@code <@id>}
 * never read as mentions; nyms are escaped so an {@code _} never turns into italics.
 */
final class ProfileEditReply {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String UNCHANGED = " Nothing was changed.";

    private ProfileEditReply() {
    }

    static Reply of(ProfileEdit edit) {
        return switch (edit) {
            case ProfileEdit.Updated updated -> new Reply("Profile updated", "Your profile now reads:", List.of(
                    new ReplyField("Nym", SafeText.nym(updated.nym()), false),
                    new ReplyField("Bio", bio(updated.bio()), false),
                    new ReplyField("Next nym change", updated.nextNymChangeAt().map(ProfileEditReply::when)
                            .orElse("Any time"), false)), true);
            case ProfileEdit.NothingToChange nothing -> Reply.notice("Nothing to change",
                    "Give a new nym, a new bio or both: what you gave is what your profile already says.");
            case ProfileEdit.NymTooSoon tooSoon -> Reply.notice("Nym change not allowed yet",
                    "You changed your nym recently. You can change it again from " + when(tooSoon.allowedFrom()) + "."
                            + UNCHANGED);
            case ProfileEdit.NymTaken taken -> Reply.notice("Nym taken", SafeText.nym(taken.nym())
                    + " is already taken in this server (nyms are compared ignoring case)." + UNCHANGED);
            case ProfileEdit.Invalid invalid -> Reply.notice("Invalid " + invalid.field(),
                    "The " + invalid.field() + " " + invalid.problem() + "." + UNCHANGED);
            case ProfileEdit.NoProfile none -> Reply.notice("No profile yet",
                    "You have no profile here yet: it is created when you join or receive a score.");
        };
    }


    /** The bio as typed, with no {@code @} left that Discord could read as a mention. */
    static String bio(Bio bio) {
        return bio.isEmpty() ? "No bio." : SafeText.mentionFree(bio.value());
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
