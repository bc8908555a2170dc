package dev.tiergate.adapter.in.http.discord;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks Discord's Ed25519 signature over {@code X-Signature-Timestamp + raw body} with the
 * application's public key (JDK EdDSA). The key arrives as 32 raw bytes in hex; the JDK reads it as an
 * X.509 SubjectPublicKeyInfo, so a fixed prefix goes in front. A key that is not 32 bytes, not a
 * point, or a point of small order is unusable and nothing verifies: the JDK accepts forged signatures
 * for small-order keys (the all-zero key among them), so they are refused by their encodings.
 */
public final class Ed25519SignatureVerifier {

    static final int KEY_BYTES = 32;
    private static final Pattern SIGNATURE_HEX = Pattern.compile("[0-9a-fA-F]{128}");
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int SIGN_BIT = 0x80;
    /** The encodings of Ed25519's points of order 1, 2, 4 and 8, canonical and not, sign bit cleared (as libsodium lists them). */
    private static final List<byte[]> SMALL_ORDER_POINTS = List.of(
            "0000000000000000000000000000000000000000000000000000000000000000",
            "0100000000000000000000000000000000000000000000000000000000000000",
            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
            .stream().map(HexFormat.of()::parseHex).toList();

    private final Optional<PublicKey> key;

    private Ed25519SignatureVerifier(Optional<PublicKey> key) {
        this.key = key;
    }

    /** A verifier for the hex-encoded raw public key; an unusable key gives one that verifies nothing. */
    public static Ed25519SignatureVerifier forPublicKey(String hex) {
        return new Ed25519SignatureVerifier(publicKey(hex));
    }

    /** Whether any signature can verify: false for a malformed or small-order key. */
    public boolean usable() {
        return key.isPresent();
    }

    /** Whether {@code signatureHex} (64 bytes in hex) signs {@code timestamp} followed by {@code body}. */
    boolean verifies(String signatureHex, String timestamp, byte[] body) {
        if (key.isEmpty() || signatureHex == null || !SIGNATURE_HEX.matcher(signatureHex).matches()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key.get());
            signature.update(timestamp.getBytes(StandardCharsets.UTF_8));
            signature.update(body);
            return signature.verify(HexFormat.of().parseHex(signatureHex));
        } catch (GeneralSecurityException malformed) {
            return false;
        }
    }

    private static Optional<PublicKey> publicKey(String hex) {
        byte[] raw;
        try {
            raw = HexFormat.of().parseHex(hex == null ? "" : hex);
        } catch (IllegalArgumentException notHex) {
            return Optional.empty();
        }
        if (raw.length != KEY_BYTES || smallOrder(raw)) {
            return Optional.empty();
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_BYTES);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_BYTES);
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            // The point is decoded here, not above: a y beyond the field fails now rather than on every request.
            Signature.getInstance("Ed25519").initVerify(key);
            return Optional.of(key);
        } catch (GeneralSecurityException notAPoint) {
            return Optional.empty();
        }
    }

    private static boolean smallOrder(byte[] raw) {
        byte[] unsigned = raw.clone();
        unsigned[KEY_BYTES - 1] &= (byte) ~SIGN_BIT;
        return SMALL_ORDER_POINTS.stream().anyMatch(point -> Arrays.equals(point, unsigned));
    }
}
