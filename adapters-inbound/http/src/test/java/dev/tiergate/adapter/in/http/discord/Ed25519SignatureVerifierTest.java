package dev.tiergate.adapter.in.http.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Ed25519SignatureVerifierTest {

    private static final String TIMESTAMP = "1764000000";
    private static final byte[] BODY = "{\"type\":1}".getBytes(StandardCharsets.UTF_8);
    /** Small-order points the JDK decodes; zero is the demo DISCORD_PUBLIC_KEY. */
    private static final List<String> SMALL_ORDER_KEYS = List.of(
            "0000000000000000000000000000000000000000000000000000000000000000",
            "0100000000000000000000000000000000000000000000000000000000000000",
            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85");

    private final DiscordTestKey discord = DiscordTestKey.generate();
    private final Ed25519SignatureVerifier verifier = Ed25519SignatureVerifier.forPublicKey(discord.publicKeyHex());

    @Test
    void discordsSignatureOverTimestampAndBodyVerifiesInEitherCase() {
        String signature = discord.sign(TIMESTAMP, BODY);

        assertThat(verifier.usable()).isTrue();
        assertThat(verifier.verifies(signature, TIMESTAMP, BODY)).isTrue();
        assertThat(verifier.verifies(signature.toUpperCase(Locale.ROOT), TIMESTAMP, BODY)).isTrue();
        assertThat(Ed25519SignatureVerifier.forPublicKey(discord.publicKeyHex().toUpperCase(Locale.ROOT))
                .verifies(signature, TIMESTAMP, BODY)).isTrue();
    }

    @Test
    void aTamperedBodyOrTimestampDoesNotVerify() {
        String signature = discord.sign(TIMESTAMP, BODY);

        assertThat(verifier.verifies(signature, TIMESTAMP, "{\"type\":2}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(verifier.verifies(signature, "1764000001", BODY)).isFalse();
    }

    @Test
    void aSignatureByAnotherKeyDoesNotVerify() {
        assertThat(verifier.verifies(DiscordTestKey.generate().sign(TIMESTAMP, BODY), TIMESTAMP, BODY)).isFalse();
    }

    @Test
    void aSignatureThatIsNotSixtyFourBytesOfHexDoesNotVerify() {
        String signature = discord.sign(TIMESTAMP, BODY);

        assertThat(verifier.verifies("zz" + signature.substring(2), TIMESTAMP, BODY)).isFalse();
        assertThat(verifier.verifies(signature.substring(2), TIMESTAMP, BODY)).isFalse();
        assertThat(verifier.verifies(signature + "00", TIMESTAMP, BODY)).isFalse();
        assertThat(verifier.verifies("", TIMESTAMP, BODY)).isFalse();
        assertThat(verifier.verifies(null, TIMESTAMP, BODY)).isFalse();
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfHexOrNotAPointVerifiesNothing() {
        for (String key : List.of("", "abc", "zz".repeat(32), "00".repeat(31), "00".repeat(33),
                "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")) {
            assertThat(Ed25519SignatureVerifier.forPublicKey(key).usable()).as(key).isFalse();
        }
    }

    /** The JDK accepts forged signatures (R = the key, S = 0) under these keys; the verifier refuses the keys. */
    @Test
    void smallOrderKeysUnderWhichTheJdkAcceptsForgeriesVerifyNothing() throws Exception {
        for (String key : SMALL_ORDER_KEYS) {
            String forgery = key + "00".repeat(32);
            assertThat(IntStream.range(0, 64).anyMatch(n -> jdkVerifies(key, forgery, Integer.toString(n))))
                    .as("the JDK takes a forgery under %s", key).isTrue();

            Ed25519SignatureVerifier weak = Ed25519SignatureVerifier.forPublicKey(key);
            assertThat(weak.usable()).as(key).isFalse();
            assertThat(IntStream.range(0, 64).noneMatch(n -> weak.verifies(forgery, Integer.toString(n), BODY)))
                    .as(key).isTrue();
        }
    }

    private static boolean jdkVerifies(String keyHex, String signatureHex, String timestamp) {
        try {
            byte[] encoded = HexFormat.of().parseHex("302a300506032b6570032100" + keyHex);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(timestamp.getBytes(StandardCharsets.UTF_8));
            signature.update(BODY);
            return signature.verify(HexFormat.of().parseHex(signatureHex));
        } catch (GeneralSecurityException refused) {
            return false;
        }
    }
}
