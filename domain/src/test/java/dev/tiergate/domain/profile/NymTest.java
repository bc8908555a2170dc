package dev.tiergate.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NymTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Stil_gar-7.x", "Paul Atreides", "Ünïcode名前", "abcdefghijklmnopqrstuvwxyz012345"})
    void acceptsLettersDigitsUnderscoreDashDotAndSingleSpaces(String value) {
        assertThat(new Nym(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "abcdefghijklmnopqrstuvwxyz0123456", "two  spaces", " lead", "trail ", "@everyone",
            "<@123>", "a%b", "emoji🙂"})
    void rejectsAnythingElseNamingTheField(String value) {
        assertThatThrownBy(() -> new Nym(value)).isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("nym:");
    }

    @Test
    void uniquenessIsCaseInsensitive() {
        assertThat(new Nym("Stilgar").key()).isEqualTo(new Nym("STILGAR").key());
    }

    @Test
    void defaultNymIsTheSanitisedUsernameAndFallsBackWhenNothingIsLeft() {
        assertThat(Nym.fromUsername("  paul!!  atreides ", "member-1234").value()).isEqualTo("paul atreides");
        assertThat(Nym.fromUsername("🙂🙂", "member-1234").value()).isEqualTo("member-1234");
        assertThat(Nym.fromUsername("x", "member-1234").value()).isEqualTo("x__");
    }

    @Test
    void suffixKeepsTheNymWithinThirtyTwoCharacters() {
        Nym longNym = new Nym("abcdefghijklmnopqrstuvwxyz012345");
        assertThat(longNym.withSuffix(12).value()).isEqualTo("abcdefghijklmnopqrstuvwxyz012-12").hasSize(32);
        assertThat(new Nym("paul").withSuffix(2).value()).isEqualTo("paul-2");
    }
}
