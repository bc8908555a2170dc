package dev.tiergate.application.service.badge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.badge.MemberBadge;
import dev.tiergate.application.port.in.badge.MemberBadgeCursor;
import dev.tiergate.application.port.in.badge.MemberBadgesPage;
import dev.tiergate.application.port.in.badge.MemberBadgesQuery;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeAward;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListMemberBadgesServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId MEMBER = new UserId("323456789012345678");
    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");
    private static final AwardSource KEY = new AwardSource.ApiKey(new ApiKeyId("key1key1"));

    /** Two awards share a time: the badge id orders them. One award names a badge no longer listed. */
    private final List<BadgeAward> held = List.of(
            new BadgeAward(new BadgeId("teacher"), T0.plusSeconds(20), KEY, "taught"),
            new BadgeAward(new BadgeId("builder"), T0.plusSeconds(10), KEY, "built"),
            new BadgeAward(new BadgeId("helper"), T0.plusSeconds(10), KEY, "helped"),
            new BadgeAward(new BadgeId("retired"), T0.plusSeconds(5), KEY, "gone"),
            new BadgeAward(new BadgeId("veteran"), T0, new AwardSource.Rule("veteran"), "Member for 90 days"));
    private final LoadProfilesPort profiles = new LoadProfilesPort() {
        public Optional<MemberProfile> findProfile(CommunityId c, UserId u) {
            return u.equals(MEMBER) ? Optional.of(new MemberProfile(GUILD, MEMBER, new Nym("Stilgar"), Bio.EMPTY,
                    Optional.empty(), T0, Score.ZERO, Tier.NONE, false, false, Optional.empty())) : Optional.empty();
        }

        public Optional<MemberProfile> findProfileByNym(CommunityId c, Nym nym) {
            throw new UnsupportedOperationException();
        }
    };
    private final ListMemberBadgesService service = new ListMemberBadgesService(
            new CommunityRules(id -> Optional.empty()), profiles, (c, m) -> held);

    @Test
    void pagesRunFromTheMostRecentAwardAndResumeAfterTheCursor() {
        MemberBadgesPage.Found first = page(Optional.empty(), 2);
        MemberBadgesPage.Found second = page(first.next(), 2);

        assertThat(first.badges()).extracting(b -> b.badge().id().value()).containsExactly("teacher", "builder");
        assertThat(first.next()).contains(new MemberBadgeCursor(T0.plusSeconds(10), new BadgeId("builder")));
        assertThat(second.badges()).extracting(b -> b.badge().id().value()).containsExactly("helper", "veteran");
        assertThat(second.badges()).extracting(MemberBadge::award).extracting(BadgeAward::awardedBy)
                .containsExactly(KEY, new AwardSource.Rule("veteran"));
        assertThat(second.next()).isEmpty();
    }

    @Test
    void aMemberWhoIsNotPresentHasNoBadgesToList() {
        assertThat(service.listMemberBadges(new MemberBadgesQuery(GUILD, new UserId("423456789012345678"),
                Optional.empty(), new PageLimit(10)))).isEqualTo(new MemberBadgesPage.MemberNotFound());
    }

    private MemberBadgesPage.Found page(Optional<MemberBadgeCursor> after, int limit) {
        return (MemberBadgesPage.Found) service.listMemberBadges(new MemberBadgesQuery(GUILD, MEMBER, after,
                new PageLimit(limit)));
    }
}
