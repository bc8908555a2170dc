package dev.tiergate.adapter.out.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.application.port.out.session.SessionKey;
import dev.tiergate.application.port.out.session.SessionStorePort;
import io.lettuce.core.SetArgs;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions as JSON objects under {@code tiergate:<community>:session:<kind>:<user>}, written with
 * SET … PX so Redis drops them after their time to live. When Redis cannot be reached, each call
 * fails within about the command timeout with an {@link UncheckedIOException} whose message starts
 * "session store unavailable", which the caller turns into a short "try again shortly" reply.
 */
public final class RedisSessionAdapter implements SessionStorePort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSessionAdapter.class);
    private static final String STORE = "session store";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };

    private final RedisConnection connection;

    public RedisSessionAdapter(RedisConnection connection) {
        this.connection = connection;
    }

    @Override
    public void saveSession(SessionKey key, Map<String, String> values, Duration timeToLive) {
        if (timeToLive.toMillis() < 1) {
            throw new IllegalArgumentException("a session lives at least 1 ms, was " + timeToLive);
        }
        values.forEach((name, value) -> {
            if (name == null || value == null) {
                throw new IllegalArgumentException("session names and values must not be null");
            }
        });
        String json;
        try {
            json = JSON.writeValueAsString(values);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Cannot write a map of strings as JSON", impossible);
        }
        connection.await(STORE, redis -> redis.set(redisKey(key), json, SetArgs.Builder.px(timeToLive.toMillis())));
    }

    @Override
    public Optional<Map<String, String>> loadSession(SessionKey key) {
        String json = connection.await(STORE, redis -> redis.get(redisKey(key)));
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Collections.unmodifiableMap(JSON.readValue(json, VALUES)));
        } catch (JsonProcessingException unreadable) {
            // A session is disposable: one that cannot be read is treated as gone.
            LOG.warn("Ignoring a session that is not a JSON object of strings (kind {})", key.kind());
            return Optional.empty();
        }
    }

    @Override
    public void deleteSession(SessionKey key) {
        connection.await(STORE, redis -> redis.del(redisKey(key)));
    }

    static String redisKey(SessionKey key) {
        return "tiergate:" + key.communityId().value() + ":session:" + key.kind() + ':' + key.userId().value();
    }
}
