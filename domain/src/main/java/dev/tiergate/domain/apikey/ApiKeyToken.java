package dev.tiergate.domain.apikey;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key as its holder presents it, {@code tg_<id>_<secret>}: the id names the key and is not
 * secret; the secret is {@value #SECRET_BYTES} random bytes (256 bits) in {@value #SECRET_LENGTH}
 * base62 characters. It never prints its secret: only {@link #reveal()} gives the whole key.
 */
public final class ApiKeyToken {

    public static final String PREFIX = "tg_";
    public static final int SECRET_BYTES = 32;
    /** The fewest base62 digits that hold every 256-bit number: 62^43 > 2^256. */
    public static final int SECRET_LENGTH = 43;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final BigInteger RADIX = BigInteger.valueOf(BASE62.length());
    private static final Pattern FORMAT = Pattern.compile(
            PREFIX + "([0-9A-Za-z]{" + ApiKeyId.LENGTH + "})_([0-9A-Za-z]{" + SECRET_LENGTH + "})");
    private static final int TOKEN_LENGTH = PREFIX.length() + ApiKeyId.LENGTH + 1 + SECRET_LENGTH;

    private final ApiKeyId id;
    private final String secret;

    private ApiKeyToken(ApiKeyId id, String secret) {
        this.id = id;
        this.secret = secret;
    }

    /** A new key from {@code random}, which must be a cryptographically strong generator. */
    public static ApiKeyToken generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        StringBuilder id = new StringBuilder(ApiKeyId.LENGTH);
        for (int i = 0; i < ApiKeyId.LENGTH; i++) {
            id.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return new ApiKeyToken(new ApiKeyId(id.toString()), base62(bytes));
    }

    /** Reads a presented key; empty unless it has exactly the format of a generated one. */
    public static Optional<ApiKeyToken> parse(String presented) {
        if (presented == null || presented.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        Matcher parts = FORMAT.matcher(presented);
        return parts.matches()
                ? Optional.of(new ApiKeyToken(new ApiKeyId(parts.group(1)), parts.group(2)))
                : Optional.empty();
    }

    public ApiKeyId id() {
        return id;
    }

    /** The whole key: shown to its holder once, at creation, and hashed to check a presented key. */
    public String reveal() {
        return PREFIX + id.value() + "_" + secret;
    }

    /** The key without its secret, so a stray log line or concatenation cannot leak it. */
    @Override
    public String toString() {
        return PREFIX + id.value() + "_…";
    }

    private static String base62(byte[] bytes) {
        BigInteger rest = new BigInteger(1, bytes);
        char[] digits = new char[SECRET_LENGTH];
        for (int i = SECRET_LENGTH - 1; i >= 0; i--) {
            BigInteger[] quotientAndDigit = rest.divideAndRemainder(RADIX);
            digits[i] = BASE62.charAt(quotientAndDigit[1].intValue());
            rest = quotientAndDigit[0];
        }
        return new String(digits);
    }
}
