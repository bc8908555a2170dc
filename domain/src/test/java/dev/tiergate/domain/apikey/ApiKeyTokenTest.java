package dev.tiergate.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ApiKeyTokenTest {

    private final RandomGenerator random = new SplittableRandom(7);

    @Test
    void aGeneratedKeyIsPrefixedIdAndA256BitSecretInBase62() {
        String key = ApiKeyToken.generate(random).reveal();

        assertThat(key).matches("tg_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}");
    }

    @Test
    void aGeneratedKeyReadsBackAsTheSameIdAndSecret() {
        ApiKeyToken generated = ApiKeyToken.generate(random);

        assertThat(ApiKeyToken.parse(generated.reveal())).hasValueSatisfying(parsed -> {
            assertThat(parsed.id()).isEqualTo(generated.id());
            assertThat(parsed.reveal()).isEqualTo(generated.reveal());
        });
    }

    @Test
    void everyByteOfTheSecretCounts() {
        RandomGenerator zeros = fixedBytes((byte) 0);
        RandomGenerator ones = fixedBytes((byte) 0xFF);

        String allZero = ApiKeyToken.generate(zeros).reveal();
        String allOne = ApiKeyToken.generate(ones).reveal();

        assertThat(allZero).isEqualTo("tg_00000000_" + "0".repeat(43));
        // 2^256 - 1, the largest secret, still fits 43 digits: its leading digit is not zero.
        assertThat(allOne).hasSize(allZero.length()).doesNotStartWith("tg_00000000_0");
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(ApiKeyToken.generate(random).reveal());
        }
        assertThat(seen).hasSize(1_000);
    }

    @Test
    void refusesAnythingButTheExactFormat() {
        String valid = ApiKeyToken.generate(random).reveal();

        assertThat(ApiKeyToken.parse(null)).isEmpty();
        assertThat(ApiKeyToken.parse("")).isEmpty();
        assertThat(ApiKeyToken.parse(valid + "x")).isEmpty();
        assertThat(ApiKeyToken.parse(valid.substring(1))).isEmpty();
        assertThat(ApiKeyToken.parse("xx" + valid.substring(2))).isEmpty();
        assertThat(ApiKeyToken.parse(valid.replace('_', '-'))).isEmpty();
        assertThat(ApiKeyToken.parse(valid.substring(0, 20) + "%" + valid.substring(21))).isEmpty();
    }

    @Test
    void neverPrintsTheSecret() {
        ApiKeyToken token = ApiKeyToken.generate(random);
        String secret = token.reveal().substring(12);

        assertThat(token.toString()).startsWith("tg_" + token.id().value()).doesNotContain(secret);
    }

    /** Ids of all zeros (nextLong 0), secrets of {@code value} in every byte. */
    private static RandomGenerator fixedBytes(byte value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, value);
            }
        };
    }
}
