package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePrefixTest {

    @Test
    void escapesEveryWildcardAndTheEscapeCharacterThenMatchesAnyRest() {
        assertThat(LikePrefix.of("")).isEqualTo("%");
        assertThat(LikePrefix.of("paul")).isEqualTo("paul%");
        assertThat(LikePrefix.of("%")).isEqualTo("\\%%");
        assertThat(LikePrefix.of("a_b")).isEqualTo("a\\_b%");
        assertThat(LikePrefix.of("\\%")).isEqualTo("\\\\\\%%");
    }
}
