package dev.tiergate.adapter.out.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * gcra.lua and how it runs: one EVALSHA per decision; only when Redis answers NOSCRIPT (after a
 * restart or SCRIPT FLUSH) does a decision take three commands: EVALSHA, SCRIPT LOAD, EVALSHA.
 */
final class GcraScript {

    static final String SOURCE = load();
    static final String SHA1 = sha1(SOURCE);

    private GcraScript() {
    }

    /** What the script answered; times are microseconds on Redis's clock. */
    record Reply(boolean allowed, long remaining, long retryAfterMicros, long nowMicros, long arrivalMicros) {
    }

    static CompletionStage<Reply> run(RedisAsyncCommands<String, String> redis, String key, long intervalMicros, int burst) {
        String[] keys = {key};
        String interval = Long.toString(intervalMicros);
        String tolerance = Integer.toString(burst);
        CompletionStage<List<Object>> first = redis.evalsha(SHA1, ScriptOutputType.MULTI, keys, interval, tolerance);
        return first.exceptionallyCompose(failure -> unwrap(failure) instanceof RedisNoScriptException
                ? redis.scriptLoad(SOURCE).thenCompose(
                        loaded -> redis.<List<Object>>evalsha(SHA1, ScriptOutputType.MULTI, keys, interval, tolerance))
                : CompletableFuture.failedStage(failure))
                .thenApply(GcraScript::reply);
    }

    private static Reply reply(List<Object> values) {
        if (values == null || values.size() != 5) {
            throw new IllegalStateException("gcra.lua answered " + values + " instead of five integers");
        }
        return new Reply(number(values, 0) == 1, number(values, 1), number(values, 2), number(values, 3), number(values, 4));
    }

    private static long number(List<Object> values, int index) {
        if (values.get(index) instanceof Long value) {
            return value;
        }
        throw new IllegalStateException("gcra.lua answered a non-integer at " + index + ": " + values);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String load() {
        try (InputStream in = GcraScript.class.getResourceAsStream("gcra.lua")) {
            if (in == null) {
                throw new IllegalStateException("gcra.lua is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read gcra.lua", unreadable);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("The JDK has no SHA-1, which every JDK must have", impossible);
        }
    }
}
