package dev.tiergate.application.port.out.apikey;

import java.security.MessageDigest;
import java.util.Objects;

/** The stored form of a key's secret; two hashes are compared in constant time, never with equals. */
public final class ApiKeyHash {

    private final byte[] bytes;

    private ApiKeyHash(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static ApiKeyHash of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a key hash is not empty");
        }
        return new ApiKeyHash(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Constant time in the hashes' content, so the time taken does not tell how much of a guess was right. */
    public boolean matches(ApiKeyHash other) {
        return MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public String toString() {
        return "ApiKeyHash[" + bytes.length + " bytes]";
    }
}
