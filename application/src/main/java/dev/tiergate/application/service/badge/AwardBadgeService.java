package dev.tiergate.application.service.badge;

import dev.tiergate.application.port.in.badge.AwardBadgeCommand;
import dev.tiergate.application.port.in.badge.AwardBadgeUseCase;
import dev.tiergate.application.port.in.badge.BadgeAwardResult;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.profile.MemberProfile;
import java.time.Clock;
import java.util.Optional;

/**
 * Awards a contribution badge by hand (the caller checked that the actor is an admin: a member with the
 * rights or an API key with the write scope); awarding twice changes nothing.
 */
public final class AwardBadgeService implements AwardBadgeUseCase {

    private final CommunityRules rules;
    private final BadgeHolders members;
    private final SaveBadgeAwardsPort awards;
    private final Clock clock;

    public AwardBadgeService(CommunityRules rules, LoadProfilesPort profiles, SaveBadgeAwardsPort awards,
            Clock clock) {
        this.rules = rules;
        this.members = new BadgeHolders(profiles);
        this.awards = awards;
        this.clock = clock;
    }

    @Override
    public BadgeAwardResult awardBadge(AwardBadgeCommand command) {
        Optional<String> reason = BadgeReason.of(command.reason());
        if (reason.isEmpty()) {
            return new BadgeAwardResult.Invalid(BadgeReason.FIELD, BadgeReason.TOO_LONG);
        }
        Optional<Badge> badge = rules.of(command.communityId()).config().badgeCatalog().resolve(command.badge());
        if (badge.isEmpty()) {
            return new BadgeAwardResult.UnknownBadge(command.badge());
        }
        if (!badge.get().isAwardableByHand()) {
            return new BadgeAwardResult.NotAwardableByHand(badge.get());
        }
        Optional<MemberProfile> member = members.find(command.communityId(), command.member());
        if (member.isEmpty()) {
            return new BadgeAwardResult.MemberNotFound(command.member().named());
        }
        BadgeGrant grant = new BadgeGrant(member.get().userId(), badge.get().id(),
                command.actor(), reason.get());
        return awards.awardBadge(command.communityId(), grant, clock.instant())
                ? new BadgeAwardResult.Awarded(member.get().nym(), badge.get())
                : new BadgeAwardResult.AlreadyHeld(member.get().nym(), badge.get());
    }
}
