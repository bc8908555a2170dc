package dev.tiergate.application.service.directory;

import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.directory.DirectoryCursor;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a member's directory browsing keeps between clicks: the filter and sort, the page shown
 * (its number and the cursors of its first and last member) and how many members match. Stored as
 * the session store's flat string map; a map that does not read back is treated as no session.
 */
record DirectorySession(DirectoryFilter filter, DirectorySort sort, int number, Optional<DirectoryCursor> first,
        Optional<DirectoryCursor> last, int totalMatching) {

    private static final String CURSOR_SEPARATOR = "|";

    Map<String, String> toValues() {
        Map<String, String> values = new HashMap<>();
        values.put("sort", sort.name());
        values.put("tiers", filter.tiers().stream().map(Tier::name).sorted().collect(Collectors.joining(",")));
        filter.badge().ifPresent(badge -> values.put("badge", badge.value()));
        filter.tenure().ifPresent(tenure -> values.put("tenure", tenure.name()));
        values.put("page", Integer.toString(number));
        values.put("total", Integer.toString(totalMatching));
        first.ifPresent(cursor -> values.put("first", encode(cursor)));
        last.ifPresent(cursor -> values.put("last", encode(cursor)));
        return values;
    }

    static Optional<DirectorySession> fromValues(Map<String, String> values) {
        try {
            String tiers = values.getOrDefault("tiers", "");
            DirectoryFilter filter = new DirectoryFilter(
                    tiers.isEmpty() ? Set.of()
                            : Arrays.stream(tiers.split(",")).map(Tier::valueOf).collect(Collectors.toSet()),
                    Optional.ofNullable(values.get("badge")).map(BadgeId::new),
                    Optional.ofNullable(values.get("tenure")).map(Tenure::valueOf));
            return Optional.of(new DirectorySession(filter, DirectorySort.valueOf(values.get("sort")),
                    Integer.parseInt(values.get("page")),
                    Optional.ofNullable(values.get("first")).map(DirectorySession::decode),
                    Optional.ofNullable(values.get("last")).map(DirectorySession::decode),
                    Integer.parseInt(values.get("total"))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The nym key goes last: it is the only part that may hold any character but the separator. */
    private static String encode(DirectoryCursor cursor) {
        return String.join(CURSOR_SEPARATOR, cursor.userId().value(), cursor.joinedAt().toString(),
                Integer.toString(cursor.badgeCount()), cursor.score().toPlainString(), cursor.nymKey());
    }

    private static DirectoryCursor decode(String text) {
        String[] parts = text.split("\\" + CURSOR_SEPARATOR, 5);
        return new DirectoryCursor(parts[4], Instant.parse(parts[1]), Integer.parseInt(parts[2]), Score.parse(parts[3]),
                new UserId(parts[0]));
    }
}
