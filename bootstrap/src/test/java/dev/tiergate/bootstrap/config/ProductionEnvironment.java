package dev.tiergate.bootstrap.config;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** A complete production environment: every secret set, every connection over verified TLS. */
public final class ProductionEnvironment {

    private ProductionEnvironment() {
    }

    public static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put("TIERGATE_ENV", "production");
        env.put("DATABASE_URL", "jdbc:postgresql://db.internal:5432/tiergate?sslmode=verify-full");
        env.put("DATABASE_USER", "tiergate");
        env.put("DATABASE_PASSWORD", "Rk2oXb8qLw1Zt5Vn7Jc3Yh9Pd4Sf6Mg0Ua2Ei8Ox1Qz");
        env.put("REDIS_URL", "rediss://cache.internal:6380");
        env.put("NATS_URL", "tls://nats.internal:4222");
        env.put("NATS_CREDS_FILE", "/var/run/secrets/nats.creds");
        env.put("DISCORD_APPLICATION_ID", "123456789012345678");
        env.put("DISCORD_PUBLIC_KEY", ed25519PublicKeyHex());
        env.put("DISCORD_BOT_TOKEN", "bot-token-value");
        env.put("ADMIN_API_KEY_PEPPER", "Pq7Lm2Xc9Vb4Nz1Kd8Jf3Hs6Ga0Wt5Ry2Ue7Io4Bn9Mv");
        return env;
    }

    /** A real Ed25519 public key as Discord shows it: 32 raw bytes in hex (the tail of the X.509 encoding). */
    private static String ed25519PublicKeyHex() {
        try {
            byte[] encoded = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
            return HexFormat.of().formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK since 15 provides Ed25519", impossible);
        }
    }
}
