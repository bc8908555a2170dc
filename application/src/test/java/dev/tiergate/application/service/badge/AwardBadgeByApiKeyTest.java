package dev.tiergate.application.service.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.badge.AwardBadgeCommand;
import dev.tiergate.application.port.in.badge.BadgeAwardResult;
import dev.tiergate.application.port.in.badge.BadgeHolder;
import dev.tiergate.application.port.in.badge.BadgeRevocationResult;
import dev.tiergate.application.port.in.badge.RevokeBadgeCommand;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.badge.AwardSource;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwardBadgeByApiKeyTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId MEMBER = new UserId("323456789012345678");
    private static final AwardSource KEY = new AwardSource.ApiKey(new ApiKeyId("key1key1"));
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final List<String> recorded = new ArrayList<>();
    private final SaveBadgeAwardsPort awards = new SaveBadgeAwardsPort() {
        public boolean awardBadge(CommunityId c, BadgeGrant grant, Instant at) {
            recorded.add("award " + grant.member() + " " + grant.badge() + " by " + grant.source().recorded());
            return true;
        }

        public boolean revokeBadge(CommunityId c, UserId m, BadgeId b, AwardSource by, String reason, Instant at) {
            recorded.add("revoke " + m + " " + b + " by " + by.recorded() + ": " + reason);
            return true;
        }

        public int grantAutomaticBadges(CommunityId c, List<BadgeGrant> grants, Instant at) {
            throw new UnsupportedOperationException();
        }
    };
    private final LoadProfilesPort profiles = new LoadProfilesPort() {
        public Optional<MemberProfile> findProfile(CommunityId c, UserId u) {
            return u.equals(MEMBER) ? Optional.of(new MemberProfile(GUILD, MEMBER, new Nym("Stilgar"), Bio.EMPTY,
                    Optional.empty(), NOW, Score.ZERO, Tier.NONE, false, false, Optional.empty())) : Optional.empty();
        }

        public Optional<MemberProfile> findProfileByNym(CommunityId c, Nym nym) {
            throw new UnsupportedOperationException("an API command names the member by user id");
        }
    };
    private final CommunityRules rules = new CommunityRules(id -> Optional.empty());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void anApiKeyAwardsAndRevokesByUserIdAndIsRecordedAsTheActor() {
        BadgeAwardResult awarded = new AwardBadgeService(rules, profiles, awards, clock).awardBadge(
                new AwardBadgeCommand(GUILD, KEY, new BadgeHolder.ById(MEMBER), "helper", Optional.empty()));
        BadgeRevocationResult revoked = new RevokeBadgeService(rules, profiles, awards, clock).revokeBadge(
                new RevokeBadgeCommand(GUILD, KEY, new BadgeHolder.ById(MEMBER), "helper", Optional.of(" mistake ")));

        assertThat(awarded).isInstanceOf(BadgeAwardResult.Awarded.class);
        assertThat(revoked).isInstanceOf(BadgeRevocationResult.Revoked.class);
        assertThat(recorded).containsExactly("award " + MEMBER + " helper by api-key:key1key1",
                "revoke " + MEMBER + " helper by api-key:key1key1: mistake");
    }

    @Test
    void aUserIdWithoutAPresentMemberIsNotFoundAndNamedInTheAnswer() {
        UserId stranger = new UserId("423456789012345678");

        assertThat(new AwardBadgeService(rules, profiles, awards, clock).awardBadge(new AwardBadgeCommand(GUILD, KEY,
                new BadgeHolder.ById(stranger), "helper", Optional.empty())))
                .isEqualTo(new BadgeAwardResult.MemberNotFound(stranger.value()));
        assertThat(recorded).isEmpty();
    }

    @Test
    void anAutomaticRuleIsNeverTheActorOfAnAwardByHand() {
        assertThatThrownBy(() -> new AwardBadgeCommand(GUILD, new AwardSource.Rule("veteran"),
                new BadgeHolder.ById(MEMBER), "helper", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
