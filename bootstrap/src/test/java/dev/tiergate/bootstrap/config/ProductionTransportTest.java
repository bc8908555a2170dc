package dev.tiergate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C4/C5 in production: PostgreSQL with sslmode=verify-full, Redis over TLS, or no start at all. */
class ProductionTransportTest {

    @Test
    void verifiedTlsToPostgresAndRedisIsAccepted() {
        TiergateSettings settings = TiergateSettings.fromEnvironment(ProductionEnvironment.complete());

        assertThat(settings.databaseUrl()).endsWith("sslmode=verify-full");
        assertThat(settings.redisUrl().getScheme()).isEqualTo("rediss");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DATABASE_URL | jdbc:postgresql://secret.internal:5432/tiergate",
        "DATABASE_URL | jdbc:postgresql://secret.internal:5432/tiergate?ssl=true",
        "DATABASE_URL | jdbc:postgresql://secret.internal:5432/tiergate?sslmode=require",
        "DATABASE_URL | jdbc:postgresql://secret.internal:5432/tiergate?sslmode=verify-ca",
        "DATABASE_URL | jdbc:postgresql://secret.internal:5432/tiergate?sslmode=verify-full&sslmode=disable",
        "DATABASE_URL | jdbc:postgresql://secret.internal:5432/tiergate?application_name=sslmode=verify-full",
        "REDIS_URL    | redis://secret.internal:6379",
    })
    void anythingLessIsRefusedNamingTheVariableButNeverItsValue(String variable, String value) {
        Map<String, String> env = ProductionEnvironment.complete();
        env.put(variable, value);

        assertThatThrownBy(() -> TiergateSettings.fromEnvironment(env))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(variable + " ")
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("secret.internal"));
    }

    @Test
    void developmentStillTalksPlainlyToLocalServices() {
        TiergateSettings settings = TiergateSettings.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/tiergate", "REDIS_URL", "redis://127.0.0.1:6379"));

        assertThat(settings.redisUrl().getScheme()).isEqualTo("redis");
    }
}
