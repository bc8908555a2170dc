package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.profile.ProfileView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Tenure;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Renders /profile view: the owner's full view privately, anyone else's public view openly. */
final class ProfileReply {

    private ProfileReply() {
    }

    static Reply of(ProfileView view) {
        return switch (view) {
            case ProfileView.Own own -> new Reply(own.nym().value(), bio(own.bio()), List.of(
                    new ReplyField("Tier", own.tier().displayName(), true),
                    new ReplyField("Rank", own.rank().isPresent() ? "#" + own.rank().getAsInt() : "Not ranked", true),
                    new ReplyField("Score", ScoreText.exact(own.score()), true),
                    new ReplyField("Tenure", tenure(own.tenure()), true),
                    new ReplyField("Joined", own.joinedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), true),
                    new ReplyField("Wallet", own.walletLinked() ? "Linked (private)" : "Not linked", true),
                    new ReplyField("Directory", own.directoryOptOut() ? "Hidden" : "Listed", true),
                    new ReplyField("Badges", BadgeText.summary(own.badgeCount(), own.recentBadges()), false)), true)
                    .withThumbnail(own.avatarUrl());
            case ProfileView.Public other -> new Reply(other.nym().value(), bio(other.bio()), List.of(
                    new ReplyField("Tier", other.tier().displayName(), true),
                    new ReplyField("Tenure", tenure(other.tenure()), true),
                    new ReplyField("Score", ScoreText.whole(other.roundedScore()), true),
                    new ReplyField("Badges", BadgeText.summary(other.badgeCount(), other.recentBadges()), false)), false)
                    .withThumbnail(other.avatarUrl());
            case ProfileView.NotFound notFound -> Reply.notice("Profile not found", notFound.nym()
                    .map(nym -> "No member goes by that nym.")
                    .orElse("You have no profile here yet: it is created when you join or receive a score."));
        };
    }

    private static String bio(Bio bio) {
        return bio.isEmpty() ? "No bio yet." : SafeText.mentionFree(bio.value());
    }

    static String tenure(Tenure tenure) {
        return tenure == Tenure.OG ? "OG" : tenure.name().charAt(0) + tenure.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
