package dev.tiergate.application.service.badge;

import dev.tiergate.application.port.in.badge.BadgeRevocationResult;
import dev.tiergate.application.port.in.badge.RevokeBadgeCommand;
import dev.tiergate.application.port.in.badge.RevokeBadgeUseCase;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.profile.MemberProfile;
import java.time.Clock;
import java.util.Optional;

/**
 * Revokes a held badge by hand, softly: the award stays in the history with who revoked it, when
 * and why. Any badge may be revoked; an automatic rule does not award a badge it awarded before again.
 */
public final class RevokeBadgeService implements RevokeBadgeUseCase {

    private final CommunityRules rules;
    private final BadgeHolders members;
    private final SaveBadgeAwardsPort awards;
    private final Clock clock;

    public RevokeBadgeService(CommunityRules rules, LoadProfilesPort profiles, SaveBadgeAwardsPort awards,
            Clock clock) {
        this.rules = rules;
        this.members = new BadgeHolders(profiles);
        this.awards = awards;
        this.clock = clock;
    }

    @Override
    public BadgeRevocationResult revokeBadge(RevokeBadgeCommand command) {
        Optional<String> reason = BadgeReason.of(command.reason());
        if (reason.isEmpty()) {
            return new BadgeRevocationResult.Invalid(BadgeReason.FIELD, BadgeReason.TOO_LONG);
        }
        Optional<Badge> badge = rules.of(command.communityId()).config().badgeCatalog().resolve(command.badge());
        if (badge.isEmpty()) {
            return new BadgeRevocationResult.UnknownBadge(command.badge());
        }
        Optional<MemberProfile> member = members.find(command.communityId(), command.member());
        if (member.isEmpty()) {
            return new BadgeRevocationResult.MemberNotFound(command.member().named());
        }
        boolean revoked = awards.revokeBadge(command.communityId(), member.get().userId(), badge.get().id(),
                command.actor(), reason.get(), clock.instant());
        return revoked ? new BadgeRevocationResult.Revoked(member.get().nym(), badge.get())
                : new BadgeRevocationResult.NotHeld(member.get().nym(), badge.get());
    }
}
