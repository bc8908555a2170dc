package dev.tiergate.application.service.badge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.badge.AwardBadgeCommand;
import dev.tiergate.application.port.in.badge.BadgeAwardResult;
import dev.tiergate.application.port.in.badge.BadgeRevocationResult;
import dev.tiergate.application.port.in.badge.RevokeBadgeCommand;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwardBadgeServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId ADMIN = new UserId("223456789012345678");
    private static final UserId MEMBER = new UserId("323456789012345678");
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final MemberProfile STILGAR = new MemberProfile(GUILD, MEMBER, new Nym("Stilgar"), Bio.EMPTY,
            Optional.empty(), NOW, Score.ZERO, Tier.NONE, false, false, Optional.empty());

    private final Map<BadgeId, String> held = new HashMap<>();
    private final SaveBadgeAwardsPort awards = new SaveBadgeAwardsPort() {
        public boolean awardBadge(CommunityId c, BadgeGrant grant, Instant at) {
            return held.putIfAbsent(grant.badge(), grant.source().recorded() + ":" + grant.reason()) == null;
        }

        public boolean revokeBadge(CommunityId c, UserId m, BadgeId b, AwardSource by, String reason, Instant at) {
            return held.remove(b) != null;
        }

        public int grantAutomaticBadges(CommunityId c, List<BadgeGrant> grants, Instant at) {
            throw new UnsupportedOperationException();
        }
    };
    private final LoadProfilesPort profiles = new LoadProfilesPort() {
        public Optional<MemberProfile> findProfile(CommunityId c, UserId u) {
            return u.equals(MEMBER) ? Optional.of(STILGAR) : Optional.empty();
        }

        public Optional<MemberProfile> findProfileByNym(CommunityId c, Nym nym) {
            return nym.key().equals("stilgar") ? Optional.of(STILGAR) : Optional.empty();
        }
    };
    private final CommunityRules rules = new CommunityRules(id -> Optional.empty());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AwardBadgeService award = new AwardBadgeService(rules, profiles, awards, clock);
    private final RevokeBadgeService revoke = new RevokeBadgeService(rules, profiles, awards, clock);

    @Test
    void aContributionBadgeIsAwardedOnceAndRecordsWhoAndWhy() {
        assertThat(award.awardBadge(command(" stilgar ", "Water Sharer", Optional.of(" shares "))))
                .isEqualTo(new BadgeAwardResult.Awarded(STILGAR.nym(), water()));
        assertThat(award.awardBadge(command("Stilgar", "water-sharer", Optional.empty())))
                .isEqualTo(new BadgeAwardResult.AlreadyHeld(STILGAR.nym(), water()));
        assertThat(held).containsEntry(new BadgeId("water-sharer"), ADMIN.value() + ":shares");
    }

    @Test
    void automaticBadgesUnknownBadgesMissingMembersAndLongReasonsAreRefused() {
        assertThat(award.awardBadge(command("Stilgar", "veteran", Optional.empty())))
                .isInstanceOf(BadgeAwardResult.NotAwardableByHand.class);
        assertThat(award.awardBadge(command("Stilgar", "%_@everyone", Optional.empty())))
                .isEqualTo(new BadgeAwardResult.UnknownBadge("%_@everyone"));
        assertThat(award.awardBadge(command("@everyone", "helper", Optional.empty())))
                .isEqualTo(new BadgeAwardResult.MemberNotFound("@everyone"));
        assertThat(award.awardBadge(command("Stilgar", "helper", Optional.of("x".repeat(501)))))
                .isEqualTo(new BadgeAwardResult.Invalid("reason", "must be at most 500 characters"));
        assertThat(held).isEmpty();
    }

    @Test
    void revokingIsReportedOnlyWhenTheBadgeWasHeld() {
        award.awardBadge(command("Stilgar", "helper", Optional.empty()));

        assertThat(revoke.revokeBadge(new RevokeBadgeCommand(GUILD, ADMIN, "Stilgar", "helper", Optional.empty())))
                .isInstanceOf(BadgeRevocationResult.Revoked.class);
        assertThat(revoke.revokeBadge(new RevokeBadgeCommand(GUILD, ADMIN, "Stilgar", "helper", Optional.empty())))
                .isInstanceOf(BadgeRevocationResult.NotHeld.class);
    }

    private static AwardBadgeCommand command(String nym, String badge, Optional<String> reason) {
        return new AwardBadgeCommand(GUILD, ADMIN, nym, badge, reason);
    }

    private static Badge water() {
        return BadgeCatalog.DEFAULT.find(new BadgeId("water-sharer")).orElseThrow();
    }
}
