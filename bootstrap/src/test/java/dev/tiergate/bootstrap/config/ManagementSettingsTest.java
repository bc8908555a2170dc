package dev.tiergate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagementSettingsTest {

    private static final String TOKEN = "Zx9-kq3T0sVY5r8m2WbQ1xJd7nLc4aPz6uHe_fGi0oR";

    @Test
    void metricsAreOnPort8081OfLoopbackWithoutATokenByDefault() {
        ManagementSettings management = TiergateSettings.fromEnvironment(Map.of()).management();

        assertThat(management.host()).isEqualTo("127.0.0.1");
        assertThat(management.port()).isEqualTo(8081);
        assertThat(management.metricsToken()).isEmpty();
    }

    @Test
    void hostPortAndTokenAreReadAndTheTokenNeverPrinted() {
        TiergateSettings settings = TiergateSettings.fromEnvironment(
                Map.of("MANAGEMENT_HOST", "0.0.0.0", "MANAGEMENT_PORT", "9464", "METRICS_TOKEN", TOKEN));

        assertThat(settings.management()).isEqualTo(new ManagementSettings("0.0.0.0", 9464, Optional.of(TOKEN)));
        assertThat(settings.toString()).contains("metricsToken=required").doesNotContain(TOKEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MANAGEMENT_PORT | 8080",
        "MANAGEMENT_PORT | 0",
        "MANAGEMENT_PORT | 70000",
        "MANAGEMENT_HOST | http://secret.example/",
        "MANAGEMENT_HOST | secret host",
        "METRICS_TOKEN   | secret-but-31-bytes-long-xxxxxx",
        "METRICS_TOKEN   | secret-with-a-space in-it-and-more-than-32-bytes",
    })
    void aBadValueIsRefusedNamingTheVariableButNeverItsValue(String variable, String value) {
        assertThatThrownBy(() -> TiergateSettings.fromEnvironment(Map.of(variable, value)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(variable + " ")
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain(value));
    }

    @Test
    void aTokenOfExactlyThirtyTwoBytesIsEnough() {
        String token = "a".repeat(32);

        assertThat(TiergateSettings.fromEnvironment(Map.of("METRICS_TOKEN", token)).management().metricsToken())
                .contains(token);
    }
}
