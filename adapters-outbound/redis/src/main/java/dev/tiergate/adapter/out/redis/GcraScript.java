package dev.tiergate.adapter.out.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** gcra.lua and how it runs: one EVALSHA per decision ({@link RedisScript}). */
final class GcraScript {

    private static final RedisScript SCRIPT = RedisScript.of(load());

    private GcraScript() {
    }

    /** What the script answered; times are microseconds on Redis's clock. */
    record Reply(boolean allowed, long remaining, long retryAfterMicros, long nowMicros, long arrivalMicros) {
    }

    static CompletionStage<Reply> run(RedisAsyncCommands<String, String> redis, String key, long intervalMicros, int burst) {
        return SCRIPT.<List<Object>>run(redis, ScriptOutputType.MULTI, new String[] {key}, Long.toString(intervalMicros),
                Integer.toString(burst)).thenApply(GcraScript::reply);
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
}
