package dev.tiergate.domain.badge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import org.junit.jupiter.api.Test;

class BadgeCatalogTest {

    @Test
    void suggestionsMatchAPrefixOfTheIdOrTheNameIgnoringCase() {
        assertThat(BadgeCatalog.DEFAULT.startingWith("WATER", false, new PageLimit(25)))
                .extracting(b -> b.id().value()).containsExactly("water-sharer");
        assertThat(BadgeCatalog.DEFAULT.startingWith("founding n", false, new PageLimit(25)))
                .extracting(b -> b.id().value()).containsExactly("founding-naib");
        assertThat(BadgeCatalog.DEFAULT.startingWith("%", false, new PageLimit(25))).isEmpty();
    }

    @Test
    void contributionOnlySuggestionsLeaveOutAutomaticBadges() {
        assertThat(BadgeCatalog.DEFAULT.startingWith("", true, new PageLimit(25)))
                .extracting(b -> b.id().value()).containsExactly("helper", "builder", "teacher", "water-sharer");
    }

    @Test
    void suggestionsStopAtTheLimit() {
        assertThat(BadgeCatalog.DEFAULT.startingWith("", false, new PageLimit(3))).hasSize(3);
    }

    @Test
    void aTypedBadgeResolvesByIdOrNameIgnoringCase() {
        assertThat(BadgeCatalog.DEFAULT.resolve(" Water-Sharer ")).get().extracting(b -> b.id().value())
                .isEqualTo("water-sharer");
        assertThat(BadgeCatalog.DEFAULT.resolve("water sharer")).get().extracting(b -> b.id().value())
                .isEqualTo("water-sharer");
        assertThat(BadgeCatalog.DEFAULT.resolve("water%")).isEmpty();
    }

    @Test
    void recordedSourcesReadBackAsTheyWereWritten() {
        AwardSource admin = new AwardSource.Member(new UserId("223456789012345678"));
        AwardSource rule = new AwardSource.Rule("veteran");

        assertThat(AwardSource.parse(admin.recorded())).isEqualTo(admin);
        assertThat(AwardSource.parse(rule.recorded())).isEqualTo(rule);
        assertThat(rule.recorded()).isEqualTo("rule:veteran");
    }
}
