package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.directory.DirectoryEntry;
import dev.tiergate.application.port.in.directory.DirectoryPage;
import dev.tiergate.application.port.in.interaction.ComponentId;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyComponent;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryReplyTest {

    private static final UserId OWNER = new UserId("98765432109876543210".substring(0, 19));

    @Test
    void aFullPageWithEveryFilterFitsDiscordAndCarriesItsControls() {
        List<DirectoryEntry> entries = Collections.nCopies(10,
                new DirectoryEntry(LeaderboardReplyTest.WORST_NYM, Tier.SAYYADINA, Tenure.VETERAN, 14));
        DirectoryFilter everything = new DirectoryFilter(EnumSet.allOf(Tier.class), Optional.of(new BadgeId("water-sharer")),
                Optional.of(Tenure.VETERAN));
        Reply reply = DirectoryReply.of(new DirectoryPage.Page(OWNER, entries, everything, DirectorySort.BADGES, 3, true, false,
                123_456));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.rows()).hasSize(4);
        List<ReplyComponent> paging = reply.rows().getFirst().components();
        assertThat(paging).extracting(ReplyComponent::customId).containsExactly(
                ComponentId.of("directory", "prev", OWNER).encode(), ComponentId.of("directory", "next", OWNER).encode());
        assertThat(((ReplyComponent.Button) paging.get(0)).disabled()).isFalse();
        assertThat(((ReplyComponent.Button) paging.get(1)).disabled()).as("Next on the last page").isTrue();
        assertThat(reply.rows().get(1).components().getFirst().customId())
                .isEqualTo(ComponentId.of("directory", "filter", OWNER, "tier").encode());
        assertThat(reply.rows().get(2).components().getFirst().customId())
                .isEqualTo(ComponentId.of("directory", "filter", OWNER, "tenure").encode());
        ReplyComponent.Select sort = (ReplyComponent.Select) reply.rows().get(3).components().getFirst();
        assertThat(sort.customId()).isEqualTo(ComponentId.of("directory", "sort", OWNER).encode());
        assertThat(sort.options()).filteredOn(ReplyComponent.SelectOption::selected)
                .extracting(ReplyComponent.SelectOption::value).containsExactly("badges");
    }

    @Test
    void theFirstPageCannotGoBack() {
        Reply reply = DirectoryReply.of(new DirectoryPage.Page(OWNER, List.of(), DirectoryFilter.EVERYONE, DirectorySort.NYM, 1,
                false, false, 0));

        assertThat(((ReplyComponent.Button) reply.rows().getFirst().components().getFirst()).disabled()).isTrue();
        assertThat(reply.description()).isEqualTo("No member matches these filters.");
        ReplyComponent.Select tiers = (ReplyComponent.Select) reply.rows().get(1).components().getFirst();
        assertThat(tiers.minValues()).isZero();
        assertThat(tiers.options()).noneMatch(ReplyComponent.SelectOption::selected);
    }

    @Test
    void expiredInvalidAndSlowDownAreEphemeralNotices() {
        assertThat(DirectoryReply.of(new DirectoryPage.Expired()).description()).contains("/directory again");
        assertThat(DirectoryReply.of(new DirectoryPage.Invalid("tier", "must be tier names")).description())
                .isEqualTo("The tier must be tier names.");
        Reply slow = DirectoryReply.of(new DirectoryPage.SlowDown(Duration.ofMillis(1500)));
        assertThat(slow.ephemeral()).isTrue();
        assertThat(slow.description()).contains("2 s");
        assertThat(Set.of(DirectoryReply.of(new DirectoryPage.Expired()).ephemeral())).containsOnly(true);
    }
}
