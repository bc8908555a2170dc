package dev.tiergate.bootstrap.apikeys;

import dev.tiergate.application.port.out.apikey.ApiKeyHash;
import dev.tiergate.application.port.out.apikey.ApiKeyHashPort;
import dev.tiergate.domain.apikey.ApiKeyToken;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of the whole key under the server's pepper. A slow password hash (bcrypt, Argon2) exists to
 * make guessing low-entropy passwords expensive; an API key is 256 random bits, which no number of
 * guesses finds, so one fast HMAC is as safe and keeps authentication cheap on every request. The pepper
 * (kept out of the database) means a stolen copy of the hashes alone cannot even check a guess. The
 * core cannot see javax.crypto (plain java.* only), hence this implementation out here, used by both
 * the service and the command line.
 */
public final class PepperedApiKeyHash implements ApiKeyHashPort {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec pepper;

    public PepperedApiKeyHash(byte[] pepper) {
        this.pepper = new SecretKeySpec(pepper, ALGORITHM);
    }

    @Override
    public ApiKeyHash hash(ApiKeyToken token) {
        try {
            // A Mac is not thread-safe and cheap to make: one per hash.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(pepper);
            return ApiKeyHash.of(mac.doFinal(token.reveal().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK provides " + ALGORITHM, impossible);
        }
    }
}
