package dev.tiergate.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnowflakeTest {

    @Test
    void acceptsOnlySeventeenToTwentyDigitsThatFitSixtyFourBits() {
        assertThat(Snowflake.isValid("12345678901234567")).isTrue();
        assertThat(Snowflake.isValid("18446744073709551615")).isTrue();
        assertThat(Snowflake.isValid("18446744073709551616")).isFalse();
        assertThat(Snowflake.isValid("1234567890123456")).isFalse();
        assertThat(Snowflake.isValid("012345678901234567")).isFalse();
        assertThat(Snowflake.isValid("12345678901234567a")).isFalse();
        assertThat(Snowflake.isValid(null)).isFalse();
        assertThat(Snowflake.isValid("123456789012345678901")).as("21 digits").isFalse();
        assertThat(Snowflake.isValid("+1234567890123456")).as("a sign the number parser takes").isFalse();
        assertThat(Snowflake.isValid("1234567890123456\u0667")).as("an Arabic-Indic digit the parser takes").isFalse();
    }

    @Test
    void readsTheCreationTimeFromTheHighBits() {
        long millis = Instant.parse("2026-11-22T12:00:00Z").toEpochMilli();
        String id = Long.toString((millis - 1_420_070_400_000L) << 22);
        assertThat(Snowflake.createdAt(id)).isEqualTo(Instant.ofEpochMilli(millis));
    }

    @Test
    void aBadSnowflakeNamesTheField() {
        assertThatThrownBy(() -> Snowflake.require("abc", "guild_id")).hasMessage("guild_id: not a Discord snowflake");
    }
}
