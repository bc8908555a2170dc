package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of the Discord API base URL and request timeout. */
class DiscordApiSettingsTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    @Test
    void acceptsDiscordsHttpsBaseAndDropsATrailingSlash() {
        var settings = new DiscordApiSettings(URI.create("https://discord.com/api/v10/"), TWO_SECONDS);

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://discord.com/api/v10"));
        assertThat(settings.requestTimeout()).isEqualTo(TWO_SECONDS);
    }

    @Test
    void acceptsPlainHttpOnLoopbackForTheStandIn() {
        var settings = new DiscordApiSettings(URI.create("http://127.0.0.1:8099/api/v10"), TWO_SECONDS);

        assertThat(settings.baseUrl().getPort()).isEqualTo(8099);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://discord.com/api/v10", "discord.com/api/v10", "file:///tmp/discord",
            "https://discord.com/api/v10?x=1", "https://user:pass@discord.com/api/v10"})
    void rejectsBaseUrlsThatAreNotPlainHttpOrHttps(String url) {
        assertThatThrownBy(() -> new DiscordApiSettings(URI.create(url), TWO_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Discord API base URL must");
    }

    @Test
    void acceptsATimeoutOfExactlyTenSeconds() {
        var settings = new DiscordApiSettings(URI.create("https://discord.com/api/v10"), Duration.ofSeconds(10));

        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 10_001})
    void rejectsTimeoutsThatAreNotPositiveOrLongerThanTenSeconds(long millis) {
        assertThatThrownBy(() -> new DiscordApiSettings(URI.create("https://discord.com/api/v10"),
                Duration.ofMillis(millis)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
    }

    @Test
    void rejectsMissingValues() {
        assertThatThrownBy(() -> new DiscordApiSettings(null, TWO_SECONDS)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DiscordApiSettings(URI.create("https://discord.com/api/v10"), null))
                .isInstanceOf(NullPointerException.class);
    }
}
