package dev.tiergate.domain.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one deletion removed, per kind of record (e.g. {@code badge_awards}): counts are never
 * negative, and a kind that held nothing of the member may be absent or zero.
 */
public record DeletedRows(Map<String, Integer> byKind) {

    public DeletedRows {
        byKind.forEach((kind, rows) -> {
            if (kind == null || kind.isBlank() || rows == null || rows < 0) {
                throw new IllegalArgumentException("a deleted-row count names its kind and is not negative");
            }
        });
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    }

    public int total() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int of(String kind) {
        return byKind.getOrDefault(kind, 0);
    }
}
