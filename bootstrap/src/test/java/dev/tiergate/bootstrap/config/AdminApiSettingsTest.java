package dev.tiergate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminApiSettingsTest {

    private static final byte[] RANDOM = new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
        31, (byte) 0xFF};

    @Test
    void thePepperIsBase64OfThirtyTwoBytesOrMoreUrlSafeOrStandard() {
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(RANDOM);
        String standard = Base64.getEncoder().encodeToString(RANDOM);

        assertThat(AdminApiSettings.fromEnvironment(Map.of("ADMIN_API_KEY_PEPPER", urlSafe), true).pepper()).isEqualTo(RANDOM);
        assertThat(AdminApiSettings.fromEnvironment(Map.of("ADMIN_API_KEY_PEPPER", standard), true).pepper()).isEqualTo(RANDOM);
    }

    @Test
    void productionRequiresItAndDevelopmentFallsBackToAFixedOne() {
        assertThatThrownBy(() -> AdminApiSettings.fromEnvironment(Map.of(), true))
                .hasMessage("ADMIN_API_KEY_PEPPER is required in production");
        assertThat(AdminApiSettings.fromEnvironment(Map.of(), false).pepper()).hasSizeGreaterThanOrEqualTo(32)
                .isEqualTo(AdminApiSettings.fromEnvironment(Map.of("ADMIN_API_KEY_PEPPER", " "), false).pepper());
    }

    @Test
    void aShortOrMalformedPepperNamesTheVariableNeverItsValue() {
        String short31 = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[31]);
        for (String bad : new String[] {short31, "not base64 at all!", "hunter2"}) {
            assertThatThrownBy(() -> AdminApiSettings.fromEnvironment(Map.of("ADMIN_API_KEY_PEPPER", bad), false))
                    .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("ADMIN_API_KEY_PEPPER must be")
                    .message().doesNotContain(bad);
        }
    }

    @Test
    void neverPrintsThePepper() {
        String pepper = Base64.getUrlEncoder().withoutPadding().encodeToString(RANDOM);

        assertThat(AdminApiSettings.fromEnvironment(Map.of("ADMIN_API_KEY_PEPPER", pepper), true).toString())
                .doesNotContain(pepper).isEqualTo("AdminApiSettings[pepper=32 bytes]");
    }
}
