package dev.tiergate.adapter.in.http.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignedRequestsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final byte[] BODY = "{\"type\":1}".getBytes(StandardCharsets.UTF_8);

    private final DiscordTestKey discord = DiscordTestKey.generate();
    private final SignedRequests requests = new SignedRequests(
            Ed25519SignatureVerifier.forPublicKey(discord.publicKeyHex()), Clock.fixed(NOW, ZoneOffset.UTC));

    private boolean signedAt(Instant when) {
        String timestamp = Long.toString(when.getEpochSecond());
        return requests.authentic(discord.sign(timestamp, BODY), timestamp, BODY);
    }

    @Test
    void aSignatureMadeWithinFiveMinutesEitherWayIsDiscords() {
        assertThat(signedAt(NOW)).isTrue();
        assertThat(signedAt(NOW.minus(Duration.ofMinutes(5)))).isTrue();
        assertThat(signedAt(NOW.plus(Duration.ofMinutes(5)))).isTrue();
    }

    @Test
    void aStaleOrFutureTimestampIsRefusedThoughTheSignatureIsValid() {
        assertThat(signedAt(NOW.minus(Duration.ofMinutes(5)).minusSeconds(1))).isFalse();
        assertThat(signedAt(NOW.minus(Duration.ofDays(1)))).isFalse();
        assertThat(signedAt(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1))).isFalse();
    }

    @Test
    void missingHeadersOrATimestampThatIsNotUnixSecondsAreRefused() {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signature = discord.sign(timestamp, BODY);

        assertThat(requests.authentic(null, timestamp, BODY)).isFalse();
        assertThat(requests.authentic(signature, null, BODY)).isFalse();
        assertThat(requests.authentic(null, null, BODY)).isFalse();
        for (String odd : new String[] {"", " " + timestamp, timestamp + ".0", "-" + timestamp, "9".repeat(13)}) {
            assertThat(requests.authentic(discord.sign(odd, BODY), odd, BODY)).as(odd).isFalse();
        }
    }
}
