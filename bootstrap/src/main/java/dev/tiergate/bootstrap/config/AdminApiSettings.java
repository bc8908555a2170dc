package dev.tiergate.bootstrap.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The admin API's pepper (ADMIN_API_KEY_PEPPER): the server's secret under which API keys are hashed,
 * base64 (URL-safe or standard, padding optional) of at least {@value #MIN_PEPPER_BYTES} random bytes, as
 * deploy/local/secrets.sh prints one. Required in production; development falls back to a fixed pepper
 * that protects nothing. Changing the pepper invalidates every key. Never printed.
 */
public final class AdminApiSettings {

    public static final String PEPPER_VARIABLE = "ADMIN_API_KEY_PEPPER";
    static final int MIN_PEPPER_BYTES = 32;
    private static final byte[] DEVELOPMENT_PEPPER =
            "tiergate development pepper: no secret at all".getBytes(StandardCharsets.US_ASCII);

    private final byte[] pepper;

    private AdminApiSettings(byte[] pepper) {
        this.pepper = pepper.clone();
    }

    public byte[] pepper() {
        return pepper.clone();
    }

    static AdminApiSettings fromEnvironment(Map<String, String> env, boolean production) {
        Optional<String> value = Optional.ofNullable(env.get(PEPPER_VARIABLE)).map(String::strip)
                .filter(text -> !text.isEmpty());
        if (value.isEmpty()) {
            if (production) {
                throw new InvalidSettingException(PEPPER_VARIABLE, "is required in production");
            }
            return new AdminApiSettings(DEVELOPMENT_PEPPER);
        }
        return new AdminApiSettings(decode(value.get()));
    }

    private static byte[] decode(String text) {
        byte[] pepper;
        try {
            pepper = Base64.getUrlDecoder().decode(text.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidSettingException(PEPPER_VARIABLE, mustBe());
        }
        if (pepper.length < MIN_PEPPER_BYTES) {
            throw new InvalidSettingException(PEPPER_VARIABLE, mustBe());
        }
        return pepper;
    }

    private static String mustBe() {
        return "must be base64 of at least " + MIN_PEPPER_BYTES + " random bytes (deploy/local/secrets.sh prints one)";
    }

    @Override
    public String toString() {
        return "AdminApiSettings[pepper=" + pepper.length + " bytes]";
    }
}
