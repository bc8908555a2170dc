package dev.tiergate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TiergateSettingsTest {

    private static Map<String, String> production() {
        return ProductionEnvironment.complete();
    }

    @Test
    void developmentNeedsNothingAndPointsAtLocalServices() {
        TiergateSettings settings = TiergateSettings.fromEnvironment(Map.of());
        assertThat(settings.environment()).isEqualTo(TiergateEnvironment.DEVELOPMENT);
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/tiergate");
        assertThat(settings.nats().url().toString()).isEqualTo("nats://127.0.0.1:4222");
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.usesDiscordStandIn()).isTrue();
        assertThat(settings.backgroundJobs()).as("jobs run unless turned off").isTrue();
    }

    @Test
    void backgroundJobsCanBeTurnedOffAndAnythingButABooleanIsRefusedByName() {
        assertThat(TiergateSettings.fromEnvironment(Map.of("TIERGATE_BACKGROUND_JOBS", "false")).backgroundJobs())
                .isFalse();
        assertThatThrownBy(() -> TiergateSettings.fromEnvironment(Map.of("TIERGATE_BACKGROUND_JOBS", "sometimes")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("TIERGATE_BACKGROUND_JOBS");
    }

    @Test
    void theDemoIsReseededOnlyWhenAskedAndOnlyWithTheDemo() {
        assertThat(TiergateSettings.fromEnvironment(Map.of("TIERGATE_DEMO", "true")).demoReseed()).isFalse();
        assertThat(TiergateSettings.fromEnvironment(Map.of("TIERGATE_DEMO", "true", "TIERGATE_DEMO_RESEED", "true"))
                .demoReseed()).isTrue();
        assertThatThrownBy(() -> TiergateSettings.fromEnvironment(Map.of("TIERGATE_DEMO_RESEED", "true")))
                .isInstanceOf(InvalidSettingException.class).hasMessage("TIERGATE_DEMO_RESEED needs TIERGATE_DEMO=true");
    }

    @Test
    void theDiscordStandInListensWhereTheConsoleLooksUnlessToldOtherwise() {
        assertThat(TiergateSettings.fromEnvironment(Map.of()).discordStandInPort())
                .isEqualTo(TiergateSettings.DEFAULT_STAND_IN_PORT).isEqualTo(8082);
        assertThat(TiergateSettings.fromEnvironment(Map.of("DISCORD_STAND_IN_PORT", "0")).discordStandInPort()).isZero();
        assertThatThrownBy(() -> TiergateSettings.fromEnvironment(Map.of("DISCORD_STAND_IN_PORT", "70000")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("DISCORD_STAND_IN_PORT");
    }

    @Test
    void aCompleteProductionEnvironmentIsAccepted() {
        TiergateSettings settings = TiergateSettings.fromEnvironment(production());
        assertThat(settings.usesDiscordStandIn()).isFalse();
        assertThat(settings.toString()).doesNotContain(production().get("DATABASE_PASSWORD"))
                .doesNotContain(production().get("DISCORD_BOT_TOKEN"));
    }

    @ParameterizedTest
    @CsvSource({
        "DATABASE_URL, mysql://db.internal/x",
        "NATS_URL, nats://nats.internal:4222",
        "NATS_URL, opentls://nats.internal:4222",
        "REDIS_URL, http://cache.internal",
        "DISCORD_PUBLIC_KEY, not-hex-at-all-secret",
        "DISCORD_APPLICATION_ID, 12ab",
        "HTTP_PORT, 70000",
        "TIERGATE_ENV, staging-secret",
    })
    void aMalformedValueNamesTheVariableButNeverItsValue(String variable, String badValue) {
        Map<String, String> env = production();
        env.put(variable, badValue);
        assertThatThrownBy(() -> TiergateSettings.fromEnvironment(env))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(variable)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(badValue));
    }

    @ParameterizedTest
    @CsvSource({"DATABASE_URL", "NATS_URL", "DISCORD_PUBLIC_KEY", "DISCORD_APPLICATION_ID", "DISCORD_BOT_TOKEN"})
    void aMissingRequiredValueInProductionIsNamed(String variable) {
        Map<String, String> env = production();
        env.remove(variable);
        assertThatThrownBy(() -> TiergateSettings.fromEnvironment(env)).hasMessage(variable + " is required"
                + (variable.equals("DISCORD_BOT_TOKEN") ? " in production" : ""));
    }

    @Test
    void rateLimitsCanBeTunedButNotMadeToFailOpen() {
        Map<String, String> env = new HashMap<>(Map.of("TIERGATE_RATE_LIMITS", "member-commands=10/20s, admin-api=120/1m/20"));
        TiergateSettings settings = TiergateSettings.fromEnvironment(env);
        assertThat(settings.rateLimits().named("member-commands").permits()).isEqualTo(10);
        assertThat(settings.rateLimits().named("member-commands").burst()).isEqualTo(10);
        assertThat(settings.rateLimits().named("admin-api").burst()).isEqualTo(20);
        assertThat(settings.rateLimits().named("admin-api").failureMode())
                .isEqualTo(dev.tiergate.domain.ratelimit.FailureMode.CLOSED);
        assertThat(TiergateSettings.fromEnvironment(Map.of()).rateLimits())
                .isEqualTo(dev.tiergate.domain.ratelimit.RateLimitPolicies.DEFAULTS);
        for (String bad : new String[] {"member-commands=5", "no-such=1/1s", "member-commands=0/1s", "x"}) {
            assertThatThrownBy(() -> TiergateSettings.fromEnvironment(Map.of("TIERGATE_RATE_LIMITS", bad)))
                    .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("TIERGATE_RATE_LIMITS");
        }
    }

    @Test
    void productionNeedsNatsCredentials() {
        Map<String, String> env = production();
        env.remove("NATS_CREDS_FILE");
        assertThatThrownBy(() -> TiergateSettings.fromEnvironment(env)).hasMessageStartingWith("NATS_CREDS_FILE");
        env.put("NATS_USER", "tiergate");
        env.put("NATS_PASSWORD", "pw");
        assertThat(TiergateSettings.fromEnvironment(env).nats().user()).contains("tiergate");
    }
}
