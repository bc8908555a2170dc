package dev.tiergate.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");
    private static final ApiKeyId ID = new ApiKeyId("Ab3dE6gH");

    @Test
    void aKeyWithoutExpiryOrRevocationIsUsable() {
        assertThat(key(Optional.empty()).usableAt(CREATED.plus(Duration.ofDays(3650)))).isTrue();
    }

    @Test
    void aKeyIsUsableUntilItExpiresAndNotFromThen() {
        Instant expires = CREATED.plus(Duration.ofDays(30));
        ApiKey key = key(Optional.of(expires));

        assertThat(key.usableAt(expires.minusNanos(1_000))).isTrue();
        assertThat(key.usableAt(expires)).isFalse();
        assertThat(key.usableAt(expires.plusSeconds(1))).isFalse();
    }

    @Test
    void aRevokedKeyIsNotUsableAndKeepsItsFirstRevocation() {
        Instant first = CREATED.plusSeconds(60);
        ApiKey revoked = key(Optional.empty()).revokedAt(first);

        assertThat(revoked.usableAt(CREATED.plusSeconds(61))).isFalse();
        assertThat(revoked.revokedAt(first.plusSeconds(60)).revoked()).contains(first);
    }

    @Test
    void aKeyCannotExpireBeforeItExists() {
        assertThatThrownBy(() -> key(Optional.of(CREATED))).isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("expires:");
    }

    @Test
    void namesAreShortPrintableAndNotBlank() {
        assertThat(ApiKey.requireName("deploy bot (2026)")).isEqualTo("deploy bot (2026)");
        assertThatThrownBy(() -> ApiKey.requireName(" ")).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> ApiKey.requireName("a".repeat(65))).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> ApiKey.requireName("line\nbreak")).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> ApiKey.requireName(null)).hasMessageStartingWith("name:");
    }

    @Test
    void idsAreEightLettersOrDigits() {
        assertThat(ApiKeyId.isValid("Ab3dE6gH")).isTrue();
        assertThat(ApiKeyId.isValid("Ab3dE6g")).isFalse();
        assertThat(ApiKeyId.isValid("Ab3dE6g_")).isFalse();
        assertThat(ApiKeyId.isValid("../../et")).isFalse();
        assertThatThrownBy(() -> new ApiKeyId("nope")).hasMessageStartingWith("id:");
    }

    private static ApiKey key(Optional<Instant> expires) {
        return new ApiKey(ID, "ci", ApiScope.READ, CREATED, expires, Optional.empty());
    }
}
