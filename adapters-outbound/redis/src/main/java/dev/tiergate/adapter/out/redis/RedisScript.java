package dev.tiergate.adapter.out.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A Lua script run by its SHA: one EVALSHA per call, so neither the script's text crosses the wire
 * nor Redis hashes it each time. Only when Redis answers NOSCRIPT (after a restart or SCRIPT FLUSH)
 * does a call take three commands: EVALSHA, SCRIPT LOAD, EVALSHA.
 */
record RedisScript(String source, String sha1) {

    static RedisScript of(String source) {
        return new RedisScript(source, sha1Of(source));
    }

    <T> CompletionStage<T> run(RedisAsyncCommands<String, String> redis, ScriptOutputType output, String[] keys,
            String... arguments) {
        CompletionStage<T> first = redis.evalsha(sha1, output, keys, arguments);
        return first.exceptionallyCompose(failure -> unwrap(failure) instanceof RedisNoScriptException
                ? redis.scriptLoad(source).thenCompose(loaded -> redis.<T>evalsha(sha1, output, keys, arguments))
                : CompletableFuture.failedStage(failure));
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String sha1Of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("The JDK has no SHA-1, which every JDK must have", impossible);
        }
    }
}
