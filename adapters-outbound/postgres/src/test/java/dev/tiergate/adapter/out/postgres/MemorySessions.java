package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.session.SessionKey;
import dev.tiergate.application.port.out.session.SessionStorePort;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sessions in memory: what the Redis store keeps, without its time to live. */
final class MemorySessions implements SessionStorePort {

    private final Map<SessionKey, Map<String, String>> sessions = new HashMap<>();

    @Override
    public void saveSession(SessionKey key, Map<String, String> values, Duration timeToLive) {
        sessions.put(key, Map.copyOf(values));
    }

    @Override
    public Optional<Map<String, String>> loadSession(SessionKey key) {
        return Optional.ofNullable(sessions.get(key));
    }

    @Override
    public void deleteSession(SessionKey key) {
        sessions.remove(key);
    }
}
