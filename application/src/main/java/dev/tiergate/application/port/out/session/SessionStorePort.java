package dev.tiergate.application.port.out.session;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Short-lived state of multi-step interactions (filters, cursors), gone after its time to live.
 * Saving replaces the whole session and restarts its time to live.
 */
public interface SessionStorePort {

    void saveSession(SessionKey key, Map<String, String> values, Duration timeToLive);

    Optional<Map<String, String>> loadSession(SessionKey key);

    void deleteSession(SessionKey key);
}
