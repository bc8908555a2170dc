package dev.tiergate.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PageLimitProperties {

    @Property
    void clampedLimitAlwaysLandsInOneToMax(@ForAll Long requested, @ForAll @IntRange(min = 1, max = 1000) int max) {
        int limit = PageLimit.clamp(requested, max).value();
        assertThat(limit).isBetween(1, max);
    }

    @Property
    void aLimitInsideTheBoundsIsKept(@ForAll @IntRange(min = 1, max = 1000) int requested) {
        assertThat(PageLimit.clamp((long) requested, PageLimit.API_MAX).value()).isEqualTo(requested);
    }

    @Test
    void edgesClampAndNoLimitMeansTheDefault() {
        assertThat(PageLimit.clamp(-1L, PageLimit.API_MAX).value()).isEqualTo(1);
        assertThat(PageLimit.clamp(0L, PageLimit.API_MAX).value()).isEqualTo(1);
        assertThat(PageLimit.clamp(1_000_000_000L, PageLimit.API_MAX).value()).isEqualTo(1000);
        assertThat(PageLimit.clamp(100L, PageLimit.AUTOCOMPLETE_MAX).value()).isEqualTo(25);
        assertThat(PageLimit.clamp(null, PageLimit.API_MAX).value()).isEqualTo(PageLimit.DEFAULT);
    }
}
