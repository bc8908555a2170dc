package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bot's identity: validated, sent as a Bot authorisation, never printed. */
class DiscordBotCredentialsTest {

    private static final String TOKEN = "MTA0.secret-token.value";

    @Test
    void authorisesAsTheBotAndNeverPrintsTheToken() {
        var credentials = new DiscordBotCredentials("100000000000000001", TOKEN);

        assertThat(credentials.authorization()).isEqualTo("Bot " + TOKEN);
        assertThat(credentials.toString()).contains("100000000000000001").doesNotContain(TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "not-a-number", "0100000000000000001"})
    void refusesAnApplicationIdThatIsNotASnowflake(String applicationId) {
        assertThatThrownBy(() -> new DiscordBotCredentials(applicationId, TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("application id");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "two words", "line\nbreak", "tökén"})
    void refusesATokenThatCannotBeAHeaderValue(String token) {
        assertThatThrownBy(() -> new DiscordBotCredentials("100000000000000001", token))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Discord bot token must be printable ASCII without spaces");
    }
}
