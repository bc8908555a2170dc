package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tiergate.application.port.in.directory.DirectoryEntry;
import dev.tiergate.application.port.in.directory.DirectoryPage;
import dev.tiergate.application.port.in.interaction.ComponentId;
import dev.tiergate.application.port.out.interaction.ComponentRow;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyComponent;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeCategory;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import java.util.ArrayList;
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
                123_456, BadgeCatalog.DEFAULT));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.rows()).hasSize(ComponentRow.MAX_ROWS);
        List<ReplyComponent> paging = reply.rows().getFirst().components();
        assertThat(paging).extracting(ReplyComponent::customId).containsExactly(
                ComponentId.of("directory", "prev", OWNER).encode(), ComponentId.of("directory", "next", OWNER).encode());
        assertThat(((ReplyComponent.Button) paging.get(0)).disabled()).isFalse();
        assertThat(((ReplyComponent.Button) paging.get(1)).disabled()).as("Next on the last page").isTrue();
        assertThat(reply.rows().get(1).components().getFirst().customId())
                .isEqualTo(ComponentId.of("directory", "filter", OWNER, "tier").encode());
        ReplyComponent.Select badges = (ReplyComponent.Select) reply.rows().get(2).components().getFirst();
        assertThat(badges.customId()).isEqualTo(ComponentId.of("directory", "filter", OWNER, "badge").encode());
        assertThat(badges.options()).hasSize(1 + BadgeCatalog.DEFAULT.badges().size());
        assertThat(badges.options()).filteredOn(ReplyComponent.SelectOption::selected)
                .extracting(ReplyComponent.SelectOption::label, ReplyComponent.SelectOption::value)
                .containsExactly(tuple("Water Sharer", "water-sharer"));
        assertThat(badges.minValues()).isOne();
        assertThat(badges.maxValues()).isOne();
        assertThat(reply.fields().getFirst().value()).contains("badge Water Sharer");
        assertThat(reply.rows().get(3).components().getFirst().customId())
                .isEqualTo(ComponentId.of("directory", "filter", OWNER, "tenure").encode());
        ReplyComponent.Select sort = (ReplyComponent.Select) reply.rows().get(4).components().getFirst();
        assertThat(sort.customId()).isEqualTo(ComponentId.of("directory", "sort", OWNER).encode());
        assertThat(sort.options()).filteredOn(ReplyComponent.SelectOption::selected)
                .extracting(ReplyComponent.SelectOption::value).containsExactly("badges");
    }

    @Test
    void theFirstPageCannotGoBack() {
        Reply reply = DirectoryReply.of(new DirectoryPage.Page(OWNER, List.of(), DirectoryFilter.EVERYONE, DirectorySort.NYM, 1,
                false, false, 0, BadgeCatalog.DEFAULT));

        assertThat(((ReplyComponent.Button) reply.rows().getFirst().components().getFirst()).disabled()).isTrue();
        assertThat(reply.description()).isEqualTo("No member matches these filters.");
        ReplyComponent.Select tiers = (ReplyComponent.Select) reply.rows().get(1).components().getFirst();
        assertThat(tiers.minValues()).isZero();
        assertThat(tiers.options()).noneMatch(ReplyComponent.SelectOption::selected);
        ReplyComponent.Select badges = (ReplyComponent.Select) reply.rows().get(2).components().getFirst();
        assertThat(badges.options()).filteredOn(ReplyComponent.SelectOption::selected)
                .extracting(ReplyComponent.SelectOption::value).containsExactly("any");
        assertThat(badges.options().subList(1, badges.options().size())).extracting(ReplyComponent.SelectOption::value)
                .containsExactlyElementsOf(BadgeCatalog.DEFAULT.badges().stream().map(b -> b.id().value()).toList());
    }

    @Test
    void aLargeCatalogOffersTwentyFourBadgesAlwaysWithTheChosenOneAndNeverTwoAnys() {
        List<Badge> many = new ArrayList<>();
        many.add(new Badge(new BadgeId("any"), "Any", "🏅", BadgeCategory.CONTRIBUTION, ""));
        for (int i = 1; i <= 40; i++) {
            many.add(new Badge(new BadgeId("badge-" + i), ("*_@everyone`" + i).repeat(6).substring(0, 64), "🏅",
                    BadgeCategory.CONTRIBUTION, ""));
        }
        BadgeCatalog catalog = new BadgeCatalog(many);
        DirectoryFilter chosen = new DirectoryFilter(Set.of(), Optional.of(new BadgeId("badge-37")), Optional.empty());

        Reply reply = DirectoryReply.of(new DirectoryPage.Page(OWNER, List.of(), chosen, DirectorySort.NYM, 1, false, false,
                0, catalog));

        DiscordReplyLimits.assertFits(reply);
        ReplyComponent.Select badges = (ReplyComponent.Select) reply.rows().get(2).components().getFirst();
        List<String> values = badges.options().stream().map(ReplyComponent.SelectOption::value).toList();
        assertThat(values).hasSize(ReplyComponent.Select.MAX_OPTIONS).doesNotHaveDuplicates()
                .startsWith("any", "badge-1", "badge-2").endsWith("badge-23", "badge-37");
        assertThat(badges.options()).filteredOn(ReplyComponent.SelectOption::selected)
                .extracting(ReplyComponent.SelectOption::value).containsExactly("badge-37");
        assertThat(reply.fields().getFirst().value()).doesNotContain("@everyone").contains("\\*\\_@\u200Deveryone");
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
