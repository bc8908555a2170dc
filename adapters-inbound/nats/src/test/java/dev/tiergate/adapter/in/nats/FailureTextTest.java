package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Failure descriptions keep the cause and drop the secrets. */
class FailureTextTest {

    @Test
    void namesTheCauseChainWithoutTokensOrWallets() {
        String token = "aW50ZXJhY3Rpb25fdG9rZW4";
        String wallet = "0xabcdef0123456789abcdef0123456789abcdef01";
        Exception failure = new IllegalStateException("POST /interactions/1/" + token + "/callback failed",
                new IOException("row for " + wallet + " locked"));

        String text = FailureText.describe(failure, token);

        assertThat(text).startsWith("IllegalStateException: POST /interactions/1/<redacted>/callback failed")
                .contains("<- IOException: row for 0x")
                .doesNotContain(token)
                .doesNotContain(wallet);
    }

    @Test
    void staysShort() {
        assertThat(FailureText.describe(new RuntimeException("x".repeat(10_000)))).hasSizeLessThan(500);
    }
}
