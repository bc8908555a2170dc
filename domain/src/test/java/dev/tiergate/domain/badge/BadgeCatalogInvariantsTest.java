package dev.tiergate.domain.badge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BadgeCatalogInvariantsTest {

    @Test
    void aCatalogHoldsAtMostTwoHundredBadges() {
        List<Badge> badges = IntStream.rangeClosed(1, BadgeCatalog.MAX_BADGES + 1)
                .mapToObj(i -> contribution("b" + i, "Badge " + i)).toList();

        assertThatThrownBy(() -> new BadgeCatalog(badges)).isInstanceOf(InvalidFieldException.class)
                .hasMessage("badge_catalog: may list at most 200 badges");
    }

    @Test
    void twoBadgesMayNotShareANameIgnoringCaseSoATypedNameNamesOneBadge() {
        List<Badge> badges = new ArrayList<>(BadgeCatalog.DEFAULT.badges());
        badges.add(contribution("sharer", " WATER sharer"));

        assertThatThrownBy(() -> new BadgeCatalog(badges)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("badge.name");
    }

    @Test
    void aBadgeNeedsAnEmojiOfAtMostSixtyFourCharacters() {
        assertThatThrownBy(() -> new Badge(new BadgeId("helper"), "Helper", " ", BadgeCategory.CONTRIBUTION, ""))
                .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("badge.emoji:");
        assertThatThrownBy(() -> new Badge(new BadgeId("helper"), "Helper", "x".repeat(65),
                BadgeCategory.CONTRIBUTION, "")).isInstanceOf(InvalidFieldException.class);
    }

    private static Badge contribution(String id, String name) {
        return new Badge(new BadgeId(id), name, "🤝", BadgeCategory.CONTRIBUTION, "");
    }
}
