package dev.tiergate.bootstrap.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.apikey.ApiKeyHash;
import dev.tiergate.domain.apikey.ApiKeyToken;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PepperedApiKeyHashTest {

    private static final byte[] PEPPER = "a pepper of at least thirty-two bytes".getBytes(StandardCharsets.US_ASCII);
    private final ApiKeyToken token = ApiKeyToken.generate(new SecureRandom());

    @Test
    void isHmacSha256OfTheWholeKeyUnderThePepper() {
        ApiKeyToken zeros = ApiKeyToken.parse("tg_00000000_" + "0".repeat(43)).orElseThrow();

        // python3: hmac.new(PEPPER, b"tg_00000000_" + b"0" * 43, hashlib.sha256).hexdigest()
        assertThat(new PepperedApiKeyHash(PEPPER).hash(zeros).bytes()).isEqualTo(
                HexFormat.of().parseHex("f39e83d2d3cd2dedaa675d6857696f999e8e7dae439af6591ac947d74f87f37e"));
    }

    @Test
    void theSameKeyAlwaysHashesAlikeAndOnlyThatKey() {
        PepperedApiKeyHash hashes = new PepperedApiKeyHash(PEPPER);
        ApiKeyToken other = ApiKeyToken.generate(new SecureRandom());

        assertThat(hashes.hash(token).matches(hashes.hash(token))).isTrue();
        assertThat(hashes.hash(token).matches(hashes.hash(other))).isFalse();
    }

    @Test
    void anotherPepperGivesAnotherHash() {
        byte[] otherPepper = Arrays.copyOf(PEPPER, PEPPER.length);
        otherPepper[0] ^= 1;

        ApiKeyHash one = new PepperedApiKeyHash(PEPPER).hash(token);
        ApiKeyHash two = new PepperedApiKeyHash(otherPepper).hash(token);

        assertThat(one.matches(two)).isFalse();
        assertThat(new String(one.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(token.reveal().substring(12));
    }
}
