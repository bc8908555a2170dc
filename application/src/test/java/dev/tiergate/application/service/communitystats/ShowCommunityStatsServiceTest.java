package dev.tiergate.application.service.communitystats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.communitystats.CommunityStatsQuery;
import dev.tiergate.application.port.in.communitystats.CommunityStatsView;
import dev.tiergate.application.port.out.communitystats.ActiveMember;
import dev.tiergate.application.port.out.communitystats.CommunityCounts;
import dev.tiergate.application.port.out.communitystats.LoadCommunityStatsPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShowCommunityStatsServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final List<Instant> asked = new ArrayList<>();
    private final ShowCommunityStatsService service = new ShowCommunityStatsService(new LoadCommunityStatsPort() {
        @Override
        public CommunityCounts countSince(CommunityId communityId, Instant since) {
            asked.add(since);
            return new CommunityCounts(120, 80, Map.of(Tier.NAIB, 7, Tier.HAJRA, 30), 40, 5, 3, 9);
        }

        @Override
        public List<ActiveMember> mostActive(CommunityId communityId, PageLimit limit) {
            return List.of(new ActiveMember(new Nym("stilgar"), new ActivityBalance(200, NOW.minus(Duration.ofHours(12)))));
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void countsTheLastSevenDaysAndDecaysActivityToNow() {
        CommunityStatsView view = service.showCommunityStats(new CommunityStatsQuery(GUILD));

        assertThat(asked).containsExactly(NOW.minus(Duration.ofDays(7)));
        assertThat(view.mostActive()).containsExactly(new CommunityStatsView.ActiveEntry(new Nym("stilgar"), 162));
        assertThat(view.members()).isEqualTo(120);
        assertThat(view.promotionsThisWeek()).isEqualTo(3);
        assertThat(view.badgesAwardedThisWeek()).isEqualTo(9);
    }

    @Test
    void everyTierIsListedEvenWhenNobodyHoldsIt() {
        CommunityStatsView view = service.showCommunityStats(new CommunityStatsQuery(GUILD));

        assertThat(view.tierDistribution()).hasSize(Tier.values().length)
                .containsEntry(Tier.NAIB, 7).containsEntry(Tier.USUL, 0).containsEntry(Tier.HAJRA, 30);
    }
}
